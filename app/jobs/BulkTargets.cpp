#include "BulkTargets.h"

#include "fleet/FleetHealth.h"

#include <QHash>
#include <QSet>

namespace BulkTargets {

namespace {
QString displayName(const Site &s)
{
    return s.name.isEmpty() ? s.slug : s.name;
}

Target target(const Site &s, const QString &environment)
{
    return {s.slug.isEmpty() ? s.id : s.slug, displayName(s), environment};
}
} // namespace

QList<Target> production(const QList<Site> &sites)
{
    QList<Target> out;
    for (const Site &s : sites) {
        for (const Environment &e : s.environments) {
            if (e.kind == EnvironmentKind::Production)
                out.append(target(s, e.name));
        }
    }
    return out;
}

QList<Target> onPlan(const QList<Site> &sites, const QString &plan)
{
    QList<Target> out;
    for (const Site &s : sites) {
        if (s.plan != plan)
            continue;
        for (const Environment &e : s.environments)
            out.append(target(s, e.name));
    }
    return out;
}

QList<Target> lateOrStale(const QList<Site> &sites, const QList<BackupPolicy> &policies, const QDateTime &now)
{
    QSet<QString> behind; // site id + environment
    for (const EnvironmentHealth &h : FleetHealth::judgeAll(sites, policies, now)) {
        if (h.freshness == Freshness::Late || h.freshness == Freshness::Stale)
            behind.insert(h.siteId + u'/' + h.environment);
    }
    QList<Target> out;
    for (const Site &s : sites) {
        for (const Environment &e : s.environments) {
            if (behind.contains(s.id + u'/' + e.name))
                out.append(target(s, e.name));
        }
    }
    return out;
}

QStringList plans(const QList<Site> &sites)
{
    QStringList out;
    for (const Site &s : sites) {
        if (!s.plan.isEmpty())
            out << s.plan;
    }
    out.removeDuplicates();
    out.sort();
    return out;
}

} // namespace BulkTargets
