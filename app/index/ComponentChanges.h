#pragma once

#include "api/Snapshot.h"

#include <QHash>
#include <QList>
#include <QString>

// Whether a snapshot's database and files differ from the snapshot before it, told from the
// component checksums the API already sends (same SHA-256 = same content), so the timeline can
// say where something changed without downloading an archive.
class ComponentChanges
{
public:
    enum class Change : quint8 {
        Unknown, // this snapshot or every earlier one lacks the component (failed, expired, oldest)
        Same,
        Changed,
    };
    struct Marks
    {
        Change database = Change::Unknown;
        Change files = Change::Unknown;
    };

    // Compares each snapshot (any order, one environment) with the nearest earlier one that has
    // the same component. Keyed by snapshot id.
    static QHash<QString, Marks> compute(const QList<Snapshot> &snapshots);
    static Change compare(const std::optional<SnapshotComponent> &earlier, const std::optional<SnapshotComponent> &later);
};
