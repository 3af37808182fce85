#pragma once

#include "IndexEntry.h"

#include <QJsonObject>
#include <QList>
#include <QString>

class SnapshotIndex;

// What changed between two snapshots, from their indexes alone (no archive is read): files of
// the "files" component added, removed and changed, and the database's tables added, removed and
// changed. Computed in one merge over both indexes in path order: two 50,000-file snapshots take
// well under 200 ms (docs/bench-explorer.md).
class SnapshotDiff
{
public:
    // A file (anything but a folder) that differs. Changed means other content (SHA-256), another
    // type, or another link target; a change of mode or mtime alone is not a change.
    struct FileChange
    {
        QString path; // relative to files/
        IndexEntry::Type typeOld = IndexEntry::Type::File;
        IndexEntry::Type typeNew = IndexEntry::Type::File;
        qint64 sizeOld = -1; // -1: not in the older snapshot (added)
        qint64 sizeNew = -1; // -1: not in the newer snapshot (removed)
        QByteArray sha256Old;
        QByteArray sha256New;

        qint64 sizeChange() const { return qMax<qint64>(0, sizeNew) - qMax<qint64>(0, sizeOld); }
    };

    struct TableChange
    {
        enum class Kind { Added, Removed, Changed };
        QString name;
        Kind kind = Kind::Changed;
        qint64 rowsOld = -1; // -1: not known, or no such table
        qint64 rowsNew = -1;
        QString schemaOld;
        QString schemaNew;
        bool schemaChanged() const { return kind == Kind::Changed && schemaOld != schemaNew; }
    };

    // `older` and `newer` may be given in either order of capture time; the names say the roles.
    static SnapshotDiff compare(const SnapshotIndex &older, const SnapshotIndex &newer);

    QString olderId;
    QString newerId;
    QList<FileChange> added; // by path
    QList<FileChange> removed;
    QList<FileChange> changed;
    QList<TableChange> tables; // by name; added, removed and changed together
    // The db component's files differ (its digest), even when no table count or schema does
    // (rows edited in place).
    bool dbChanged = false;
    bool dbKnown = false; // both snapshots have a db component

    bool isEmpty() const { return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && tables.isEmpty(); }

    // The `mf snapshot diff --json` form (docs/cli.md):
    // {"files": {"added": [{"path", "size"}], "removed": [{"path", "size"}],
    //            "changed": [{"path", "size_old", "size_new"}]},
    //  "db": {"changed": bool, "tables": [{"name", "change": "added|removed|changed",
    //                                      "rows_old", "rows_new", "schema_changed"}]}}
    QJsonObject toJson() const;
};
