#include "ApiCall.h"

#include "ApiClient.h"
#include "ApiParser.h"
#include "util/Clock.h"
#include "util/LogCategories.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>


namespace {

// A redirect's body is never used.
constexpr qint64 MaxRedirectBodyBytes = 64 * 1024;
constexpr int MaxRedirects = 5;
// Back-pressure: Qt stops reading the socket once this much is waiting for us, so a huge body
// never piles up in memory between two of our reads.
constexpr qint64 ReadBufferBytes = 256 * 1024;

ApiCall::Outcome withError(const ApiError &error)
{
    ApiCall::Outcome o;
    o.error = error;
    return o;
}

} // namespace

ApiCall::ApiCall(ApiClient *client, RequestQueue *queue, QByteArray method, const QUrl &url,
                 QByteArray body, QString idempotencyKey, Decoder::Single decoder, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_queue(queue)
    , m_method(std::move(method))
    , m_originalUrl(url)
    , m_url(url)
    , m_body(std::move(body))
    , m_idempotencyKey(std::move(idempotencyKey))
    , m_decoder(std::move(decoder))
    , m_policy(client->options())
{
    m_stall.setSingleShot(true);
    m_deadline.setSingleShot(true);
    m_backoff.setSingleShot(true);
    // A coarse timer may fire up to 5% early, which would retry before Retry-After.
    m_backoff.setTimerType(Qt::PreciseTimer);
    connect(&m_stall, &QTimer::timeout, this, [this] { abortWith(Abort::Stalled); });
    connect(&m_deadline, &QTimer::timeout, this, [this] { abortWith(Abort::Deadline); });
    connect(&m_backoff, &QTimer::timeout, this, &ApiCall::queueAttempt);
}

ApiCall::~ApiCall()
{
    // The client may be half-destroyed here: touch only what this object owns.
    if (m_ticket && m_queue)
        m_queue->cancel(*m_ticket);
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiCall::start()
{
    queueAttempt();
}

void ApiCall::queueAttempt()
{
    if (!m_queue) {
        ApiError e;
        e.kind = ApiError::Kind::Cancelled;
        complete(withError(e));
        return;
    }
    m_ticket = m_queue->enqueue([this] {
        m_ticket.reset();
        // The deadline counts from the first send: waiting for the client's own rate limit is
        // not the platform failing to answer.
        if (!m_sinceStart.isValid())
            m_sinceStart.start();
        ++m_attempts;
        // Every retry starts from the address the caller asked for, not from a redirect target.
        m_url = m_originalUrl;
        m_redirects = 0;
        send();
    });
}

void ApiCall::send()
{
    QNetworkRequest request = m_client->makeRequest(m_url);
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(0); // our own timers decide, so we know it was a timeout
    // Qt would inflate a gzip body before our size cap sees it, so a small compressed "bomb"
    // could grow without bound: ask for the body as it is (a server that compresses anyway
    // sends bytes that are not JSON, and the reply is refused).
    request.setRawHeader("Accept-Encoding", "identity");
    if (m_method == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Idempotency-Key", m_idempotencyKey.toUtf8());
    }
    m_received.clear();
    m_cap = 0;
    m_abort = Abort::None;
    QNetworkAccessManager *nam = m_client->network();
    if (m_method == "GET")
        m_reply = nam->get(request);
    else if (m_method == "POST")
        m_reply = nam->post(request, m_body);
    else
        m_reply = nam->sendCustomRequest(request, m_method, m_body);
    m_reply->setReadBufferSize(ReadBufferBytes);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ApiCall::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &ApiCall::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onFinished);
    const TransportPolicy::Settings &limits = m_policy.settings();
    m_stall.start(limits.stallTimeoutMs);
    const qint64 callLeft = limits.callDeadlineMs - m_sinceStart.elapsed();
    m_deadline.start(int(std::clamp<qint64>(std::min<qint64>(limits.attemptDeadlineMs, callLeft), 0, limits.attemptDeadlineMs)));
}

void ApiCall::onMetaData()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 200 && status < 300)
        m_cap = m_client->options().maxBodyBytes;
    else if (status >= 300 && status < 400)
        m_cap = MaxRedirectBodyBytes;
    else
        m_cap = TransportPolicy::MaxErrorBodyBytes;
    // Refuse early when the server announces too much, before a single byte is buffered.
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_cap)
        abortWith(Abort::TooLarge);
}

