#include "HashingWriter.h"

#include "PartFile.h"
#include "Sha256.h"
#include "TransferLog.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <utility>

#include <sys/mman.h>
#include <unistd.h>

#ifdef Q_OS_LINUX
#include <pthread.h>
#endif

namespace {

// True when a failed write was for lack of space, so the user is told "disk full" (and that
// the download can be resumed after making room) rather than a generic write error.
bool looksLikeDiskFull(int savedErrno, const QString &path, qint64 wanted)
{
#ifdef EDQUOT
    if (savedErrno == EDQUOT)
        return true;
#endif
    if (savedErrno == ENOSPC)
        return true;
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    return storage.isValid() && storage.bytesAvailable() < wanted;
}

// Names show in top, perf and gdb, where "which thread is busy" is the first question.
void nameThisThread(const char *name)
{
#ifdef Q_OS_LINUX
    pthread_setname_np(pthread_self(), name);
#else
    Q_UNUSED(name);
#endif
}

constexpr size_t HugePageBytes = 2 << 20;

// The ring in one piece, aligned so the kernel can back it with huge pages: a few page faults
// for the whole ring instead of one per 4 KiB. Pages are only touched as blocks come into use.
char *allocateRing(size_t bytes)
{
    const size_t rounded = (bytes + HugePageBytes - 1) / HugePageBytes * HugePageBytes;
    void *ring = std::aligned_alloc(HugePageBytes, rounded);
#ifdef MADV_HUGEPAGE
    if (ring && rounded >= HugePageBytes)
        ::madvise(ring, rounded, MADV_HUGEPAGE);
#endif
    return static_cast<char *>(ring);
}

} // namespace

HashingWriter::HashingWriter(qint64 maxQueuedBytes, qint64 blockBytes, QObject *parent)
    : QObject(parent)
    , m_blockBytes(qMax<qint64>(blockBytes, 4096))
    , m_blockCount(int(qBound(qint64(2), maxQueuedBytes / m_blockBytes, qint64(1024))))
{
    m_ring = allocateRing(size_t(m_blockBytes) * size_t(m_blockCount));
    if (!m_ring)
        qFatal("HashingWriter: out of memory for %lld bytes", qint64(m_blockBytes) * m_blockCount);
    m_free.reserve(size_t(m_blockCount));
    for (int i = m_blockCount - 1; i >= 0; --i)
        m_free.push_back(m_ring + qint64(i) * m_blockBytes);
    m_hashThread = std::thread([this] {
        nameThisThread("mf-hasher");
        runHasher();
    });
    m_writerThread = std::thread([this] {
        nameThisThread("mf-writer");
        runWriter();
    });
}

HashingWriter::~HashingWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_writerThread.join(); // everything queued is on disk now
    {
        std::lock_guard lock(m_hashMutex);
        m_hashStopping = true; // nobody wants the digest any more
        for (const HashWork &work : m_hashQueue) {
            if (work.fd >= 0)
                ::close(work.fd);
        }
        m_hashQueue.clear();
    }
    m_hashWake.notify_one();
    m_hashThread.join();
    std::free(m_ring);
}

void HashingWriter::open(const QString &path, qint64 keep)
{
    enqueue({Command::Open, nullptr, keep, path});
}

void HashingWriter::setByteSink(std::shared_ptr<ByteSink> sink, qint64 skip)
{
    std::lock_guard lock(m_sinkMutex);
    m_sink = std::move(sink);
    m_sinkSkip = m_sinkDelivered = skip;
}

std::shared_ptr<ByteSink> HashingWriter::detachByteSink(qint64 *delivered)
{
    std::lock_guard lock(m_sinkMutex);
    *delivered = m_sinkDelivered;
    return std::exchange(m_sink, nullptr);
}

bool HashingWriter::hasRoom() const
{
    std::lock_guard lock(m_freeMutex);
    return !m_free.empty();
}

bool HashingWriter::wantRoom(int resumeAt)
{
    std::lock_guard lock(m_freeMutex);
    if (!m_free.empty())
        return true;
    m_producerWaiting = true;
    m_wakeAtFree = size_t(qBound(1, resumeAt, m_blockCount));
    return false;
}

char *HashingWriter::acquire()
{
    std::lock_guard lock(m_freeMutex);
    if (m_free.empty()) {
        m_producerWaiting = true;
        m_wakeAtFree = 1;
        return nullptr;
    }
    char *block = m_free.back();
    m_free.pop_back();
    return block;
}

