#pragma once

#include "ByteSink.h"
#include "TransferError.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

// Writes a download's bytes to its .part file and hashes them with SHA-256 on worker threads,
// so neither the disk nor the digest ever stalls the thread that reads the network. Writing and
// hashing have a thread each: a block goes to the hasher once it is on disk (so the digest only
// covers bytes that reached the file), and the two run in parallel on a multi-core machine.
//
// Memory is a fixed ring of blocks (maxQueuedBytes in blocks of blockBytes), allocated once and
// reused: the producer (the network side) fills a free block (acquire(), then submit()), the
// writer writes it, the hasher digests the very same block, hands it to the ByteSink and frees
// it. Nothing is allocated or copied per chunk, which on a 1 GiB download was ~80,000 page faults
// and a third of the CPU time. When every block is queued, acquire() returns null and the producer
// stops reading, which leaves the bytes in the socket (TCP flow control) instead of in memory; it
// goes on at drained(). All signals are delivered in the thread that owns this object.
class HashingWriter : public QObject
{
    Q_OBJECT
public:
    HashingWriter(qint64 maxQueuedBytes, qint64 blockBytes, QObject *parent = nullptr);
    // Writes whatever is still queued, closes the file, stops the workers.
    ~HashingWriter() override;

    // Opens (or creates) path, cuts it to `keep` bytes and hashes those on the hasher, so a
    // resumed download continues the digest without any state kept between runs. Call once.
    void open(const QString &path, qint64 keep);
    // Before open(): every byte the hasher digests (the .part read back on a resume, then the
    // new ones) also goes to `sink`, on the hasher thread, except the first `skip` bytes, which it
    // already has. A restart from zero abandons the sink (finish(false)) once it has bytes.
    void setByteSink(std::shared_ptr<ByteSink> sink, qint64 skip);
    // Takes the sink back (safe from the owner's thread at any time: no write() runs after it
    // returns). Returns it, or null when it was abandoned; *delivered is how far it got.
    std::shared_ptr<ByteSink> detachByteSink(qint64 *delivered);

    qint64 blockBytes() const { return m_blockBytes; }
    // A free block of blockBytes() to fill, or null when every block is queued (go on at drained()).
    char *acquire();
    // Queues the first `size` bytes of a block from acquire(); size 0 gives the block back unused.
    void submit(char *block, qint64 size);

    // Truncates to zero and restarts the digest (the server sent the whole archive again).
    void restart();
    // After every queued chunk is written and hashed: finished(sha256 hex, size); file closed.
    void finish();
    // After every queued chunk is written: closed(size); the file is closed, the digest dropped.
    void close();

    bool hasRoom() const;
    // Like hasRoom(), but when no block is free, drained() follows once `resumeAt` blocks are:
    // for a producer that stops before it has a piece it cannot place, and goes on only when it
    // can fill several blocks (each stop and start of a transfer has a cost of its own).
    bool wantRoom(int resumeAt);
    int blockCount() const { return m_blockCount; }
    qint64 queuedBytes() const { return m_queued.load(std::memory_order_acquire); }

Q_SIGNALS:
    void drained();
    void finished(const QByteArray &sha256Hex, qint64 size);
    // After close(): everything queued is written and hashed (and given to the sink).
    void closed(qint64 size);
    void failed(const TransferError &error);

private:
    struct Command
    {
        enum Type { Open, Data, Restart, Finish, Close } type;
        char *block = nullptr; // Data: a ring block holding `size` bytes
        qint64 size = 0;       // Data: bytes; Open: bytes of the file to keep
        QString path;
    };
    struct HashWork
    {
        enum Type { Data, HashFile, Reset, Final, Closed } type;
        char *block = nullptr; // Data: the ring block the writer has written
        qint64 size = 0;  // Data, HashFile: bytes; Final, Closed: file size
        QString path;     // HashFile: for messages
        int fd = -1;      // HashFile: hash the first `size` bytes read from it; the hasher closes it
    };

    void enqueue(Command command);
    void toHasher(HashWork work);
    void runWriter();
    void runHasher();
    bool execute(Command &command, class QFile &file, qint64 &size);
    bool hash(HashWork &work, class Sha256 &digest);
    void digestBlock(class Sha256 &digest, const char *data, qint64 size);
    void release(char *block, qint64 bytes);
    void report(const TransferError &error);

    const qint64 m_blockBytes;
    const int m_blockCount;
    char *m_ring = nullptr;           // m_blockCount blocks; pages are touched when first used
    mutable std::mutex m_freeMutex;
    std::vector<char *> m_free;       // a stack: the block freed last (still in cache) goes next
    std::atomic<qint64> m_queued{0};
    bool m_producerWaiting = false; // under m_freeMutex
    size_t m_wakeAtFree = 1;        // under m_freeMutex: drained() when this many blocks are free
    std::atomic_bool m_stopping{false};
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Command> m_commands;
    std::mutex m_hashMutex;
    std::condition_variable m_hashWake;
    std::deque<HashWork> m_hashQueue;
    bool m_hashStopping = false;
    // The sink and the hasher's position in the archive; m_sinkMutex is held around sink->write.
    std::mutex m_sinkMutex;
    std::shared_ptr<ByteSink> m_sink;
    qint64 m_sinkSkip = 0;
    qint64 m_sinkDelivered = 0;
    qint64 m_position = 0;        // hasher thread only
    std::thread m_writerThread;
    std::thread m_hashThread;
};