void ApiCall::onReadyRead()
{
    if (!m_reply)
        return;
    m_stall.start(m_policy.settings().stallTimeoutMs); // data is arriving: not stalled
    if (m_cap == 0)
        onMetaData();
    if (!m_reply || m_abort != Abort::None)
        return;
    m_received += m_reply->read(m_cap - m_received.size() + 1);
    if (m_received.size() > m_cap)
        abortWith(Abort::TooLarge);
}

void ApiCall::abortWith(Abort reason)
{
    if (!m_reply)
        return;
    m_abort = reason;
    m_reply->abort(); // emits finished() at once; onFinished() reads m_abort
}

void ApiCall::onFinished()
{
    m_stall.stop();
    m_deadline.stop();
    if (!m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_abort == Abort::None) {
        if (m_cap == 0)
            onMetaData();
        if (m_abort == Abort::None) {
            m_received += m_reply->read(m_cap - m_received.size() + 1);
            if (m_received.size() > m_cap)
                m_abort = Abort::TooLarge;
        }
    }
    captureMeta(status);
    const QNetworkReply::NetworkError netError = m_reply->error();
    const QString netMessage = m_reply->errorString();
    const Abort abort = m_abort;
    releaseReply();

    ApiError e;
    e.httpStatus = status;
    e.requestId = m_outcome.requestId;
    switch (abort) {
    case Abort::Cancelled:
        e.kind = ApiError::Kind::Cancelled;
        log(status, QStringLiteral("cancelled"));
        complete(withError(e));
        return;
    case Abort::Stalled:
    case Abort::Deadline:
        e.kind = ApiError::Kind::Timeout;
        e.networkError = QNetworkReply::TimeoutError;
        e.message = abort == Abort::Stalled
            ? QStringLiteral("nothing received for %1 ms").arg(m_policy.settings().stallTimeoutMs)
            : QStringLiteral("not complete within %1 ms").arg(m_policy.settings().attemptDeadlineMs);
        log(status, e.message);
        Q_EMIT reachability(status != 0); // headers arrived: the server is there, just slow
        failOrRetry(e);
        return;
    case Abort::TooLarge:
        Q_EMIT reachability(true);
        if (status >= 400) {
            e.kind = ApiError::Kind::Http;
            e.parseProblem = QStringLiteral("error response larger than %1 bytes").arg(m_cap);
            log(status, QStringLiteral("error body too large"));
            failOrRetry(e);
        } else {
            e.kind = ApiError::Kind::BadResponse;
            e.parseProblem = QStringLiteral("response larger than %1 bytes; refused").arg(m_cap);
            log(status, QStringLiteral("body too large"));
            complete(withError(e));
        }
        return;
    case Abort::None:
        break;
    }

    // A 2xx whose body was cut short also carries a network error: it is not a success.
    const bool transportFailed = netError != QNetworkReply::NoError
        && (status == 0 || (status >= 200 && status < 400));
    if (transportFailed) {
        e.kind = ApiError::Kind::Network;
        e.networkError = netError;
        e.message = netMessage;
        log(status, QStringLiteral("network error %1").arg(int(netError)));
        Q_EMIT reachability(status != 0);
        failOrRetry(e);
        return;
    }
    Q_EMIT reachability(true);
    if (status >= 300 && status < 400)
        handleRedirect(status);
    else if (status >= 200 && status < 300)
        handleSuccess(status);
    else
        handleHttp(status);
}

void ApiCall::handleSuccess(int status)
{
    log(status, {});
    Outcome o;
    if (m_received.trimmed().isEmpty() && status == 204) {
        complete(o);
        return;
    }
    const Result<QJsonValue> doc = ApiParser::document(m_received);
    std::optional<ParseError> problem;
    if (!doc.ok())
        problem = doc.error();
    else if (m_decoder)
        problem = m_decoder(doc.value(), o.value);
    if (problem) {
        o.error.kind = ApiError::Kind::BadResponse;
        o.error.httpStatus = status;
        o.error.requestId = m_outcome.requestId;
        o.error.parseProblem = problem->toString();
        qCWarning(lcApi).noquote() << "response not understood:" << o.error.parseProblem
                                   << "request" << m_outcome.requestId;
        complete(o);
        return;
    }
    o.json = doc.value();
    complete(o);
}

void ApiCall::handleHttp(int status)
{
    const ApiError e = TransportPolicy::httpError(status, m_received, m_outcome.headers, Clock::system()->now());
    log(status, e.code);
    failOrRetry(e);
}

