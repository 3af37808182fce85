#include "Freshness.h"

namespace FreshnessRules {

Freshness classify(const QDateTime &lastSnapshotAt, qint64 cadenceSeconds, const QDateTime &now)
{
    if (!lastSnapshotAt.isValid()) // alarming only where backups are expected
        return cadenceSeconds > 0 ? Freshness::Never : Freshness::Unknown;
    if (cadenceSeconds <= 0)
        return Freshness::Unknown;
    const qint64 age = lastSnapshotAt.secsTo(now);
    if (age <= cadenceSeconds)
        return Freshness::Fresh;
    if (age <= 2 * cadenceSeconds)
        return Freshness::Late;
    return Freshness::Stale;
}

int severity(Freshness freshness)
{
    switch (freshness) {
    case Freshness::Fresh: return 0;
    case Freshness::Unknown: return 1;
    case Freshness::Late: return 2;
    case Freshness::Stale: return 3;
    case Freshness::Never: return 4;
    }
    return 1;
}

} // namespace FreshnessRules

QString FreshnessRules::key(Freshness freshness)
{
    switch (freshness) {
    case Freshness::Fresh: return QStringLiteral("fresh");
    case Freshness::Late: return QStringLiteral("late");
    case Freshness::Stale: return QStringLiteral("stale");
    case Freshness::Never: return QStringLiteral("never");
    case Freshness::Unknown: break;
    }
    return QStringLiteral("unknown");
}
