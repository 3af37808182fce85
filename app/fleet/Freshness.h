#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// How an environment's newest ready snapshot compares with its scheduled-backup cadence.
enum class Freshness {
    Fresh,   // no older than one cadence period
    Late,    // a run was missed: older than the cadence, up to twice it
    Stale,   // older than twice the cadence
    Never,   // no ready snapshot at all, though backups are scheduled
    Unknown, // cadence unknown or "none": nothing to compare with
};

namespace FreshnessRules {
// cadenceSeconds <= 0 means no schedule (or not known yet).
Freshness classify(const QDateTime &lastSnapshotAt, qint64 cadenceSeconds, const QDateTime &now);
// Orders from best to worst, so the worst of several environments can be picked.
int severity(Freshness freshness);
// The value's name in machine-readable output (`mf … --json`): fresh, late, stale, never,
// unknown. Never translated: scripts compare it.
QString key(Freshness freshness);
}

Q_DECLARE_METATYPE(Freshness)
