#include "Download.h"

#include "ByteSink.h"
#include "FinalPlacement.h"
#include "HashingWriter.h"
#include "PartFile.h"
#include "ResponseParsing.h"
#include "SafeFileName.h"
#include "Sha256.h"
#include "TransferLog.h"
#include "api/ErrorText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkReply>
#include <QStorageInfo>

namespace {

// An attempt that delivered at least this much before it failed counts as progress: the failure
// count starts again and the resume is immediate. Less is a peer that keeps failing.
constexpr qint64 MeaningfulProgressBytes = 64 * 1024;

} // namespace

Download::Download(const RequestFactory &requests, const TransferRecord &record, const Options &options,
                   QObject *parent)
    : QObject(parent)
    , m_requests(requests)
    , m_record(record)
    , m_options(options)
    , m_policy(options)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &Download::sendRequest);
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(50);
    connect(&m_flushTimer, &QTimer::timeout, this, [this] {
        if (m_reply && m_bodyAccepted)
            pump();
    });
}

Download::Download(const RequestFactory &requests, const TransferRecord &record, QObject *parent)
    : Download(requests, record, Options(), parent)
{
}

Download::~Download()
{
    dropReply();
    reclaimSink();
    m_writer.reset(); // joins the worker after it wrote what was queued
    finishSink(false);
}

void Download::setByteSink(std::shared_ptr<ByteSink> sink)
{
    finishSink(false);
    m_sink = std::move(sink);
    m_sinkDelivered = 0;
}

void Download::start()
{
    if (m_phase != Phase::Idle)
        return;
    m_failures = m_refreshes = m_redirects = 0;
    // Resuming the same object goes straight back to the storage URL it was redirected to; if
    // that signed URL has expired meanwhile, the 403 sends us to the API for a fresh one.
    if (!m_currentUrl.isValid())
        m_currentUrl = m_record.url;
    m_offset = 0;
    // Only bytes we can prove belong to the same archive (same ETag, known size and checksum)
    // are continued; anything else starts over.
    // A link or someone else's file under the .part's name counts as nothing (the writer refuses it).
    if (!m_record.fileName.isEmpty() && m_record.hasMetadata() && !m_record.etag.isEmpty())
        m_offset = qMin(PartFile::size(m_record.partPath()), m_record.totalBytes);
    sendRequest();
}

void Download::stop()
{
    if (m_phase == Phase::Idle || m_phase == Phase::Stopping || m_phase == Phase::Finishing)
        return; // verification takes moments; its result is reported as usual
    dropReply();
    m_retryTimer.stop();
    if (m_writer) {
        m_phase = Phase::Stopping;
        m_writer->close();
        return;
    }
    m_phase = Phase::Idle;
    QMetaObject::invokeMethod(this, &Download::stopped, Qt::QueuedConnection);
}

void Download::sendRequest()
{
    if (!TransportPolicy::isPermittedUrl(m_currentUrl)) {
        fail({TransferError::Kind::BadResponse,
              tr("The download address is not secure (https is required except on this computer)."), {}});
        return;
    }
    // The key goes only where the API lives; a storage host gets the signed URL and nothing else.
    const bool keyAllowed = TransportPolicy::sameOrigin(m_currentUrl, m_record.url);
    QNetworkRequest request = m_requests.make(m_currentUrl, keyAllowed);
    request.setTransferTimeout(m_options.stallTimeoutMs);
    m_requestedFrom = m_offset;
    if (m_offset > 0) {
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_offset) + '-');
        request.setRawHeader("If-Range", m_record.etag.toUtf8());
    }
    m_status = 0;
    m_bodyAccepted = false;
    m_readerBlocked = false;
    m_finishPending = false;
    m_errorBody.clear();
    m_attemptStart = m_offset;
    m_phase = Phase::Requesting;
    qCDebug(lcTransfer) << "GET" << TransferLog::redact(m_currentUrl) << "from byte" << m_offset;

    QNetworkReply *reply = m_requests.network()->get(request);
    // Bounds what Qt buffers for us: beyond it, bytes wait in the socket (TCP flow control).
    reply->setReadBufferSize(m_options.readBufferBytes);
    m_reply = reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, &Download::onMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &Download::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &Download::onFinished);
}

void Download::onMetaData()
{
    if (!m_reply || sender() != m_reply || m_status != 0)
        return;
    m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_status == 200 || m_status == 206) {
        m_redirects = 0;
        m_bodyAccepted = acceptResponse(m_status);
    }
}

