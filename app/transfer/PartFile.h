#pragma once

#include <QString>

// Opens a download's "<name>.part" for writing without ever following a link planted in its
// place: the folder may be shared (/tmp, a team's download folder), and a `<name>.part` symbolic
// or hard link would otherwise get its target truncated and overwritten, with --force as well as
// on resume. New files are created 0600: a snapshot holds a database dump.
namespace PartFile {

struct Opened
{
    int fd = -1;     // an open read-write descriptor, or -1
    QString error;   // translated sentence when fd < 0
    bool unsafe = false; // refused: a link, a special file, another user's file or a hard link
};

// Opens `path` read-write, creating it (0600) when missing. Refused, with a sentence, when `path`
// is a symbolic link, not a regular file, owned by another user, or has other hard links. An
// existing file is narrowed to 0600.
Opened open(const QString &path);

// Whether `path` is a .part this user may continue or delete: a regular file (not a link) owned
// by the user. Everything else under that name was put there by someone else.
bool isOurs(const QString &path);
// The size of `path` when isOurs(), else 0.
qint64 size(const QString &path);
// Deletes `path` only when isOurs(): a link or another user's file under the name stays.
bool remove(const QString &path);

} // namespace PartFile
