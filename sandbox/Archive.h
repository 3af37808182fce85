#pragma once

#include "ComponentTree.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// Snapshot archives: gzip-compressed tar with manifest.json first, then db/… and files/….
// Bytes are deterministic (no gzip timestamp, fixed owners, entries in sorted order), so the
// same snapshot and selectors always give the same archive and a resumed download still ends
// with the advertised checksum.
class Archive
{
public:
    struct Part
    {
        QByteArray prefix; // "db/" or "files/"
        QList<TreeEntry> entries;
    };
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // Writes to `path` (the caller renames it into place); *sha256 = hex of the whole archive.
    static bool write(const QString &path, const QByteArray &manifest, const QList<Part> &parts, int gzipLevel,
                      const Progress &progress, QByteArray *sha256, QString *error);
    // Copies only the selected components (and a manifest listing only them) into `path`.
    static bool filter(const QString &from, const QString &path, const QStringList &selectors, QByteArray *sha256,
                       QString *error);
    // Extracts the selected components under `dest` (dest/db, dest/files), modes kept, and
    // refuses any entry that would land outside `dest`.
    static bool extract(const QString &from, const QString &dest, const QStringList &selectors, const Progress &progress,
                        QString *error);
};
