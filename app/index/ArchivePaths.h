#pragma once

#include "IndexEntry.h"

#include <QString>

#include <memory>

struct archive;
struct archive_entry;

// What the index code shares about reading snapshot archives with libarchive.
namespace ArchivePaths {

struct ReadDeleter
{
    void operator()(archive *a) const;
};
using Reader = std::unique_ptr<archive, ReadDeleter>;

// A reader for tar, gzip-compressed or not.
Reader newReader();
QString entryName(archive_entry *entry);
QString errorText(archive *a);
// "files/a/b" → {Files, "a/b"}; "files/" → {Files, ""}; false outside both components. The name
// must have passed ArchiveExtractor::checkEntryPath.
bool split(const QString &name, IndexComponent *component, QString *path);

} // namespace ArchivePaths
