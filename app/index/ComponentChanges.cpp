#include "ComponentChanges.h"

#include <algorithm>

ComponentChanges::Change ComponentChanges::compare(const std::optional<SnapshotComponent> &earlier,
                                                   const std::optional<SnapshotComponent> &later)
{
    // A checksum that is missing or not a SHA-256 proves nothing either way.
    const auto usable = [](const std::optional<SnapshotComponent> &c) { return c && c->sha256.size() == 64; };
    if (!usable(earlier) || !usable(later))
        return Change::Unknown;
    return earlier->sha256.compare(later->sha256, Qt::CaseInsensitive) == 0 ? Change::Same : Change::Changed;
}

QHash<QString, ComponentChanges::Marks> ComponentChanges::compute(const QList<Snapshot> &snapshots)
{
    QList<const Snapshot *> byTime;
    byTime.reserve(snapshots.size());
    for (const Snapshot &s : snapshots) {
        if (s.createdAt.isValid())
            byTime << &s;
    }
    std::stable_sort(byTime.begin(), byTime.end(), [](const Snapshot *a, const Snapshot *b) { return a->createdAt < b->createdAt; });

    QHash<QString, Marks> out;
    out.reserve(byTime.size());
    // A failed or expired snapshot in between has no components: it is skipped, so the next
    // ready one is compared with the last one whose content is known.
    const Snapshot *lastDatabase = nullptr;
    const Snapshot *lastFiles = nullptr;
    for (const Snapshot *s : std::as_const(byTime)) {
        Marks m;
        if (lastDatabase && s->db)
            m.database = compare(lastDatabase->db, s->db);
        if (lastFiles && s->files)
            m.files = compare(lastFiles->files, s->files);
        if (s->db && s->db->sha256.size() == 64)
            lastDatabase = s;
        if (s->files && s->files->sha256.size() == 64)
            lastFiles = s;
        out.insert(s->id, m);
    }
    return out;
}
