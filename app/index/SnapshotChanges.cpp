#include "SnapshotChanges.h"

#include <algorithm>

namespace SnapshotChanges {

QHash<QString, Change> between(const QList<Snapshot> &snapshots)
{
    QList<const Snapshot *> ready;
    for (const Snapshot &s : snapshots) {
        if (s.isReady())
            ready << &s;
    }
    // Oldest first within each environment; ties by id so the answer does not depend on input order.
    std::sort(ready.begin(), ready.end(), [](const Snapshot *a, const Snapshot *b) {
        if (a->siteId != b->siteId)
            return a->siteId < b->siteId;
        if (a->environment != b->environment)
            return a->environment < b->environment;
        if (a->createdAt != b->createdAt)
            return a->createdAt < b->createdAt;
        return a->id < b->id;
    });
    QHash<QString, Change> changes;
    const Snapshot *previous = nullptr;
    for (const Snapshot *s : std::as_const(ready)) {
        if (previous && (previous->siteId != s->siteId || previous->environment != s->environment))
            previous = nullptr;
        Change c;
        if (previous) {
            c.previousId = previous->id;
            c.dbKnown = s->db && previous->db && !s->db->sha256.isEmpty() && !previous->db->sha256.isEmpty();
            c.dbChanged = c.dbKnown && s->db->sha256.compare(previous->db->sha256, Qt::CaseInsensitive) != 0;
            c.filesKnown
                = s->files && previous->files && !s->files->sha256.isEmpty() && !previous->files->sha256.isEmpty();
            c.filesChanged
                = c.filesKnown && s->files->sha256.compare(previous->files->sha256, Qt::CaseInsensitive) != 0;
        }
        changes.insert(s->id, c);
        previous = s;
    }
    return changes;
}

bool filesChanged(const Change &change)
{
    return !change.filesKnown || change.filesChanged;
}

bool dbChanged(const Change &change)
{
    return !change.dbKnown || change.dbChanged;
}

} // namespace SnapshotChanges