void HashingWriter::submit(char *block, qint64 size)
{
    if (!block)
        return;
    if (size <= 0) {
        release(block, 0);
        return;
    }
    m_queued.fetch_add(size, std::memory_order_acq_rel);
    enqueue({Command::Data, block, qMin(size, m_blockBytes), {}});
}

void HashingWriter::restart()
{
    enqueue({Command::Restart, nullptr, 0, {}});
}

void HashingWriter::finish()
{
    enqueue({Command::Finish, nullptr, 0, {}});
}

void HashingWriter::close()
{
    enqueue({Command::Close, nullptr, 0, {}});
}

void HashingWriter::enqueue(Command command)
{
    {
        std::lock_guard lock(m_mutex);
        m_commands.push_back(std::move(command));
    }
    m_wake.notify_one();
}

void HashingWriter::toHasher(HashWork work)
{
    {
        std::lock_guard lock(m_hashMutex);
        m_hashQueue.push_back(std::move(work));
    }
    m_hashWake.notify_one();
}

void HashingWriter::release(char *block, qint64 bytes)
{
    m_queued.fetch_sub(bytes, std::memory_order_acq_rel);
    bool wake = false;
    {
        std::lock_guard lock(m_freeMutex);
        m_free.push_back(block);
        wake = m_producerWaiting && m_free.size() >= m_wakeAtFree;
        if (wake)
            m_producerWaiting = false;
    }
    if (wake)
        QMetaObject::invokeMethod(this, [this] { Q_EMIT drained(); }, Qt::QueuedConnection);
}

void HashingWriter::report(const TransferError &error)
{
    QMetaObject::invokeMethod(this, [this, error] { Q_EMIT failed(error); }, Qt::QueuedConnection);
}

void HashingWriter::runWriter()
{
    QFile file;
    qint64 size = 0;
    bool broken = false; // after a failure everything but the final close is dropped
    for (;;) {
        Command command;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_commands.empty(); });
            if (m_commands.empty())
                break; // stopping, and everything queued has been handled
            command = std::move(m_commands.front());
            m_commands.pop_front();
        }
        // A pause must still be acknowledged after a failure, so Close always runs.
        if (!broken || command.type == Command::Close)
            broken = !execute(command, file, size) || broken;
        else if (command.type == Command::Data)
            release(command.block, command.size);
    }
    file.close();
}

bool HashingWriter::execute(Command &command, QFile &file, qint64 &size)
{
    switch (command.type) {
    case Command::Open: {
        // Never through a link planted under the .part's name, never someone else's file.
        const PartFile::Opened opened = PartFile::open(command.path);
        if (opened.fd < 0) {
            report({opened.unsafe ? TransferError::Kind::UnsafeFile : TransferError::Kind::FileError, opened.error, {}});
            return false;
        }
        file.setFileName(command.path); // for messages; the descriptor is what is written
        if (!file.open(opened.fd, QIODevice::ReadWrite | QIODevice::Unbuffered, QFileDevice::AutoCloseHandle)) {
            ::close(opened.fd);
            report({TransferError::Kind::FileError, tr("Could not open %1: %2").arg(command.path, file.errorString()), {}});
            return false;
        }
        // Only cut a longer file: special files (and a short .part) must not be resized.
        if (file.size() > command.size && !file.resize(command.size)) {
            report({TransferError::Kind::FileError, tr("Could not truncate %1: %2").arg(command.path, file.errorString()), {}});
            return false;
        }
        size = qMin(command.size, file.size());
        file.seek(size);
        // Re-hash what an earlier run wrote: cheaper and safer than persisting digest state.
        // The hasher reads those bytes itself while we already append after them, through the
        // same open file: reopening the path could read whatever was swapped in meanwhile.
        if (size > 0)
            toHasher({HashWork::HashFile, nullptr, size, command.path, ::dup(opened.fd)});
        return true;
    }
    case Command::Data: {
        const char *data = command.block;
        const qint64 total = command.size;
        qint64 left = total;
        while (left > 0) {
            errno = 0;
            const qint64 n = file.write(data, left);
            if (n <= 0) {
                const int savedErrno = errno;
                const bool full = looksLikeDiskFull(savedErrno, file.fileName(), left);
                qCWarning(lcTransfer) << "write failed:" << file.errorString();
                if (savedErrno == EFBIG) {
                    // FAT32's 4 GiB, or a `ulimit -f`: the bytes so far are kept, like a full disk.
                    report({TransferError::Kind::DiskFull,
                            tr("%1 cannot grow any larger on this disk (a file size limit). Raise the limit or "
                               "download to a folder on another disk.").arg(file.fileName()), {}});
                    release(command.block, total);
                    return false;
                }
                report({full ? TransferError::Kind::DiskFull : TransferError::Kind::FileError,
                        full ? tr("The disk is full. Free some space, then resume the download.")
                             : tr("Could not write %1: %2").arg(file.fileName(), file.errorString()), {}});
                release(command.block, total);
                return false;
            }
            data += n;
            left -= n;
        }
        size += total;
        // Only bytes that reached the file enter the digest, so a resume stays consistent.
        toHasher({HashWork::Data, command.block, total, {}});
        return true;
    }
    case Command::Restart:
        if (!file.resize(0) || !file.seek(0)) {
            report({TransferError::Kind::FileError, tr("Could not truncate %1: %2").arg(file.fileName(), file.errorString()), {}});
            return false;
        }
        size = 0;
        toHasher({HashWork::Reset, nullptr, 0, {}});
        return true;
    case Command::Finish:
        file.close();
        toHasher({HashWork::Final, nullptr, size, {}});
        return true;
    case Command::Close:
        file.close();
        // Reported by the hasher once it has caught up, so the sink has every byte on disk.
        toHasher({HashWork::Closed, nullptr, size, {}});
        return true;
    }
    return true;
}

