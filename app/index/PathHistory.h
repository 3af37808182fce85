#pragma once

#include "IndexEntry.h"

#include <QList>
#include <QString>

class IndexCache;

// The versions of one path across the indexed snapshots of an environment, newest first: which
// snapshot still has the good config.php, and when it changed. Read from the cached indexes only
// (one indexed lookup each: 30 snapshots take a few milliseconds); snapshots not indexed yet are
// simply not part of the answer (`indexed` tells the caller how many were looked at).
class PathHistory
{
public:
    struct Version
    {
        IndexInfo snapshot;
        bool present = false; // the path exists in this snapshot
        IndexEntry entry; // when present
        // Differs from the next older snapshot looked at (content, type or link target; appeared
        // or disappeared). The oldest one is "changed" when present.
        bool changed = false;
    };

    static PathHistory of(const IndexCache &cache, const QString &siteId, const QString &environment,
                          IndexComponent component, const QString &path);

    QString path;
    IndexComponent component = IndexComponent::Files;
    QList<Version> versions; // newest capture first
    int indexed = 0; // snapshots of the environment whose index was read
    QStringList unreadable; // snapshot ids whose index could not be opened
};
