#include "BackupPolicy.h"

qint64 EnvironmentPolicy::cadenceSeconds() const
{
    constexpr qint64 hour = 3600;
    switch (cadence) {
    case Cadence::Hourly: return hour;
    case Cadence::Daily: return 24 * hour;
    case Cadence::Weekly: return 7 * 24 * hour;
    case Cadence::None:
    case Cadence::Unknown: break;
    }
    return 0;
}

const EnvironmentPolicy *BackupPolicy::forEnvironment(const QString &name) const
{
    for (const EnvironmentPolicy &p : environments) {
        if (p.environment == name)
            return &p;
    }
    return nullptr;
}
