#include "Download.h"

#include "ByteSink.h"
#include "CurlRequest.h"
#include "CurlSession.h"
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
#include <QStorageInfo>
#include <QVarLengthArray>

#include <cstring>

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
    , m_session(CurlSession::forThisThread())
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &Download::sendRequest);
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(50);
    connect(&m_flushTimer, &QTimer::timeout, this, &Download::flushBlock);
}

Download::Download(const RequestFactory &requests, const TransferRecord &record, QObject *parent)
    : Download(requests, record, Options(), parent)
{
}

Download::~Download()
{
    dropRequest();
    flushBlock();
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
    dropRequest();
    m_retryTimer.stop();
    if (m_writer) {
        flushBlock();
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
    RequestFactory::Headers headers = m_requests.headers(m_currentUrl, keyAllowed);
    m_requestedFrom = m_offset;
    if (m_offset > 0) {
        headers.append({QByteArrayLiteral("Range"), "bytes=" + QByteArray::number(m_offset) + '-'});
        headers.append({QByteArrayLiteral("If-Range"), m_record.etag.toUtf8()});
    }
    m_status = 0;
    m_bodyAccepted = false;
    m_errorBody.clear();
    m_attemptStart = m_offset;
    m_phase = Phase::Requesting;
    qCDebug(lcTransfer) << "GET" << TransferLog::redact(m_currentUrl) << "from byte" << m_offset;

    CurlRequest::Settings settings;
    settings.receiveBytes = qMin(m_options.receiveBytes, m_options.chunkBytes); // a piece fits a block
    settings.stallTimeoutMs = m_options.stallTimeoutMs;
    // Not a child: a slot of ours may drop the request from inside its own callback, and Download
    // itself may be deleted there; the request is always deleted later, from the event loop.
    auto *request = new CurlRequest(m_session, m_currentUrl, headers, settings,
                                    [this](const char *data, qint64 size) { return onBody(data, size); });
    m_request = request;
    connect(request, &CurlRequest::responseStarted, this, &Download::onResponseStarted);
    connect(request, &CurlRequest::finished, this, &Download::onFinished);
    request->start();
}

void Download::onResponseStarted()
{
    if (!m_request || sender() != m_request || m_status != 0)
        return;
    m_status = m_request->status();
    if (m_status == 200 || m_status == 206) {
        m_redirects = 0;
        m_bodyAccepted = acceptResponse(m_status);
    }
}

bool Download::acceptResponse(int status)
{
    const CurlRequest *request = m_request;
    const QByteArray checksum = request->header("X-Checksum-SHA256").toLower();
    const QString etag = QString::fromLatin1(request->header("ETag"));
    if (!Sha256::isHexDigest(checksum)) {
        fail({TransferError::Kind::BadResponse,
              tr("The server did not send the archive's checksum, so the download cannot be verified."), {}});
        return false;
    }
    if (status == 206) {
        const auto range = ResponseParsing::contentRange(request->header("Content-Range"));
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
            if (m_writer) {
                dropBlock();
                m_writer->restart();
            }
            m_offset = 0;
        }
        m_record.etag = etag;
        m_record.sha256 = QString::fromLatin1(checksum);
        m_record.totalBytes = ResponseParsing::nonNegative(request->header("Content-Length"));
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
        if (m_record.fileName.isEmpty() && !chooseFileName())
            return false;
        Q_EMIT recordChanged();
    }
    ensureWriter(m_offset);
    return m_writer != nullptr;
}

