#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// One component (db/ or files/) of an archive as a sorted list of entries, and its checksum as
// SEMANTICS.md defines it: SHA-256 over "<hex sha256 of content>  <relative path>\n" lines of
// its files, in byte order of the relative paths (relative to the component's directory).
struct TreeEntry
{
    QByteArray rel;    // UTF-8 path relative to the component root, '/' separated
    QString abs;
    bool dir = false;
    qint64 size = 0;
    int mode = 0644;   // permission bits only
    qint64 mtime = 0;  // seconds since epoch
    QByteArray sha256; // hex, files only
};

class ComponentTree
{
public:
    // Walks `root` (regular files and directories; symlinks and devices are skipped, they are
    // not part of a site's content) and hashes every file.
    static bool scan(const QString &root, QList<TreeEntry> *entries, QString *error);
    static QByteArray digest(const QList<TreeEntry> &entries);
    // {"size_bytes", "sha256"} plus "file_count" when withCount (the files component).
    static QJsonObject summary(const QList<TreeEntry> &entries, bool withCount);
    // Copies a tree (contents, modes, mtimes) — the capture's consistent staging copy.
    static bool copy(const QString &from, const QString &to, QString *error);
};
