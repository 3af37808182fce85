#include "ReportBuilder.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace {
// Rounds towards minus infinity, also for negative numerators (C++ division truncates).
qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

// A capture that happened: still ready, or pruned since by retention (expired). Pending and
// capturing ones have not happened yet; failed ones are counted apart.
bool wasCaptured(const Snapshot &s)
{
    return s.status == SnapshotStatus::Ready || s.status == SnapshotStatus::Expired;
}
} // namespace

ReportBuilder::ReportBuilder(const QDateTime &start, const QDateTime &end)
    : m_start(start.toUTC()), m_end(end.toUTC())
{
}

int ReportBuilder::expectedRuns(const EnvironmentPolicy &policy, const QDateTime &start, const QDateTime &end)
{
    const qint64 cadence = policy.cadenceSeconds();
    if (cadence <= 0 || !start.isValid() || !end.isValid() || end <= start)
        return 0;
    const qint64 from = start.toSecsSinceEpoch();
    const qint64 to = end.toSecsSinceEpoch();
    if (!policy.nextRunAt.isValid())
        return int((to - from) / cadence);
    // Runs fall on next - k*cadence; count the k with from <= next - k*cadence < to.
    const qint64 next = policy.nextRunAt.toSecsSinceEpoch();
    return int(floorDiv(next - from, cadence) - floorDiv(next - to, cadence));
}

void ReportBuilder::addSite(const Site &site, const BackupPolicy &policy, const QList<Snapshot> &snapshots)
{
    QStringList environments;
    for (const Environment &e : site.environments)
        environments << e.name;
    for (const EnvironmentPolicy &p : policy.environments) {
        if (!environments.contains(p.environment))
            environments << p.environment;
    }
    // A site created during the period was not expected to have backups before it existed.
    QDateTime start = m_start;
    if (site.createdAt.isValid() && site.createdAt > start)
        start = site.createdAt;

    QHash<QString, EnvironmentReport> rows;
    for (const QString &name : environments) {
        EnvironmentReport r;
        r.siteId = site.id;
        r.siteSlug = site.slug;
        r.siteName = site.name;
        r.environment = name;
        if (const EnvironmentPolicy *p = policy.forEnvironment(name)) {
            r.cadence = p->cadence;
            r.cadenceRaw = p->cadenceRaw;
            r.expected = expectedRuns(*p, start, m_end);
        }
        rows.insert(name, r);
    }
    for (const Snapshot &s : snapshots) {
        if (!inPeriod(s.createdAt) || !rows.contains(s.environment))
            continue;
        EnvironmentReport &r = rows[s.environment];
        if (s.status == SnapshotStatus::Failed) {
            ++r.failed;
            continue;
        }
        if (!wasCaptured(s))
            continue;
        if (s.kind == SnapshotKind::Scheduled)
            ++r.taken;
        else
            ++r.manual;
        if (!r.newestBackup.isValid() || s.createdAt > r.newestBackup)
            r.newestBackup = s.createdAt;
        m_captures << s;
    }
    for (const QString &name : environments)
        m_rows << rows.value(name);
}

ClientReport ReportBuilder::build(const QDate &firstDay, const QDate &lastDay, const QDateTime &generatedAt) const
{
    ClientReport report;
    report.organizationName = m_organization;
    report.firstDay = firstDay;
    report.lastDay = lastDay;
    report.periodStart = m_start.toLocalTime();
    report.periodEnd = m_end.toLocalTime();
    report.generatedAt = generatedAt;
    report.rows = m_rows;

    QHash<QString, int> rowIndex; // "siteId\nenvironment"
    for (int i = 0; i < report.rows.size(); ++i)
        rowIndex.insert(report.rows[i].siteId + QLatin1Char('\n') + report.rows[i].environment, i);
    for (const Job &j : m_jobs) {
        if (j.type != JobType::Restore || !inPeriod(j.createdAt))
            continue;
        const auto it = rowIndex.constFind(j.siteId + QLatin1Char('\n') + j.environment);
        if (it == rowIndex.cend())
            continue;
        EnvironmentReport &r = report.rows[*it];
        ++r.restores;
        if (j.status == JobStatus::Failed)
            ++r.failedRestores;
    }
    std::stable_sort(report.rows.begin(), report.rows.end(), [](const EnvironmentReport &a, const EnvironmentReport &b) {
        return a.siteSlug < b.siteSlug; // stable: environments keep the site's own order
    });

    for (QDate d = firstDay; d.isValid() && d <= lastDay; d = d.addDays(1))
        report.days << DayCount{d};
    for (const Snapshot &s : m_captures) {
        const qint64 i = firstDay.daysTo(s.createdAt.toLocalTime().date());
        if (i < 0 || i >= report.days.size())
            continue;
        if (s.kind == SnapshotKind::Scheduled)
            ++report.days[i].scheduled;
        else
            ++report.days[i].manual;
    }
    return report;
}
