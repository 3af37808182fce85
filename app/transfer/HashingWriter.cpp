#include "HashingWriter.h"

#include "Sha256.h"
#include "TransferLog.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

#include <cerrno>

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

} // namespace

HashingWriter::HashingWriter(qint64 maxQueuedBytes, QObject *parent)
    : QObject(parent)
    , m_maxQueued(maxQueuedBytes)
{
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
        m_hashQueue.clear();
    }
    m_hashWake.notify_one();
    m_hashThread.join();
}

void HashingWriter::open(const QString &path, qint64 keep)
{
    enqueue({Command::Open, {}, path, keep});
}

void HashingWriter::write(QByteArray chunk)
{
    if (chunk.isEmpty())
        return;
    m_queued.fetch_add(chunk.size(), std::memory_order_acq_rel);
    if (!hasRoom())
        m_producerWaiting = true;
    enqueue({Command::Data, std::move(chunk), {}, 0});
}

void HashingWriter::restart()
{
    enqueue({Command::Restart, {}, {}, 0});
}

void HashingWriter::finish()
{
    enqueue({Command::Finish, {}, {}, 0});
}

void HashingWriter::close()
{
    enqueue({Command::Close, {}, {}, 0});
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

void HashingWriter::release(qint64 bytes)
{
    const qint64 left = m_queued.fetch_sub(bytes, std::memory_order_acq_rel) - bytes;
    if (left <= m_maxQueued / 2 && m_producerWaiting.exchange(false))
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
        const qint64 chunkSize = command.type == Command::Data ? command.data.size() : 0;
        // A pause must still be acknowledged after a failure, so Close always runs.
        if (!broken || command.type == Command::Close) {
            broken = !execute(command, file, size) || broken;
        } else if (chunkSize > 0) {
            release(chunkSize);
        }
    }
    file.close();
}

bool HashingWriter::execute(Command &command, QFile &file, qint64 &size)
{
    switch (command.type) {
    case Command::Open:
        file.setFileName(command.path);
        if (!file.open(QIODevice::ReadWrite | QIODevice::Unbuffered)) {
            report({TransferError::Kind::FileError, tr("Could not open %1: %2").arg(command.path, file.errorString()), {}});
            return false;
        }
        // Only cut a longer file: special files (and a short .part) must not be resized.
        if (file.size() > command.keep && !file.resize(command.keep)) {
            report({TransferError::Kind::FileError, tr("Could not truncate %1: %2").arg(command.path, file.errorString()), {}});
            return false;
        }
        size = qMin(command.keep, file.size());
        if (!file.isSequential())
            file.seek(size);
        // Re-hash what an earlier run wrote: cheaper and safer than persisting digest state.
        // The hasher reads those bytes itself while we already append after them.
        if (size > 0)
            toHasher({HashWork::HashFile, {}, command.path, size});
        return true;
    case Command::Data: {
        const char *data = command.data.constData();
        const qint64 total = command.data.size();
        qint64 left = total;
        while (left > 0) {
            errno = 0;
            const qint64 n = file.write(data, left);
            if (n <= 0) {
                const int savedErrno = errno;
                const bool full = looksLikeDiskFull(savedErrno, file.fileName(), left);
                qCWarning(lcTransfer) << "write failed:" << file.errorString();
                report({full ? TransferError::Kind::DiskFull : TransferError::Kind::FileError,
                        full ? tr("The disk is full. Free some space, then resume the download.")
                             : tr("Could not write %1: %2").arg(file.fileName(), file.errorString()), {}});
                release(total);
                return false;
            }
            data += n;
            left -= n;
        }
        size += total;
        // Only bytes that reached the file enter the digest, so a resume stays consistent.
        toHasher({HashWork::Data, std::move(command.data), {}, 0});
        return true;
    }
    case Command::Restart:
        if (!file.resize(0) || !file.seek(0)) {
            report({TransferError::Kind::FileError, tr("Could not truncate %1: %2").arg(file.fileName(), file.errorString()), {}});
            return false;
        }
        size = 0;
        toHasher({HashWork::Reset, {}, {}, 0});
        return true;
    case Command::Finish:
        file.close();
        toHasher({HashWork::Final, {}, {}, size});
        return true;
    case Command::Close: {
        const qint64 total = size;
        file.close();
        QMetaObject::invokeMethod(this, [this, total] { Q_EMIT closed(total); }, Qt::QueuedConnection);
        return true;
    }
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
        const qint64 chunkSize = work.type == HashWork::Data ? work.data.size() : 0;
        if (!broken)
            broken = !hash(work, digest);
        if (chunkSize > 0) {
            work.data = QByteArray(); // free before telling the producer there is room
            release(chunkSize);
        }
    }
}

bool HashingWriter::hash(HashWork &work, Sha256 &digest)
{
    switch (work.type) {
    case HashWork::Data:
        digest.update(work.data);
        return true;
    case HashWork::HashFile: {
        QFile file(work.path);
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        qint64 remaining = work.size;
        if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
            report({TransferError::Kind::FileError, tr("Could not read %1: %2").arg(work.path, file.errorString()), {}});
            return false;
        }
        while (remaining > 0) {
            {
                std::lock_guard lock(m_hashMutex);
                if (m_hashStopping)
                    return false;
            }
            const qint64 n = file.read(buffer.data(), qMin<qint64>(buffer.size(), remaining));
            if (n <= 0) {
                report({TransferError::Kind::FileError, tr("Could not read %1: %2").arg(work.path, file.errorString()), {}});
                return false;
            }
            digest.update(buffer.constData(), n);
            remaining -= n;
        }
        return true;
    }
    case HashWork::Reset:
        digest.reset();
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
