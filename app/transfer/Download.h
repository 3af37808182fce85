#pragma once

#include "RequestFactory.h"
#include "TransferError.h"
#include "TransferRecord.h"
#include "api/TransportPolicy.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class ByteSink;
class CurlRequest;
class CurlSession;
class HashingWriter;

// One archive download: HTTP, resume, redirects, verification. Driven by TransferManager, but
// usable alone (the benchmark does). Asynchronous: start(), then exactly one of succeeded(),
// failed() or (after stop()) stopped().
//
// The transport is libcurl (CurlRequest, on this thread's event loop): each piece it receives is
// copied once, from its receive buffer into a block of a HashingWriter's fixed ring, which is
// written to "<name>.part" and hashed where it is (worker threads, no allocation per piece). When
// the ring is full the transfer pauses and the bytes wait in the socket. The file is renamed to
// its final name only when its SHA-256 equals X-Checksum-SHA256. Network errors and 5xx are
// retried with backoff from where the .part ends (Range + If-Range); a 200 to a Range request
// (the archive changed) restarts from zero; a 403 from a storage host (expired signed URL) goes
// back to the API for a fresh redirect and resumes there. Redirects are followed here, not by
// libcurl, so the key is attached only where TransportPolicy::sameOrigin allows.
class Download : public QObject
{
    Q_OBJECT
public:
    enum class ConflictPolicy {
        Rename,   // "name (1).tar.gz" when the name is taken
        Fail,     // FileExists error
        Overwrite // replace the existing file (only when the user explicitly asked)
    };
    // Bytes available to the user in a folder; injectable so tests can fake a full disk.
    using FreeSpaceProvider = std::function<qint64(const QString &directory)>;

    // Timeouts, retries and backoff are TransportPolicy's (maxAttempts counts failed attempts in
    // a row without progress; the API call deadlines do not apply to an archive's body).
    struct Options : TransportPolicy::Settings
    {
        int maxRedirects = 5;
        int maxUrlRefreshes = 3;        // fresh signed URLs in a row without progress
        // Measured with bench/download-vs-curl.sh: larger buffers cost memory, not time.
        qint64 receiveBytes = 128 << 10;  // libcurl's receive buffer: one recv() per piece (curl: 100 KiB)
        qint64 chunkBytes = 512 << 10;    // one block of the writer's ring: filled, written, hashed
        qint64 queueBytes = 4 << 20;      // the ring: blocks between the network and the disk
        ConflictPolicy conflict = ConflictPolicy::Rename;
        FreeSpaceProvider freeSpace;    // null = QStorageInfo
    };

    Download(const RequestFactory &requests, const TransferRecord &record, const Options &options,
             QObject *parent = nullptr);
    Download(const RequestFactory &requests, const TransferRecord &record, QObject *parent = nullptr);
    ~Download() override; // aborts; what reached the .part stays there

    // Streams the archive's bytes to `sink` as they are hashed (on the hasher thread), in order
    // from offset 0: a download that continues a .part first hands over the bytes already on disk
    // (read back from the .part, while they are re-hashed), then the new ones; a pause and resume
    // of this object continues where the sink stopped. finish(true) only once the checksum matched
    // and the file is in place; finish(false) on failure, on a restart from zero (the archive
    // changed), or when this object is destroyed unfinished (a pause never resumed). Set before
    // start(); the sink is dropped after finish().
    void setByteSink(std::shared_ptr<ByteSink> sink);

    void start();
    // Pause: aborts the request, flushes the .part, then stopped(). Safe in any state.
    void stop();

    const TransferRecord &record() const { return m_record; }
    qint64 bytesDone() const { return m_offset; }   // handed to the writer so far
    qint64 bytesReceived() const { return m_received; } // body bytes read from the network, all attempts
    bool isRunning() const { return m_phase != Phase::Idle; }

Q_SIGNALS:
    // File name, size, ETag or checksum became known or changed: persist record() now.
    void recordChanged();
    void progress(qint64 bytesDone, qint64 totalBytes);
    void verifying();
    void succeeded(const QString &filePath);
    void failed(const TransferError &error);
    void stopped();

private:
    enum class Phase { Idle, Requesting, Waiting, Finishing, Stopping };

    void sendRequest();
    void onResponseStarted();
    bool onBody(const char *data, qint64 size);
    bool take(const char *data, qint64 size); // into the ring; false (nothing taken) when it is full
    void flushBlock();                         // the partly filled block goes to the writer
    void dropBlock();                          // ... goes back unused
    void onFinished();
    bool acceptResponse(int status);
    bool chooseFileName();
    void retryLater(const ApiError &cause);
    bool madeProgress() const; // this attempt delivered enough to count as progress
    void restartFromZero();
    void complete();
    void onWriterFinished(const QByteArray &sha256Hex, qint64 size);
    void onWriterFailed(const TransferError &error);
    void fail(TransferError error);
    void dropRequest();
    bool makeDirectory(); // the download folder exists, or the download failed saying so
    void ensureWriter(qint64 keep);
    void destroyWriter();
    void reclaimSink();              // takes the sink back from the writer before it goes
    void finishSink(bool complete);
    qint64 freeSpace(const QString &directory) const;

    RequestFactory m_requests;
    TransferRecord m_record;
    Options m_options;
    TransportPolicy m_policy;
    Phase m_phase = Phase::Idle;
    std::shared_ptr<CurlSession> m_session;
    QPointer<CurlRequest> m_request;
    char *m_block = nullptr;  // the ring block being filled
    qint64 m_filled = 0;      // bytes in it
    std::unique_ptr<HashingWriter> m_writer;
    std::shared_ptr<ByteSink> m_sink;
    qint64 m_sinkDelivered = 0; // bytes of the archive the sink has, while no writer holds it
    QTimer m_retryTimer;
    QTimer m_flushTimer;     // hands over a partly filled block that has waited long enough
    QUrl m_currentUrl;       // the API URL, or the storage URL it redirected to
    QByteArray m_errorBody;
    qint64 m_offset = 0;     // bytes of the archive handed to the writer
    qint64 m_requestedFrom = 0;
    qint64 m_attemptStart = 0;
    qint64 m_received = 0;
    int m_status = 0;
    int m_failures = 0;
    int m_redirects = 0;
    int m_refreshes = 0;
    bool m_bodyAccepted = false;
};
