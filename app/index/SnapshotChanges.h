#pragma once

#include "api/Snapshot.h"

#include <QHash>
#include <QList>
#include <QString>

// The timeline's change marks, without downloading anything: between consecutive ready snapshots
// of one environment, whether the database or the files changed, from the component SHA-256 the
// API already gives (equal digest = equal content, by SEMANTICS.md "Archive layout").
namespace SnapshotChanges {

struct Change
{
    // Known only when both this snapshot and the previous (older) ready one have that component.
    bool dbKnown = false;
    bool dbChanged = false;
    bool filesKnown = false;
    bool filesChanged = false;
    QString previousId; // the older snapshot it was compared with; empty for the oldest
};

// Keyed by snapshot id; each ready snapshot compared with the next older ready one of the same
// site and environment. The list may be in any order and hold several environments.
QHash<QString, Change> between(const QList<Snapshot> &snapshots);

// The "only snapshots where the files changed" filter: true also for the oldest (it starts
// the history) and when the change is not known.
bool filesChanged(const Change &change);
bool dbChanged(const Change &change);

} // namespace SnapshotChanges
