#pragma once

#include "IndexEntry.h"
#include "transfer/ByteSink.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFuture>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

// Builds a snapshot's index (see SnapshotIndex) from its tar.gz archive, in one streaming pass
// through libarchive: every entry's path, type, size, mode, mtime, link target and the SHA-256 of
// its content, and the database component's tables (an SQLite file: its catalogue and row
// counts; an SQL dump: CREATE TABLE statements and the rows of its INSERTs). Nothing is extracted
// to disk (a database file is read in memory up to Options::maxDatabaseBytes, beyond that spooled
// to a temporary file beside the index and removed again).
//
// Two ways in:
// - As a ByteSink during a download: write() queues the blocks, a worker thread of its own reads
//   them through libarchive. The queue is bounded (Options::queueBytes): when the indexer falls
//   behind, write() waits until there is room again, so it slows the download down to the
//   indexer's pace rather than holding an unbounded copy of the archive in memory. Indexing is
//   cheaper than hashing and writing the same bytes (docs/bench-explorer.md), so in practice it
//   waits only for short bursts. finish(true) completes the index; finish(false) discards it.
// - From an archive on disk: indexFile() (blocking) or indexFileAsync().
//
// Hostile archives are refused with a translated sentence, never a crash, and leave no index:
// absolute paths, ".." (ArchiveExtractor::checkEntryPath), a hard link to a path outside its
// component, a damaged or truncated stream, an entry whose data differ from its header's size,
// more than Options::maxEntries entries. Symbolic links are recorded as text, never followed.
// Entries outside "files/" and "db/" (manifest.json) are not recorded.
//
// The index is written to "<indexPath>.part" and renamed into place only when complete.
class ArchiveIndexer : public ByteSink
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveIndexer)

public:
    struct Options
    {
        qint64 queueBytes = 32 << 20; // ByteSink queue; write() waits beyond this
        qint64 maxEntries = 5'000'000;
        qint64 maxDatabaseBytes = 256 << 20; // read in memory up to this, else spooled
    };

    struct Result
    {
        bool ok = false;
        QString error; // translated, when !ok
        QString indexPath; // when ok
        IndexInfo info; // what the index says about itself, when ok
        int tables = 0;
    };

    // `info` carries the snapshot's own fields (id, site, environment, created_at, archive
    // SHA-256 when known); the rest is filled in from the archive.
    ArchiveIndexer(const QString &indexPath, const IndexInfo &info, const Options &options);
    ArchiveIndexer(const QString &indexPath, const IndexInfo &info);
    ~ArchiveIndexer() override; // cancels and waits for the worker

    // ByteSink: called on the download's thread.
    void write(const char *data, qint64 size) override;
    void finish(bool complete) override;

    // Resolved once, after finish() (or at once on a refusal); watch it with QFutureWatcher.
    QFuture<Result> result() const { return m_future; }
    void cancel();

    // Blocking: indexes an archive file. `cancel`, when given and set, stops it (error "Cancelled").
    static Result indexFile(const QString &archivePath, const QString &indexPath, const IndexInfo &info,
                            const Options &options, const std::atomic_bool *cancel = nullptr);
    static Result indexFile(const QString &archivePath, const QString &indexPath, const IndexInfo &info);
    // indexFile() on the global thread pool; cancel() on the future stops it.
    static QFuture<Result> indexFileAsync(const QString &archivePath, const QString &indexPath, const IndexInfo &info);

private:
    struct Queue;
    void run();

    QString m_indexPath;
    IndexInfo m_info;
    Options m_options;
    std::shared_ptr<Queue> m_queue;
    QFuture<Result> m_future;
    std::thread m_worker;
};
