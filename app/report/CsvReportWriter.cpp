#include "CsvReportWriter.h"

namespace {
QString utc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QString line(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out << CsvReportWriter::field(f);
    return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}
} // namespace

QStringList CsvReportWriter::header()
{
    return {QStringLiteral("organization"), QStringLiteral("site"), QStringLiteral("site_name"),
            QStringLiteral("environment"), QStringLiteral("cadence"), QStringLiteral("expected"),
            QStringLiteral("taken"), QStringLiteral("compliance_percent"), QStringLiteral("manual"),
            QStringLiteral("failed_captures"), QStringLiteral("restores"), QStringLiteral("failed_restores"),
            QStringLiteral("newest_backup"), QStringLiteral("period_start"), QStringLiteral("period_end")};
}

QString CsvReportWriter::field(const QString &value)
{
    QString v = value;
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!v.isEmpty() && formulaStarts.contains(v.front()))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
        || v.contains(QLatin1Char('\r'))) {
        v.replace(QLatin1String("\""), QLatin1String("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

QByteArray CsvReportWriter::write(const ClientReport &report)
{
    QString text = line(header());
    for (const EnvironmentReport &r : report.rows) {
        const std::optional<double> c = r.compliance();
        text += line({report.organizationName, r.siteSlug, r.siteName, r.environment, r.cadenceRaw,
                      QString::number(r.expected), QString::number(r.taken),
                      c ? QString::number(*c, 'f', 1) : QString(),
                      QString::number(r.manual), QString::number(r.failed), QString::number(r.restores),
                      QString::number(r.failedRestores), utc(r.newestBackup), utc(report.periodStart),
                      utc(report.periodEnd)});
    }
    return text.toUtf8();
}
