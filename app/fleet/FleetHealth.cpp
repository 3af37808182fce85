#include "FleetHealth.h"

#include <QHash>

void HealthCounts::add(Freshness freshness)
{
    switch (freshness) {
    case Freshness::Fresh: ++fresh; return;
    case Freshness::Late: ++late; return;
    case Freshness::Stale: ++stale; return;
    case Freshness::Never: ++never; return;
    case Freshness::Unknown: break;
    }
    ++unscheduled;
}

namespace FleetHealth {

EnvironmentHealth judge(const Site &site, const Environment &env, const BackupPolicy *policy, const QDateTime &now)
{
    EnvironmentHealth h;
    h.siteId = site.id;
    h.siteSlug = site.slug;
    h.environment = env.name;
    h.kind = env.kind;
    h.lastSnapshotAt = env.lastSnapshot ? env.lastSnapshot->createdAt : QDateTime();
    if (const EnvironmentPolicy *p = policy ? policy->forEnvironment(env.name) : nullptr) {
        h.cadence = p->cadence;
        h.cadenceRaw = p->cadenceRaw;
        h.cadenceSeconds = p->cadenceSeconds();
    }
    h.freshness = FreshnessRules::classify(h.lastSnapshotAt, h.cadenceSeconds, now);
    return h;
}

QList<EnvironmentHealth> judgeAll(const QList<Site> &sites, const QList<BackupPolicy> &policies, const QDateTime &now)
{
    QHash<QString, const BackupPolicy *> bySite;
    for (const BackupPolicy &p : policies)
        bySite.insert(p.siteId, &p);
    QList<EnvironmentHealth> result;
    for (const Site &site : sites) {
        const BackupPolicy *policy = bySite.value(site.id);
        for (const Environment &env : site.environments)
            result << judge(site, env, policy, now);
    }
    return result;
}

HealthCounts count(const QList<EnvironmentHealth> &environments)
{
    HealthCounts counts;
    for (const EnvironmentHealth &h : environments)
        counts.add(h.freshness);
    return counts;
}

MonitoringStatus monitoringStatus(const HealthCounts &counts)
{
    if (counts.stale > 0 || counts.never > 0)
        return MonitoringCritical;
    if (counts.late > 0)
        return MonitoringWarning;
    return MonitoringOk;
}

} // namespace FleetHealth
