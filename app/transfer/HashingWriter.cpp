#include "HashingWriter.h"

#include "Sha256.h"
#include "TransferLog.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

#include <cerrno>

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

} // namespace

HashingWriter::HashingWriter(qint64 maxQueuedBytes, QObject *parent)
    : QObject(parent)
    , m_maxQueued(maxQueuedBytes)
{
    m_thread = std::thread([this] { run(); });
}

HashingWriter::~HashingWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
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

void HashingWriter::report(const TransferError &error)
{
    QMetaObject::invokeMethod(this, [this, error] { Q_EMIT failed(error); }, Qt::QueuedConnection);
}

void HashingWriter::run()
{
    QFile file;
    Sha256 hash;
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
        if (!broken || command.type == Command::Close)
            broken = !execute(command, file, hash, size) || broken;
        if (chunkSize > 0) {
            command.data = QByteArray(); // free before telling the producer there is room
            const qint64 left = m_queued.fetch_sub(chunkSize, std::memory_order_acq_rel) - chunkSize;
            if (left <= m_maxQueued / 2 && m_producerWaiting.exchange(false))
                QMetaObject::invokeMethod(this, [this] { Q_EMIT drained(); }, Qt::QueuedConnection);
        }
    }
    file.close();
}

bool HashingWriter::execute(Command &command, QFile &file, Sha256 &hash, qint64 &size)
{
    switch (command.type) {
    case Command::Open: {
        file.setFileName(command.path);
        if (!file.open(QIODevice::ReadWrite | QIODevice::Unbuffered)) {
            report({TransferError::Kind::FileError,
                    QCoreApplication::translate("HashingWriter", "Could not open %1: %2")
                        .arg(command.path, file.errorString()), {}});
            return false;
        }
        // Only cut a longer file: special files (and a short .part) must not be resized.
        if (file.size() > command.keep && !file.resize(command.keep)) {
            report({TransferError::Kind::FileError,
                    QCoreApplication::translate("HashingWriter", "Could not truncate %1: %2")
                        .arg(command.path, file.errorString()), {}});
            return false;
        }
        size = qMin(command.keep, file.size());
        if (size > 0) {
            // Re-hash what an earlier run wrote: cheaper and safer than persisting digest state.
            QByteArray buffer(1 << 20, Qt::Uninitialized);
            qint64 remaining = size;
            while (remaining > 0 && !m_stopping) {
                const qint64 n = file.read(buffer.data(), qMin<qint64>(buffer.size(), remaining));
                if (n <= 0) {
                    report({TransferError::Kind::FileError,
                             QCoreApplication::translate("HashingWriter", "Could not read %1: %2")
                                 .arg(command.path, file.errorString()), {}});
                    return false;
                }
                hash.update(buffer.constData(), n);
                remaining -= n;
            }
        }
        if (!file.isSequential())
            file.seek(size);
        return true;
    }
    case Command::Data: {
        const char *data = command.data.constData();
        qint64 left = command.data.size();
        while (left > 0) {
            errno = 0;
            const qint64 n = file.write(data, left);
            if (n <= 0) {
                const int savedErrno = errno;
                const bool full = looksLikeDiskFull(savedErrno, file.fileName(), left);
                qCWarning(lcTransfer) << "write failed:" << file.errorString();
                report({full ? TransferError::Kind::DiskFull : TransferError::Kind::FileError,
                        full ? QCoreApplication::translate("HashingWriter",
                                   "The disk is full. Free some space, then resume the download.")
                             : QCoreApplication::translate("HashingWriter", "Could not write %1: %2")
                                   .arg(file.fileName(), file.errorString()), {}});
                return false;
            }
            // Only bytes that reached the file enter the digest, so a resume stays consistent.
            hash.update(data, n);
            data += n;
            left -= n;
            size += n;
        }
        return true;
    }
    case Command::Restart:
        if (!file.resize(0) || !file.seek(0)) {
            report({TransferError::Kind::FileError,
                    QCoreApplication::translate("HashingWriter", "Could not truncate %1: %2")
                        .arg(file.fileName(), file.errorString()), {}});
            return false;
        }
        hash.reset();
        size = 0;
        return true;
    case Command::Finish: {
        const QByteArray digest = hash.finalHex();
        const qint64 total = size;
        file.close();
        QMetaObject::invokeMethod(this, [this, digest, total] { Q_EMIT finished(digest, total); },
                                  Qt::QueuedConnection);
        return true;
    }
    case Command::Close: {
        const qint64 total = size;
        file.close();
        QMetaObject::invokeMethod(this, [this, total] { Q_EMIT closed(total); }, Qt::QueuedConnection);
        return true;
    }
    }
    return true;
}