bool Download::acceptResponse(int status)
{
    QNetworkReply *reply = m_reply;
    const QByteArray checksum = reply->rawHeader("X-Checksum-SHA256").trimmed().toLower();
    const QString etag = QString::fromLatin1(reply->rawHeader("ETag").trimmed());
    if (!Sha256::isHexDigest(checksum)) {
        fail({TransferError::Kind::BadResponse,
              tr("The server did not send the archive's checksum, so the download cannot be verified."), {}});
        return false;
    }
    if (status == 206) {
        const auto range = ResponseParsing::contentRange(reply->rawHeader("Content-Range"));
        if (!range.valid || range.first != m_requestedFrom || range.total < 0 || range.last != range.total - 1) {
            fail({TransferError::Kind::BadResponse,
                  tr("The server sent a different part of the archive than the one asked for."), {}});
            return false;
        }
        if (etag != m_record.etag || QString::fromLatin1(checksum) != m_record.sha256
            || range.total != m_record.totalBytes) {
            // If-Range should have made this a 200; the bytes on disk belong to another archive.
            qCInfo(lcTransfer) << "archive changed under a range request; restarting from zero";
            restartFromZero();
            return false;
        }
    } else {
        if (m_requestedFrom > 0) {
            qCInfo(lcTransfer) << "range answered with the whole archive; restarting from zero";
            m_offset = 0;
            if (m_writer)
                m_writer->restart();
        }
        m_record.etag = etag;
        m_record.sha256 = QString::fromLatin1(checksum);
        m_record.totalBytes = ResponseParsing::nonNegative(reply->rawHeader("Content-Length"));
    }
    if (m_record.totalBytes >= 0) {
        const qint64 needed = m_record.totalBytes - m_offset;
        const qint64 available = freeSpace(m_record.directory);
        if (available >= 0 && available < needed) {
            fail({TransferError::Kind::NoSpace,
                  tr("Not enough free space in %1: the archive needs %2 more bytes, %3 are available.")
                      .arg(QDir::toNativeSeparators(m_record.directory))
                      .arg(needed).arg(available), {}});
            return false;
        }
    }
    // Only now, so a refused download leaves no empty .part behind.
    if (status == 200) {
        if (m_record.fileName.isEmpty() && !chooseFileName(reply))
            return false;
        Q_EMIT recordChanged();
    }
    ensureWriter(m_offset);
    return m_writer != nullptr;
}

bool Download::chooseFileName(QNetworkReply *reply)
{
    const QString name = SafeFileName::fromContentDisposition(reply->rawHeader("Content-Disposition"));
    if (m_options.conflict == ConflictPolicy::Overwrite) {
        m_record.fileName = name;
        return true;
    }
    if (!makeDirectory())
        return false;
    const SafeFileName::Claim claim =
        SafeFileName::claim(m_record.directory, name, m_options.conflict == ConflictPolicy::Rename);
    if (claim.name.isEmpty()) {
        fail({claim.taken ? TransferError::Kind::FileExists : TransferError::Kind::FileError, claim.error, {}});
        return false;
    }
    m_record.fileName = claim.name;
    return true;
}

void Download::onReadyRead()
{
    if (!m_reply || sender() != m_reply)
        return;
    if (m_bodyAccepted) {
        // Qt signals every few KiB; handing the writer whole chunks instead saves thousands of
        // allocations and thread wake-ups per GiB. A slow trickle is still read within 50 ms.
        if (m_reply->bytesAvailable() >= qMin(m_options.chunkBytes, m_options.readBufferBytes / 2))
            pump();
        else if (!m_flushTimer.isActive())
            m_flushTimer.start();
        return;
    }
    // Error and redirect bodies: keep the start of an error for its message, drop the rest.
    const QByteArray data = m_reply->readAll();
    if (m_status >= 400 && m_errorBody.size() < TransportPolicy::MaxErrorBodyBytes)
        m_errorBody += data.left(TransportPolicy::MaxErrorBodyBytes - m_errorBody.size());
}

void Download::pump()
{
    QNetworkReply *reply = m_reply;
    bool moved = false;
    while (reply && m_writer && reply->bytesAvailable() > 0) {
        // Straight from Qt's buffer into a block of the ring, which is then written and hashed
        // where it is: no allocation and no other copy per chunk.
        char *block = m_writer->acquire();
        if (!block) {
            m_readerBlocked = true; // drained() calls again; a finished reply waits for that too
            break;
        }
        const qint64 n = reply->read(block, m_writer->blockBytes());
        if (n <= 0) {
            m_writer->submit(block, 0);
            break;
        }
        m_received += n;
        if (m_record.totalBytes >= 0 && m_offset + n > m_record.totalBytes) {
            m_writer->submit(block, 0);
            fail({TransferError::Kind::BadResponse, tr("The server sent more bytes than the archive's size."), {}});
            return;
        }
        m_offset += n;
        moved = true;
        m_writer->submit(block, n);
    }
    if (moved)
        Q_EMIT progress(m_offset, m_record.totalBytes);
}

void Download::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || sender() != reply)
        return;
    if (m_status == 0)
        m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    handleFinished();
}

