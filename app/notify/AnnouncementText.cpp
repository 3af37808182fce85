#include "AnnouncementText.h"

#include "util/Format.h"

#include <QCoreApplication>
#include <QUuid>

namespace {

QString where(const QString &site, const QString &environment)
{
    return site + QStringLiteral(" · ") + environment;
}

QString siteName(const QHash<QString, QString> &names, const QString &siteId)
{
    const QString name = names.value(siteId);
    return name.isEmpty() ? siteId : name;
}

QString stateWord(Freshness f)
{
    switch (f) {
    case Freshness::Late:
        return AnnouncementText::tr("late");
    case Freshness::Stale:
        return AnnouncementText::tr("stale");
    case Freshness::Never:
        return AnnouncementText::tr("never backed up");
    case Freshness::Fresh:
        return AnnouncementText::tr("fresh");
    case Freshness::Unknown:
        break;
    }
    return AnnouncementText::tr("not scheduled");
}

QString lastBackup(const EnvironmentHealth &h, const Clock *clock)
{
    if (!h.lastSnapshotAt.isValid())
        return AnnouncementText::tr("Backups are scheduled every %1, but there is none yet.")
            .arg(Format::duration(h.cadenceSeconds));
    return AnnouncementText::tr("Last backup %1; scheduled every %2.")
        .arg(Format::relativeTime(h.lastSnapshotAt, clock), Format::duration(h.cadenceSeconds));
}

// "… and 3 more" under the named ones.
QString withMore(QStringList lines, int total)
{
    if (total > lines.size())
        lines << AnnouncementText::tr("and %n more", nullptr, total - int(lines.size()));
    return lines.join(u'\n');
}

Announcement started(Announcement::Kind kind)
{
    Announcement a;
    a.kind = kind;
    a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return a;
}

// Actions lead to the one environment; for several, "Show" leads to the first (the worst).
void target(Announcement &a, const QString &siteId, const QString &environment, bool single)
{
    a.siteId = siteId;
    a.environment = environment;
    a.actions << Announcement::showAction();
    if (single)
        a.actions << Announcement::snapshotAction();
}

} // namespace

Announcement AnnouncementText::healthChanged(const QList<HealthTransitions::Change> &changes, const Clock *clock)
{
    Announcement a = started(Announcement::Kind::HealthChanged);
    if (changes.isEmpty())
        return a;
    const EnvironmentHealth &first = changes.first().health;
    a.urgent = first.freshness == Freshness::Stale || first.freshness == Freshness::Never;
    if (changes.size() == 1) {
        const QString w = where(first.siteSlug, first.environment);
        switch (first.freshness) {
        case Freshness::Never:
            a.title = tr("%1 has never been backed up").arg(w);
            break;
        case Freshness::Stale:
            a.title = tr("Backups of %1 are stale").arg(w);
            break;
        default:
            a.title = tr("Backups of %1 are late").arg(w);
            break;
        }
        a.body = lastBackup(first, clock);
        target(a, first.siteId, first.environment, true);
        return a;
    }
    bool allProduction = true;
    QStringList lines;
    for (const HealthTransitions::Change &c : changes) {
        allProduction = allProduction && c.health.kind == EnvironmentKind::Production;
        if (lines.size() < MaxLines)
            lines << tr("%1: %2").arg(where(c.health.siteSlug, c.health.environment), stateWord(c.health.freshness));
    }
    const int n = int(changes.size());
    a.title = allProduction ? tr("%n production environment(s) fell behind", nullptr, n)
                            : tr("%n environment(s) fell behind", nullptr, n);
    a.body = withMore(lines, n);
    target(a, first.siteId, first.environment, false);
    return a;
}

