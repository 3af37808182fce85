#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

// The two parts of a snapshot archive (docs/api/SEMANTICS.md "Archive layout"): entries under
// "files/" and under "db/". Paths in the index are relative to that component's root, so the
// archive's "files/wp-content/plugins/x.php" is {Files, "wp-content/plugins/x.php"}.
enum class IndexComponent { Files = 0, Db = 1 };

// One entry of a snapshot archive as the index recorded it. A raw value type: text for display
// is made by the views.
struct IndexEntry
{
    enum class Type { File = 0, Dir = 1, Symlink = 2, Hardlink = 3, Other = 4 };

    IndexComponent component = IndexComponent::Files;
    QString path; // relative to the component root, '/'-separated, no trailing '/'
    QString name; // the last part of path
    Type type = Type::File;
    // File: its content's length. Dir: the total of every file below it (so a tree shows folder
    // sizes without adding them up). Hardlink: its target's size. Others: 0.
    qint64 size = 0;
    int mode = 0; // permission bits as archived (07777)
    QDateTime mtime; // UTC; invalid when the archive had none
    // Lower-case hex SHA-256 of the content (File; Hardlink: its target's); empty otherwise.
    QByteArray sha256;
    // Symlink: its target as archived (never followed). Hardlink: the target's path relative to
    // the same component root. Empty otherwise.
    QString linkTarget;
    // Dir: number of files (File and Hardlink) anywhere below it. 0 otherwise.
    qint64 fileCount = 0;
    // Dir not present in the archive as an entry of its own, made up from its children's paths.
    bool implicit = false;

    bool isDir() const { return type == Type::Dir; }
    bool hasContent() const { return type == Type::File || type == Type::Hardlink; }
};

// One table of the snapshot's database, read from the "db" component while indexing: from an
// SQLite database file (its own catalogue and COUNT(*)), or from an SQL dump (its CREATE TABLE
// statements, and the rows of its INSERT statements).
struct IndexTable
{
    QString name;
    qint64 rows = -1; // -1 when not known
    QString schema; // the CREATE TABLE statement as written
    QString source; // the db component file it came from, e.g. "app.db" or "dump.sql"
};

// What the index knows about the snapshot it was built from. The snapshot's own fields are
// copied from the API's Snapshot when the index is made (they are not in the archive, except in
// its manifest); the counts and digests are computed from the archive.
struct IndexInfo
{
    QString snapshotId;
    QString siteId;
    QString environment;
    QDateTime createdAt; // the snapshot's capture time (orders a history)
    QDateTime indexedAt;
    QString archiveSha256; // of the whole archive, when known
    qint64 archiveBytes = -1;
    bool hasDb = false; // the archive held that component
    bool hasFiles = false;
    // Each component's digest recomputed from the index by the rule of SEMANTICS.md, so it can be
    // compared with the API's components.<name>.sha256 (and the manifest's).
    QString dbSha256;
    QString filesSha256;
    qint64 entryCount = 0; // entries recorded (both components, implicit folders included)
    qint64 fileBytes = 0; // total content of the files component
};

Q_DECLARE_METATYPE(IndexEntry)
Q_DECLARE_METATYPE(IndexTable)
Q_DECLARE_METATYPE(IndexInfo)