void Download::handleFinished()
{
    QNetworkReply *reply = m_reply;
    if (m_bodyAccepted)
        pump(); // whatever arrived before the end is good data; Qt's buffer bounds it
    if (m_phase != Phase::Requesting || m_reply != reply)
        return; // pump() failed the download
    m_finishPending = m_bodyAccepted && reply->bytesAvailable() > 0;
    if (m_finishPending)
        return; // the ring is full: drained() brings us back here
    m_reply = nullptr;
    reply->deleteLater();
    const int status = m_status;

    if (status >= 300 && status < 400 && status != 304) {
        const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        if (++m_redirects > m_options.maxRedirects || !location.isValid()) {
            fail({TransferError::Kind::BadResponse, tr("The server redirected the download too often or nowhere."), {}});
            return;
        }
        m_currentUrl = m_currentUrl.resolved(location);
        qCDebug(lcTransfer) << "redirected to" << TransferLog::redact(m_currentUrl);
        sendRequest();
        return;
    }
    if (m_bodyAccepted) {
        if (reply->error() == QNetworkReply::NoError
            && (m_record.totalBytes < 0 || m_offset == m_record.totalBytes)) {
            complete();
            return;
        }
        ApiError cause = ResponseParsing::networkError(reply);
        if (reply->error() == QNetworkReply::NoError) {
            cause.kind = ApiError::Kind::Network;
            cause.networkError = QNetworkReply::RemoteHostClosedError;
        }
        retryLater(cause);
        return;
    }
    if (status == 0) {
        retryLater(ResponseParsing::networkError(reply));
        return;
    }
    const ApiError httpError = TransportPolicy::httpError(status, m_errorBody, reply->rawHeaderPairs(),
                                                          QDateTime::currentDateTimeUtc());
    if (status == 416) {
        if (m_record.totalBytes >= 0 && m_offset == m_record.totalBytes) {
            ensureWriter(m_offset); // every byte is on disk already: verify it
            if (m_writer)
                complete();
        } else {
            restartFromZero();
        }
        return;
    }
    if (status == 403 && !TransportPolicy::sameOrigin(m_currentUrl, m_record.url)) {
        // A signed storage URL expired: the API hands out a fresh one, and we go on from m_offset.
        if (madeProgress())
            m_refreshes = 0;
        if (++m_refreshes > m_options.maxUrlRefreshes) {
            fail({TransferError::Kind::Http, ErrorText::describe(httpError), httpError});
            return;
        }
        qCInfo(lcTransfer) << "storage refused the signed URL; asking the API for a fresh one";
        m_currentUrl = m_record.url;
        sendRequest();
        return;
    }
    if (TransportPolicy::isRetryable(httpError)) {
        retryLater(httpError);
        return;
    }
    fail({TransferError::Kind::Http, ErrorText::describe(httpError), httpError});
}

bool Download::madeProgress() const
{
    return m_offset - m_attemptStart >= MeaningfulProgressBytes;
}

void Download::retryLater(const ApiError &cause)
{
    // Only real progress forgives earlier failures: a host that sends a byte and hangs up would
    // otherwise be retried for ever.
    const bool forgiven = madeProgress();
    if (forgiven)
        m_failures = m_refreshes = 0;
    ++m_failures;
    // When, and whether, is the transport policy's to say (attempts, backoff, Retry-After —
    // one too long to wait out is reported, not waited for). A connection that delivered real
    // data and then dropped is worth resuming at once.
    const int delay = m_policy.delayMs(m_failures, cause.retryAfterSeconds);
    if (delay < 0 || !TransportPolicy::isRetryable(cause)) {
        fail({cause.kind == ApiError::Kind::Http ? TransferError::Kind::Http : TransferError::Kind::Network,
              ErrorText::describe(cause), cause});
        return;
    }
    const int wait = forgiven && cause.retryAfterSeconds < 0 ? 0 : delay;
    qCInfo(lcTransfer) << "attempt failed:" << cause.message << "- retrying in" << wait << "ms from byte" << m_offset;
    m_phase = Phase::Waiting;
    m_retryTimer.start(wait);
}

void Download::restartFromZero()
{
    dropReply();
    m_offset = 0;
    if (m_writer)
        m_writer->restart();
    m_record.etag.clear();
    m_record.sha256.clear();
    m_record.totalBytes = -1;
    m_currentUrl = m_record.url;
    if (++m_failures >= m_options.maxAttempts) {
        fail({TransferError::Kind::BadResponse, tr("The archive kept changing during the download."), {}});
        return;
    }
    sendRequest();
}

void Download::complete()
{
    m_phase = Phase::Finishing;
    Q_EMIT verifying();
    m_writer->finish();
}

