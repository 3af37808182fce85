#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

// Archives for the index tests, written with libarchive directly (not with any code under test),
// and the expected facts about them computed independently (QCryptographicHash).
namespace TestArchive {

struct Entry
{
    enum Kind { File, Dir, Symlink, Hardlink, Fifo };
    Entry() = default;
    Entry(const QByteArray &path, const QByteArray &content = {}, Kind kind = File, const QByteArray &link = {},
          int mode = -1)
        : path(path)
        , content(content)
        , kind(kind)
        , link(link)
        , mode(mode)
    {
    }
    QByteArray path; // as stored in the archive, e.g. "files/a/b.txt"
    QByteArray content; // File
    Kind kind = File;
    QByteArray link; // Symlink target, or Hardlink target (archive path)
    int mode = -1; // -1: 0644 for files, 0755 for folders
    qint64 mtime = 1767225600; // 2026-01-01T00:00:00Z
};

// A .tar.gz (gzip = false: plain tar) with exactly these entries in this order.
bool write(const QString &path, const QList<Entry> &entries, bool gzip = true);
QByteArray sha256(const QByteArray &data);
// An SQLite database file with these statements executed, as bytes.
QByteArray sqliteDatabase(const QStringList &statements);
// The platform's component digest (SEMANTICS.md) of {relative path → content}, computed here.
QByteArray componentDigest(const QList<std::pair<QByteArray, QByteArray>> &files);

} // namespace TestArchive

Q_DECLARE_METATYPE(TestArchive::Entry)