Announcement AnnouncementText::jobsFailed(const QList<Job> &jobs, const QHash<QString, QString> &siteNames)
{
    Announcement a = started(Announcement::Kind::JobFailed);
    if (jobs.isEmpty())
        return a;
    a.urgent = true;
    const Job &first = jobs.first();
    auto reason = [](const Job &job) {
        const QString message = job.error && !job.error->message.isEmpty() ? job.error->message : tr("no reason given");
        return tr("%1 (job %2)").arg(message, job.id); // the job id is what support asks for first
    };
    if (jobs.size() == 1) {
        a.title = tr("Snapshot of %1 failed").arg(where(siteName(siteNames, first.siteId), first.environment));
        a.body = reason(first);
        target(a, first.siteId, first.environment, true);
        return a;
    }
    QStringList lines;
    for (const Job &job : jobs) {
        if (lines.size() < MaxLines)
            lines << tr("%1: %2").arg(where(siteName(siteNames, job.siteId), job.environment), reason(job));
    }
    a.title = tr("%n snapshot(s) failed", nullptr, int(jobs.size()));
    a.body = withMore(lines, int(jobs.size()));
    target(a, first.siteId, first.environment, false);
    return a;
}

Announcement AnnouncementText::restoresEnded(const QList<Job> &jobs, const QHash<QString, QString> &siteNames)
{
    Announcement a = started(Announcement::Kind::RestoreEnded);
    if (jobs.isEmpty())
        return a;
    int failed = 0;
    for (const Job &job : jobs)
        failed += job.status == JobStatus::Failed ? 1 : 0;
    a.urgent = failed > 0;
    const Job &first = jobs.first();
    auto outcome = [](const Job &job) {
        if (job.status == JobStatus::Succeeded)
            return tr("finished");
        const QString message = job.error && !job.error->message.isEmpty() ? job.error->message : tr("no reason given");
        return tr("failed: %1 (job %2)").arg(message, job.id);
    };
    if (jobs.size() == 1) {
        const QString w = where(siteName(siteNames, first.siteId), first.environment);
        a.title = first.status == JobStatus::Succeeded ? tr("Restore of %1 finished").arg(w)
                                                       : tr("Restore of %1 failed").arg(w);
        a.body = first.status == JobStatus::Succeeded ? tr("The environment now holds the restored snapshot.")
                                                      : outcome(first);
        target(a, first.siteId, first.environment, false);
        return a;
    }
    QStringList lines;
    for (const Job &job : jobs) {
        if (lines.size() < MaxLines)
            lines << tr("%1: %2").arg(where(siteName(siteNames, job.siteId), job.environment), outcome(job));
    }
    a.title = failed > 0 ? tr("%n restore(s) ended, some failed", nullptr, int(jobs.size()))
                         : tr("%n restore(s) finished", nullptr, int(jobs.size()));
    a.body = withMore(lines, int(jobs.size()));
    target(a, first.siteId, first.environment, false);
    return a;
}

Announcement AnnouncementText::digest(const HealthCounts &counts, const QList<HealthTransitions::Change> &behind,
                                      int failedSince)
{
    Announcement a = started(Announcement::Kind::Digest);
    a.urgent = counts.stale > 0 || counts.never > 0;
    a.title = counts.late + counts.stale + counts.never == 0
        ? tr("Backup digest: every scheduled environment is fresh")
        : tr("Backup digest: %n environment(s) need attention", nullptr, counts.late + counts.stale + counts.never);
    QStringList lines;
    lines << tr("%1 fresh, %2 late, %3 stale, %4 never backed up")
                 .arg(counts.fresh)
                 .arg(counts.late)
                 .arg(counts.stale)
                 .arg(counts.never);
    QStringList named;
    for (const HealthTransitions::Change &c : behind) {
        if (named.size() < MaxLines)
            named << tr("%1: %2").arg(where(c.health.siteSlug, c.health.environment), stateWord(c.health.freshness));
    }
    if (!named.isEmpty())
        lines << withMore(named, int(behind.size()));
    if (failedSince > 0)
        lines << tr("%n snapshot(s) failed in the last 24 hours.", nullptr, failedSince);
    a.body = lines.join(u'\n');
    if (!behind.isEmpty())
        target(a, behind.first().health.siteId, behind.first().health.environment, false);
    else
        a.actions << Announcement::showAction();
    return a;
}