void Download::onWriterFinished(const QByteArray &sha256Hex, qint64 size)
{
    destroyWriter();
    const bool sizeOk = m_record.totalBytes < 0 || size == m_record.totalBytes;
    if (!sizeOk || QString::fromLatin1(sha256Hex) != m_record.sha256) {
        qCWarning(lcTransfer) << "checksum mismatch for" << m_record.fileName;
        finishSink(false);
        PartFile::remove(m_record.partPath());
        m_offset = 0;
        m_record.bytesDone = 0;
        const QString expected = m_record.sha256;
        m_record.etag.clear();
        m_record.sha256.clear();
        m_record.totalBytes = -1;
        Q_EMIT recordChanged();
        fail({TransferError::Kind::ChecksumMismatch,
              tr("The downloaded archive is damaged: its SHA-256 is %1 but the server announced %2. "
                 "The damaged file was deleted; download it again.")
                  .arg(QString::fromLatin1(sha256Hex), expected), {}});
        return;
    }
    QString finalPath;
    TransferError error;
    if (!FinalPlacement::moveIntoPlace(m_record, m_options.conflict, &finalPath, &error)) {
        fail(error);
        return;
    }
    m_record.bytesDone = size;
    m_phase = Phase::Idle;
    qCInfo(lcTransfer) << "verified and saved" << finalPath;
    finishSink(true);
    Q_EMIT recordChanged();
    Q_EMIT succeeded(finalPath);
}

void Download::onWriterFailed(const TransferError &error)
{
    if (m_phase == Phase::Stopping)
        return; // the close that follows reports the pause
    destroyWriter(); // we are inside its signal; a failed writer writes nothing more
    fail(error);
}

void Download::fail(TransferError error)
{
    dropReply();
    m_retryTimer.stop();
    if (m_writer) {
        disconnect(m_writer.get(), nullptr, this, nullptr);
        reclaimSink();
        m_writer.reset(); // flushes what was queued, so the .part ends where the data ends
    }
    finishSink(false);
    m_record.bytesDone = PartFile::size(m_record.partPath());
    m_offset = m_record.bytesDone;
    m_phase = Phase::Idle;
    qCInfo(lcTransfer) << "download failed:" << error.message;
    Q_EMIT recordChanged();
    Q_EMIT failed(error);
}

void Download::dropReply()
{
    m_flushTimer.stop();
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    reply->deleteLater();
}

bool Download::makeDirectory()
{
    if (QDir().mkpath(m_record.directory))
        return true;
    fail({TransferError::Kind::FileError,
          tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(m_record.directory)), {}});
    return false;
}

void Download::ensureWriter(qint64 keep)
{
    if (m_writer || !makeDirectory())
        return;
    m_writer = std::make_unique<HashingWriter>(m_options.queueBytes, m_options.chunkBytes);
    if (m_sink && keep < m_sinkDelivered)
        finishSink(false); // the .part lost bytes the sink already has: its stream cannot go on
    if (m_sink)
        m_writer->setByteSink(m_sink, m_sinkDelivered);
    connect(m_writer.get(), &HashingWriter::drained, this, [this] {
        if (!m_readerBlocked || !m_reply || !m_bodyAccepted)
            return;
        m_readerBlocked = false;
        if (m_finishPending)
            handleFinished();
        else
            pump();
    });
    connect(m_writer.get(), &HashingWriter::finished, this, &Download::onWriterFinished);
    connect(m_writer.get(), &HashingWriter::failed, this, &Download::onWriterFailed);
    connect(m_writer.get(), &HashingWriter::closed, this, [this](qint64 size) {
        destroyWriter();
        m_record.bytesDone = size;
        m_offset = size;
        m_phase = Phase::Idle;
        Q_EMIT recordChanged();
        Q_EMIT stopped();
    });
    m_writer->open(m_record.partPath(), keep);
}

void Download::reclaimSink()
{
    if (!m_writer || !m_sink)
        return;
    qint64 delivered = 0;
    if (m_writer->detachByteSink(&delivered))
        m_sinkDelivered = delivered;
    else
        m_sink.reset(); // abandoned by a restart from zero; it was told so
}

void Download::finishSink(bool complete)
{
    if (const std::shared_ptr<ByteSink> sink = std::exchange(m_sink, nullptr))
        sink->finish(complete);
    m_sinkDelivered = 0;
}

void Download::destroyWriter()
{
    if (!m_writer)
        return;
    reclaimSink();
    disconnect(m_writer.get(), nullptr, this, nullptr);
    // Called from the writer's own signals: it must outlive this call stack.
    m_writer.release()->deleteLater();
}

qint64 Download::freeSpace(const QString &directory) const
{
    if (m_options.freeSpace)
        return m_options.freeSpace(directory);
    QDir().mkpath(directory);
    const QStorageInfo storage(directory);
    return storage.isValid() ? storage.bytesAvailable() : -1;
}