void ApiCall::handleRedirect(int status)
{
    const QByteArray location = TransportPolicy::header(m_outcome.headers, "Location");
    const QUrl target = m_url.resolved(QUrl(QString::fromUtf8(location), QUrl::StrictMode));
    ApiError e;
    e.kind = ApiError::Kind::BadResponse;
    e.httpStatus = status;
    e.requestId = m_outcome.requestId;
    if (location.isEmpty() || !target.isValid()) {
        e.parseProblem = QStringLiteral("redirect (%1) without a usable Location").arg(status);
    } else if (!m_client->isApiOrigin(target)) {
        // The whole point of handling redirects ourselves: an API call never leaves the API's
        // origin, so the key can never be carried elsewhere.
        e.parseProblem = QStringLiteral("redirect (%1) to another origin (%2) refused").arg(status).arg(
            target.toString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment));
    } else if (m_redirects >= MaxRedirects) {
        e.parseProblem = QStringLiteral("more than %1 redirects").arg(MaxRedirects);
    } else if (m_method != "GET" && status != 307 && status != 308) {
        // 301/302/303 would turn a POST into a GET and silently drop the action.
        e.parseProblem = QStringLiteral("%1 answered with redirect %2").arg(QString::fromLatin1(m_method)).arg(status);
    } else {
        ++m_redirects;
        log(status, QStringLiteral("redirect to ") + target.path());
        m_url = target;
        m_ticket = m_queue->enqueue([this] {
            m_ticket.reset();
            send();
        });
        return;
    }
    log(status, e.parseProblem);
    complete(withError(e));
}

void ApiCall::failOrRetry(ApiError error)
{
    if (TransportPolicy::isRetryable(error)) {
        const int delay = m_policy.delayMs(m_attempts, error.retryAfterSeconds);
        // A retry that could not even start before the call's deadline is not worth waiting for:
        // the person hears now what went wrong.
        const bool inTime = m_sinceStart.elapsed() + delay < m_policy.settings().callDeadlineMs;
        if (delay >= 0 && inTime) {
            if (error.httpStatus == 429 && error.retryAfterSeconds >= 0 && m_queue)
                m_queue->holdFor(qint64(error.retryAfterSeconds) * 1000);
            qCDebug(lcApi).noquote() << m_method << m_originalUrl.path() << "retry in" << delay << "ms";
            Q_EMIT retrying(error, m_attempts, m_policy.settings().maxAttempts, delay);
            m_backoff.start(delay);
            return;
        }
    }
    complete(withError(error));
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    if (m_ticket && m_queue)
        m_queue->cancel(*m_ticket);
    m_ticket.reset();
    m_backoff.stop();
    if (m_reply) {
        abortWith(Abort::Cancelled);
        return;
    }
    ApiError e;
    e.kind = ApiError::Kind::Cancelled;
    complete(withError(e));
}

void ApiCall::complete(Outcome outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    m_stall.stop();
    m_deadline.stop();
    m_backoff.stop();
    outcome.attempts = m_attempts;
    outcome.httpStatus = m_outcome.httpStatus;
    outcome.requestId = m_outcome.requestId;
    outcome.replayed = m_outcome.replayed;
    outcome.headers = m_outcome.headers;
    // Always from the event loop: a caller that just started or cancelled a call must not be
    // re-entered from inside that call.
    QMetaObject::invokeMethod(
        this,
        [this, outcome] {
            if (outcome.error.isUnauthorized())
                Q_EMIT unauthorized(outcome.error);
            Q_EMIT done(outcome);
        },
        Qt::QueuedConnection);
}

void ApiCall::captureMeta(int status)
{
    m_outcome.httpStatus = status;
    m_outcome.requestId = QString::fromLatin1(m_reply->rawHeader("X-Request-Id"));
    m_outcome.replayed = m_reply->rawHeader("Idempotent-Replayed").trimmed().compare("true", Qt::CaseInsensitive) == 0;
    m_outcome.headers = m_reply->rawHeaderPairs();
}

void ApiCall::releaseReply()
{
    if (!m_reply)
        return;
    disconnect(m_reply, nullptr, this, nullptr);
    m_reply->deleteLater();
    m_reply = nullptr;
}

void ApiCall::log(int status, const QString &what) const
{
    // Path and query only: the Authorization header is never logged, and API URLs carry no secret.
    qCDebug(lcApi).noquote() << m_method << m_url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority)
                             << (status ? QString::number(status) : QStringLiteral("-")) << "attempt" << m_attempts
                             << "request" << (m_outcome.requestId.isEmpty() ? QStringLiteral("-") : m_outcome.requestId)
                             << what;
}
