#include "PathHistory.h"

#include "IndexCache.h"
#include "SnapshotIndex.h"

PathHistory PathHistory::of(const IndexCache &cache, const QString &siteId, const QString &environment,
                            IndexComponent component, const QString &path)
{
    PathHistory history;
    history.path = path;
    history.component = component;
    const QList<IndexCache::Item> items = cache.items(siteId, environment); // newest first
    for (const IndexCache::Item &item : items) {
        if (!item.hasIndex)
            continue;
        const auto index = SnapshotIndex::open(cache.indexPath(item.info.snapshotId));
        if (!index) {
            history.unreadable << item.info.snapshotId;
            continue;
        }
        ++history.indexed;
        Version v;
        v.snapshot = index->info();
        if (const std::optional<IndexEntry> e = index->entry(component, path)) {
            v.present = true;
            v.entry = *e;
        }
        history.versions << v;
    }
    // Each version against the next older one; the oldest starts the history.
    for (qsizetype i = 0; i < history.versions.size(); ++i) {
        Version &v = history.versions[i];
        if (i + 1 == history.versions.size()) {
            v.changed = v.present;
            continue;
        }
        const Version &older = history.versions.at(i + 1);
        if (v.present != older.present) {
            v.changed = true;
        } else if (v.present) {
            const IndexEntry &a = v.entry, &b = older.entry;
            // A folder changes when what is below it does: its total size or file count.
            v.changed = a.type != b.type || a.sha256 != b.sha256 || a.linkTarget != b.linkTarget
                || (a.isDir() && (a.size != b.size || a.fileCount != b.fileCount));
        }
    }
    return history;
}