void HashingWriter::runHasher()
{
    Sha256 digest;
    bool broken = false;
    for (;;) {
        HashWork work;
        {
            std::unique_lock lock(m_hashMutex);
            m_hashWake.wait(lock, [this] { return m_hashStopping || !m_hashQueue.empty(); });
            if (m_hashStopping)
                return;
            work = std::move(m_hashQueue.front());
            m_hashQueue.pop_front();
        }
        if (work.type == HashWork::Closed) {
            const qint64 size = work.size;
            QMetaObject::invokeMethod(this, [this, size] { Q_EMIT closed(size); }, Qt::QueuedConnection);
        } else if (!broken) {
            broken = !hash(work, digest);
        }
        if (work.fd >= 0)
            ::close(work.fd); // not hashed (an earlier failure): still ours to close
        if (work.type == HashWork::Data)
            release(work.block, work.size);
    }
}

bool HashingWriter::hash(HashWork &work, Sha256 &digest)
{
    switch (work.type) {
    case HashWork::Data:
        digestBlock(digest, work.block, work.size);
        return true;
    case HashWork::HashFile: {
        // A duplicate of the writer's descriptor; pread() leaves the shared offset alone.
        const int fd = std::exchange(work.fd, -1);
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        qint64 done = 0;
        bool ok = fd >= 0;
        while (ok && done < work.size) {
            {
                std::lock_guard lock(m_hashMutex);
                if (m_hashStopping)
                    break;
            }
            const ssize_t n = ::pread(fd, buffer.data(), size_t(qMin<qint64>(buffer.size(), work.size - done)), off_t(done));
            ok = n > 0;
            if (ok) {
                digestBlock(digest, buffer.constData(), n);
                done += n;
            }
        }
        if (!ok) {
            report({TransferError::Kind::FileError,
                    tr("Could not read %1: %2").arg(work.path, QString::fromLocal8Bit(std::strerror(errno))), {}});
        }
        if (fd >= 0)
            ::close(fd);
        return ok && done == work.size;
    }
    case HashWork::Reset: {
        digest.reset();
        m_position = 0;
        // The bytes the sink has are not the start of the archive that follows.
        std::lock_guard lock(m_sinkMutex);
        if (m_sink && m_sinkDelivered > 0) {
            m_sink->finish(false);
            m_sink.reset();
        }
        m_sinkSkip = m_sinkDelivered = 0;
        return true;
    }
    case HashWork::Closed:
        return true;
    case HashWork::Final: {
        const QByteArray hex = digest.finalHex();
        const qint64 size = work.size;
        QMetaObject::invokeMethod(this, [this, hex, size] { Q_EMIT finished(hex, size); }, Qt::QueuedConnection);
        return true;
    }
    }
    return true;
}

void HashingWriter::digestBlock(Sha256 &digest, const char *data, qint64 size)
{
    digest.update(data, size);
    const qint64 start = m_position;
    m_position += size;
    std::lock_guard lock(m_sinkMutex);
    if (!m_sink || m_position <= m_sinkSkip)
        return;
    const qint64 from = qMax(start, m_sinkSkip);
    m_sink->write(data + (from - start), m_position - from);
    m_sinkDelivered = m_position;
}
