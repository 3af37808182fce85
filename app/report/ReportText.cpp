#include "ReportText.h"

#include "util/Format.h"

namespace {
const QString dash = QStringLiteral("—");
}

QString ReportText::pageOf(int page, int pages) const
{
    return tr("Page %1 of %2").arg(m_locale.toString(page), m_locale.toString(pages));
}

QString ReportText::title() const
{
    return tr("Backup report");
}

QString ReportText::period(const ClientReport &report) const
{
    return tr("%1 – %2").arg(m_locale.toString(report.firstDay, QLocale::LongFormat),
                              m_locale.toString(report.lastDay, QLocale::LongFormat));
}

QString ReportText::generated(const ClientReport &report) const
{
    return tr("Made on %1 with Managed Desktop.").arg(dateTime(report.generatedAt));
}

QString ReportText::scope(const ClientReport &report) const
{
    // Labels, not "%n site(s)": a report must read well even where no plural catalog is installed.
    return tr("Sites: %1 · Environments: %2").arg(number(report.siteCount()), number(int(report.rows.size())));
}

QStringList ReportText::summary(const ClientReport &report) const
{
    const EnvironmentReport t = report.totals();
    QStringList lines;
    if (const std::optional<double> c = report.compliance())
        lines << tr("Scheduled backups: %1 of %2 taken (%3).").arg(number(t.taken), number(t.expected), percent(c));
    else
        lines << tr("No scheduled backups were due in this period.");
    lines << tr("Manual snapshots: %1.").arg(number(t.manual));
    lines << tr("Failed captures: %1.").arg(number(t.failed));
    lines << tr("Restores: %1.").arg(restores(t.restores, t.failedRestores));
    if (t.newestBackup.isValid())
        lines << tr("Newest backup: %1.").arg(dateTime(t.newestBackup));
    return lines;
}

QStringList ReportText::notes() const
{
    return {
        tr("Expected: the scheduled backups the environment's backup policy calls for in the period. "
           "Compliance: scheduled backups taken divided by those expected, at most 100%."),
        tr("Backups pruned since by retention still count as taken."),
        tr("Restores come from the platform's list of jobs, which keeps jobs for 7 days: earlier restores are not counted."),
    };
}

QString ReportText::chartTitle() const
{
    return tr("Backups per day");
}

QString ReportText::tableTitle() const
{
    return tr("By site and environment");
}

QString ReportText::scheduledLegend() const
{
    return tr("Scheduled");
}

QString ReportText::manualLegend() const
{
    return tr("Manual");
}

QStringList ReportText::columns() const
{
    return {tr("Site"), tr("Environment"), tr("Schedule"), tr("Expected"), tr("Taken"), tr("Compliance"),
            tr("Manual"), tr("Failed captures"), tr("Restores"), tr("Newest backup")};
}

QStringList ReportText::cells(const EnvironmentReport &row) const
{
    return {row.siteName.isEmpty() ? row.siteSlug : row.siteName,
            row.environment,
            cadence(row.cadence, row.cadenceRaw),
            row.expected > 0 ? number(row.expected) : dash,
            number(row.taken),
            percent(row.compliance()),
            number(row.manual),
            number(row.failed),
            restores(row.restores, row.failedRestores),
            dateTime(row.newestBackup)};
}

QString ReportText::totalLabel() const
{
    return tr("All environments");
}

QStringList ReportText::totalCells(const ClientReport &report) const
{
    const EnvironmentReport t = report.totals();
    return {totalLabel(), QString(), QString(), number(t.expected), number(t.taken), percent(report.compliance()),
            number(t.manual), number(t.failed), restores(t.restores, t.failedRestores), dateTime(t.newestBackup)};
}

QString ReportText::cadence(Cadence cadence, const QString &raw) const
{
    switch (cadence) {
    case Cadence::Hourly: return tr("Hourly");
    case Cadence::Daily: return tr("Daily");
    case Cadence::Weekly: return tr("Weekly");
    case Cadence::None: return tr("None");
    case Cadence::Unknown: break;
    }
    return raw.isEmpty() ? dash : raw; // a cadence this version does not know, as the platform named it
}

QString ReportText::percent(std::optional<double> value) const
{
    if (!value)
        return dash;
    // Whole percents, except just under 100: 99.6% must not read as a perfect 100%.
    const double v = *value;
    const int decimals = (v < 100.0 && v >= 99.5) || (v > 0.0 && v < 0.5) ? 1 : 0;
    return tr("%1%", "a percentage; French and German put a space before %").arg(m_locale.toString(v, 'f', decimals));
}

QString ReportText::number(int value) const
{
    return m_locale.toString(value);
}

QString ReportText::dateTime(const QDateTime &when) const
{
    return when.isValid() ? Format::dateTime(when, m_locale) : dash;
}

QString ReportText::shortDay(const QDate &day) const
{
    return m_locale.toString(day, QStringLiteral("d MMM"));
}

QString ReportText::restores(int count, int failed) const
{
    if (failed == 0)
        return number(count);
    return tr("%1 (%2 failed)").arg(number(count), number(failed));
}
