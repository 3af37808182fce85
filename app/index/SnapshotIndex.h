#pragma once

#include "IndexEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

struct sqlite3;

// One snapshot's index, opened read-only from its SQLite file (made by ArchiveIndexer, kept by
// IndexCache). Every question is answered from SQLite with an index, without the archive:
// children() of a folder of 10,000 entries takes a few milliseconds (docs/bench-explorer.md).
//
// Not thread-safe: one SnapshotIndex per thread (open it again elsewhere; SQLite allows any
// number of readers, also while another process adds indexes to the cache).
class SnapshotIndex
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotIndex)

public:
    ~SnapshotIndex();
    SnapshotIndex(const SnapshotIndex &) = delete;
    SnapshotIndex &operator=(const SnapshotIndex &) = delete;

    // Null, with a translated reason in *error, when the file is missing, damaged, unfinished or
    // of another format version.
    static std::unique_ptr<SnapshotIndex> open(const QString &path, QString *error = nullptr);

    QString path() const { return m_path; }
    const IndexInfo &info() const { return m_info; }

    // The entries directly inside `folder` ("" = the component's root): folders first, then the
    // rest, each group by name in byte order (what `ls` in the C locale does).
    QList<IndexEntry> children(IndexComponent component, const QString &folder = {}) const;
    // The entry at `path` ("" = the root folder itself, with the component's total size).
    std::optional<IndexEntry> entry(IndexComponent component, const QString &path) const;
    // Entries of both components whose name contains `text` (case-insensitive for ASCII), by
    // component then path; at most `limit`. *more, when given, says whether there were more.
    QList<IndexEntry> search(const QString &text, int limit = 1000, bool *more = nullptr) const;
    // The database's tables, by name.
    QList<IndexTable> tables() const;
    // Every entry of a component in byte order of its path (folders included); return false from
    // `visit` to stop. For diffs and exports over the whole tree, without a list in memory.
    void forEach(IndexComponent component, const std::function<bool(const IndexEntry &)> &visit) const;
    qint64 count(IndexComponent component) const;

private:
    SnapshotIndex() = default;
    bool load(QString *error);

    QString m_path;
    IndexInfo m_info;
    sqlite3 *m_db = nullptr;
};
