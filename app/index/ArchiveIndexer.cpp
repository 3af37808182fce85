#include "ArchiveIndexer.h"

#include "ArchivePaths.h"
#include "IndexBuilder.h"
#include "IndexLog.h"

#include <QFile>
#include <QFileInfo>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <archive.h>

using ArchivePaths::newReader;

// The hand-over between the download's thread (write, finish) and the indexer's worker.
struct ArchiveIndexer::Queue
{
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<QByteArray> blocks;
    QByteArray reading; // the block libarchive is reading from now
    qint64 bytes = 0;
    bool ended = false; // finish() was called
    bool complete = false; // ... with true
    bool readerDone = false; // the worker stopped reading: later bytes are dropped
    std::atomic_bool cancelled = false;
    QPromise<ArchiveIndexer::Result> promise;
};

ArchiveIndexer::ArchiveIndexer(const QString &indexPath, const IndexInfo &info, const Options &options)
    : m_indexPath(indexPath)
    , m_info(info)
    , m_options(options)
    , m_queue(std::make_shared<Queue>())
{
    m_future = m_queue->promise.future();
    m_queue->promise.start();
    m_worker = std::thread([this] { run(); });
}

ArchiveIndexer::ArchiveIndexer(const QString &indexPath, const IndexInfo &info)
    : ArchiveIndexer(indexPath, info, Options())
{
}

ArchiveIndexer::~ArchiveIndexer()
{
    cancel();
    if (m_worker.joinable())
        m_worker.join();
}

void ArchiveIndexer::write(const char *data, qint64 size)
{
    if (size <= 0)
        return;
    std::unique_lock lock(m_queue->mutex);
    // Back-pressure: a full queue holds the download until the indexer caught up (see the class
    // comment), unless the indexer stopped reading, in which case the bytes are not needed.
    m_queue->changed.wait(lock, [this, size] {
        return m_queue->readerDone || m_queue->cancelled || m_queue->bytes == 0
            || m_queue->bytes + size <= m_options.queueBytes;
    });
    if (m_queue->readerDone || m_queue->cancelled || m_queue->ended)
        return;
    m_queue->blocks.emplace_back(data, qsizetype(size));
    m_queue->bytes += size;
    m_queue->changed.notify_all();
}

void ArchiveIndexer::finish(bool complete)
{
    std::lock_guard lock(m_queue->mutex);
    if (m_queue->ended)
        return;
    m_queue->ended = true;
    m_queue->complete = complete;
    m_queue->changed.notify_all();
}

void ArchiveIndexer::cancel()
{
    std::lock_guard lock(m_queue->mutex);
    m_queue->cancelled = true;
    m_queue->changed.notify_all();
}

void ArchiveIndexer::run()
{
    Queue *q = m_queue.get();
    auto in = newReader();
    const auto readCallback = [](archive *a, void *data, const void **buffer) -> la_ssize_t {
        auto *queue = static_cast<Queue *>(data);
        std::unique_lock lock(queue->mutex);
        queue->changed.wait(lock, [queue] { return !queue->blocks.empty() || queue->ended || queue->cancelled; });
        if (queue->cancelled) {
            archive_set_error(a, ECANCELED, "cancelled");
            return -1;
        }
        if (queue->blocks.empty())
            return 0; // finish(): the end of the stream
        queue->reading = std::move(queue->blocks.front());
        queue->blocks.pop_front();
        queue->bytes -= queue->reading.size();
        queue->changed.notify_all();
        *buffer = queue->reading.constData();
        return la_ssize_t(queue->reading.size());
    };
    Result result;
    IndexBuilder builder(m_indexPath, m_info, m_options);
    if (archive_read_open(in.get(), q, nullptr, readCallback, nullptr) != ARCHIVE_OK) {
        result.error = tr("The archive is damaged: %1").arg(QString::fromLocal8Bit(archive_error_string(in.get())));
    } else {
        result = builder.read(in.get(), [q] { return bool(q->cancelled); });
    }
    in.reset();
    // Whatever libarchive left unread (the gzip trailer's padding) is not needed: let write()
    // return at once from now on, then wait for the download's verdict.
    std::unique_lock lock(q->mutex);
    q->readerDone = true;
    q->blocks.clear();
    q->bytes = 0;
    q->changed.notify_all();
    q->changed.wait(lock, [q] { return q->ended || q->cancelled; });
    const bool complete = q->complete && !q->cancelled;
    lock.unlock();
    if (result.ok && complete) {
        result = builder.complete();
    } else {
        builder.abandon();
        if (result.ok || result.error.isEmpty())
            result = Result {false, q->cancelled ? tr("Cancelled.") : tr("The download did not complete."), {}, {}, 0};
    }
    if (!result.ok)
        qCInfo(lcIndex) << "no index for" << m_info.snapshotId << result.error;
    q->promise.addResult(result);
    q->promise.finish();
}

namespace {
ArchiveIndexer::Result indexArchiveFile(const QString &archivePath, const QString &indexPath, const IndexInfo &info,
                                        const ArchiveIndexer::Options &options, const std::function<bool()> &cancelled)
{
    ArchiveIndexer::Result result;
    auto in = newReader();
    if (archive_read_open_filename(in.get(), QFile::encodeName(archivePath).constData(), 1 << 20) != ARCHIVE_OK) {
        result.error = ArchiveIndexer::tr("Could not open the archive: %1")
                           .arg(QString::fromLocal8Bit(archive_error_string(in.get())));
        return result;
    }
    IndexInfo withSize = info;
    if (withSize.archiveBytes < 0)
        withSize.archiveBytes = QFileInfo(archivePath).size();
    IndexBuilder builder(indexPath, withSize, options);
    result = builder.read(in.get(), cancelled);
    return result.ok ? builder.complete() : result;
}
} // namespace

ArchiveIndexer::Result ArchiveIndexer::indexFile(const QString &archivePath, const QString &indexPath,
                                                 const IndexInfo &info, const Options &options,
                                                 const std::atomic_bool *cancel)
{
    return indexArchiveFile(archivePath, indexPath, info, options, [cancel] { return cancel && cancel->load(); });
}

ArchiveIndexer::Result ArchiveIndexer::indexFile(const QString &archivePath, const QString &indexPath,
                                                 const IndexInfo &info)
{
    return indexFile(archivePath, indexPath, info, Options());
}

QFuture<ArchiveIndexer::Result> ArchiveIndexer::indexFileAsync(const QString &archivePath, const QString &indexPath,
                                                               const IndexInfo &info)
{
    return QtConcurrent::run([archivePath, indexPath, info](QPromise<Result> &promise) {
        promise.addResult(
            indexArchiveFile(archivePath, indexPath, info, Options(), [&promise] { return promise.isCanceled(); }));
    });
}
