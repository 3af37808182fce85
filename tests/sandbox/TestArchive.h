#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

// The test's own, independent reading of an archive and of SEMANTICS.md's checksums, so the
// sandbox is never checked against its own code.
class TestArchive
{
public:
    // Extracts a .tar.gz into dest; returns false with *error on failure.
    static bool extract(const QString &archive, const QString &dest, QString *error);
    // Entry names of an archive, in order.
    static QStringList entries(const QString &archive);
    // SHA-256 over "<hex sha256>  <relative path>\n" of every file under dir, in byte order of
    // the relative paths — what `cd dir && find . -type f | sort | sha256sum` style tools give.
    static QByteArray componentSha256(const QString &dir);
    static QByteArray sha256Hex(const QByteArray &data);
    static QByteArray fileSha256Hex(const QString &path);
    // Relative path → (sha256, permission bits) of every file under dir.
    static QMap<QString, QPair<QByteArray, int>> tree(const QString &dir);
};