bool Download::chooseFileName()
{
    const QString name = SafeFileName::fromContentDisposition(m_request->header("Content-Disposition"));
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

bool Download::onBody(const char *data, qint64 size)
{
    if (!m_bodyAccepted) {
        // Error and redirect bodies: keep the start of an error for its message, drop the rest.
        if (m_status >= 400 && m_errorBody.size() < TransportPolicy::MaxErrorBodyBytes)
            m_errorBody.append(data, qMin(size, TransportPolicy::MaxErrorBodyBytes - m_errorBody.size()));
        return true;
    }
    if (!m_writer)
        return true; // failed meanwhile; the request is being dropped
    if (m_record.totalBytes >= 0 && m_offset + size > m_record.totalBytes) {
        fail({TransferError::Kind::BadResponse, tr("The server sent more bytes than the archive's size."), {}});
        return true;
    }
    if (!take(data, size))
        return false; // the ring is full: the transfer pauses until drained()
    m_received += size;
    return true;
}

bool Download::take(const char *data, qint64 size)
{
    // Every block this piece needs is claimed before a byte is copied: a piece is taken whole or
    // not at all, because libcurl hands a declined piece over again.
    const qint64 blockBytes = m_writer->blockBytes();
    const qint64 room = m_block ? blockBytes - m_filled : 0;
    QVarLengthArray<char *, 4> fresh;
    for (qint64 needed = size - room; needed > 0; needed -= blockBytes) {
        char *block = m_writer->acquire();
        if (!block) {
            for (char *unused : fresh)
                m_writer->submit(unused, 0);
            return false;
        }
        fresh.append(block);
    }
    qint64 copied = 0;
    for (int next = 0;; ++next) {
        const qint64 n = qMin(size - copied, m_block ? blockBytes - m_filled : 0);
        if (n > 0) {
            std::memcpy(m_block + m_filled, data + copied, size_t(n));
            m_filled += n;
            copied += n;
            m_offset += n;
        }
        if (m_block && m_filled == blockBytes)
            flushBlock();
        if (copied == size || next >= fresh.size())
            break;
        m_block = fresh[next];
        m_filled = 0;
    }
    // A slow trickle still reaches the disk, the digest and the progress within 50 ms.
    if (m_block && !m_flushTimer.isActive())
        m_flushTimer.start();
    // When the next piece may not fit, stop receiving now: a piece declined later would be
    // copied by libcurl into a fresh buffer of its own (a hundred page faults a time).
    const qint64 left = m_block ? blockBytes - m_filled : 0;
    if (m_request && left < qMin(m_options.receiveBytes, blockBytes)
        && !m_writer->wantRoom(m_writer->blockCount() / 2)) // half the ring free again: go on
        m_request->pause();
    return true;
}

void Download::flushBlock()
{
    m_flushTimer.stop();
    if (!m_block || !m_writer)
        return;
    m_writer->submit(std::exchange(m_block, nullptr), std::exchange(m_filled, 0));
    Q_EMIT progress(m_offset, m_record.totalBytes);
}

void Download::dropBlock()
{
    m_flushTimer.stop();
    if (m_block && m_writer)
        m_writer->submit(m_block, 0);
    m_offset -= m_filled;
    m_block = nullptr;
    m_filled = 0;
}

void Download::onFinished()
{
    CurlRequest *request = m_request;
    if (!request || sender() != request)
        return;
    flushBlock(); // whatever arrived before the end is good data
    m_request = nullptr;
    request->deleteLater();
    const int status = m_status;
    const ApiError transport = request->error();

    if (status >= 300 && status < 400 && status != 304) {
        const QUrl location = QUrl::fromEncoded(request->header("Location"));
        if (++m_redirects > m_options.maxRedirects || !location.isValid() || location.isEmpty()) {
            fail({TransferError::Kind::BadResponse, tr("The server redirected the download too often or nowhere."), {}});
            return;
        }
        m_currentUrl = m_currentUrl.resolved(location);
        qCDebug(lcTransfer) << "redirected to" << TransferLog::redact(m_currentUrl);
        sendRequest();
        return;
    }
    if (m_bodyAccepted) {
        if (!transport.isError() && (m_record.totalBytes < 0 || m_offset == m_record.totalBytes)) {
            complete();
            return;
        }
        ApiError cause = transport;
        if (!transport.isError()) {
            cause.kind = ApiError::Kind::Network;
            cause.networkError = QNetworkReply::RemoteHostClosedError;
        }
        retryLater(cause);
        return;
    }
    if (status == 0 || (transport.isError() && status < 300)) {
        retryLater(transport);
        return;
    }
    const ApiError httpError = TransportPolicy::httpError(status, m_errorBody, request->headers(),
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
    dropRequest();
    if (m_writer) {
        dropBlock();
        m_writer->restart();
    }
    m_offset = 0;
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
    dropRequest();
    m_retryTimer.stop();
    if (m_writer) {
        flushBlock();
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

void Download::dropRequest()
{
    if (!m_request)
        return;
    CurlRequest *request = m_request;
    m_request = nullptr;
    disconnect(request, nullptr, this, nullptr);
    request->abort();
    request->deleteLater();
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
        if (m_request && m_bodyAccepted)
            m_request->resume(); // hands over the piece the full ring declined
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
    dropBlock();
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
