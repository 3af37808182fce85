#include "HealthTransitions.h"

#include <QSet>

#include <algorithm>

namespace HealthTransitions {

QString keyOf(const QString &siteId, const QString &environment)
{
    return siteId + u'/' + environment;
}

QList<Change> apply(QHash<QString, Freshness> &known, const QList<EnvironmentHealth> &reading, bool complete)
{
    QList<Change> changes;
    QSet<QString> seen;
    for (const EnvironmentHealth &h : reading) {
        const QString key = keyOf(h.siteId, h.environment);
        seen.insert(key);
        // Not judged (its policy not read yet, or no schedule): its last state stays, so a policy
        // that arrives late does not turn a change into a silent first sight.
        if (h.freshness == Freshness::Unknown)
            continue;
        const auto it = known.find(key);
        if (it == known.end()) {
            known.insert(key, h.freshness);
            continue;
        }
        const Freshness before = *it;
        if (before == h.freshness)
            continue;
        *it = h.freshness;
        if (FreshnessRules::severity(h.freshness) > FreshnessRules::severity(before))
            changes << Change {h, before};
    }
    if (complete) {
        for (auto it = known.begin(); it != known.end();) {
            if (seen.contains(it.key()))
                ++it;
            else
                it = known.erase(it);
        }
    }
    std::stable_sort(changes.begin(), changes.end(), [](const Change &a, const Change &b) {
        return FreshnessRules::severity(a.health.freshness) > FreshnessRules::severity(b.health.freshness);
    });
    return changes;
}

} // namespace HealthTransitions
