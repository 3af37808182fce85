#pragma once

#include "ArchiveIndexer.h"
#include "IndexWriter.h"

#include <functional>

struct archive;
struct archive_entry;

// The one pass of ArchiveIndexer over an opened libarchive reader, wherever its bytes come from
// (the download's queue or a file): checks each entry, hashes its content, hands the db
// component's files to DatabaseFileReader, and writes everything through IndexWriter into
// "<indexPath>.part-<random>", renamed to indexPath when complete. The name is its own: a builder
// abandoned while another starts for the same snapshot (a quick pause and resume) removes only
// what it wrote.
class IndexBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveIndexer)

public:
    IndexBuilder(const QString &indexPath, const IndexInfo &info, const ArchiveIndexer::Options &options);

    // Reads the archive to its end. `cancelled` is asked between blocks. Not yet renamed.
    ArchiveIndexer::Result read(archive *in, const std::function<bool()> &cancelled);
    // After read() succeeded and the caller knows the bytes were all there (and verified): writes
    // the finishing parts and renames the index into place.
    ArchiveIndexer::Result complete();
    void abandon();

private:
    bool addEntry(archive *in, archive_entry *entry, QString *error);
    bool readContent(archive *in, IndexEntry *e, qint64 declared, QString *error);

    QString m_indexPath;
    QString m_partPath;
    IndexInfo m_info;
    ArchiveIndexer::Options m_options;
    IndexWriter m_writer;
    qint64 m_entries = 0;
    int m_tables = 0;
    std::function<bool()> m_cancelled;
};
