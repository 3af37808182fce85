#include "TransportPolicy.h"

#include "ApiParser.h"

#include <QHostAddress>
#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>


namespace {

int defaultPort(const QString &scheme)
{
    return scheme.compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443
         : scheme.compare(QLatin1String("http"), Qt::CaseInsensitive) == 0  ? 80
                                                                 : -1;
}

} // namespace

TransportPolicy::TransportPolicy()
    : TransportPolicy(Settings{})
{
}

TransportPolicy::TransportPolicy(const Settings &settings)
    : m_settings(settings)
    , m_random(QRandomGenerator::global())
{
    m_settings.maxAttempts = std::max(1, m_settings.maxAttempts);
    m_settings.baseBackoffMs = std::max(1, m_settings.baseBackoffMs);
    m_settings.maxBackoffMs = std::max(m_settings.baseBackoffMs, m_settings.maxBackoffMs);
}

bool TransportPolicy::isRetryable(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Timeout:
        return true;
    case ApiError::Kind::Http:
        return error.httpStatus == 408 || error.httpStatus == 429
            || (error.httpStatus >= 500 && error.httpStatus <= 599);
    case ApiError::Kind::Network:
        switch (error.networkError) {
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::TimeoutError:
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
        case QNetworkReply::UnknownNetworkError:
        case QNetworkReply::ProxyConnectionClosedError:
        case QNetworkReply::ProxyTimeoutError:
        case QNetworkReply::ContentReSendError:
        case QNetworkReply::InternalServerError:
        case QNetworkReply::ServiceUnavailableError:
        case QNetworkReply::UnknownServerError:
        case QNetworkReply::ProtocolFailure:
            return true;
        default:
            return false;
        }
    case ApiError::Kind::None:
    case ApiError::Kind::BadResponse:
    case ApiError::Kind::InsecureUrl:
    case ApiError::Kind::Cancelled:
    case ApiError::Kind::NoCredentials:
        break;
    }
    return false;
}

int TransportPolicy::delayMs(int failedAttempts, int retryAfterSeconds) const
{
    if (failedAttempts >= m_settings.maxAttempts)
        return -1;
    if (retryAfterSeconds >= 0) {
        // A wait longer than this is better shown to the person than spent silently.
        if (retryAfterSeconds > m_settings.maxRetryAfterSeconds)
            return -1;
        // At least what the server asked, plus a little jitter so that many clients told the
        // same number don't all come back in the same millisecond.
        const int jitter = int(m_random->bounded(std::min(m_settings.baseBackoffMs, 1000) + 1));
        return retryAfterSeconds * 1000 + jitter;
    }
    // Exponential backoff with "equal jitter": half fixed (so the wait really grows), half random
    // (so clients that failed together spread out).
    const int exponent = std::clamp(failedAttempts - 1, 0, 20);
    const qint64 ceiling = std::min<qint64>(qint64(m_settings.baseBackoffMs) << exponent, m_settings.maxBackoffMs);
    const qint64 half = ceiling / 2;
    return int(half + qint64(m_random->bounded(double(ceiling - half + 1))));
}

int TransportPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    if (std::all_of(v.cbegin(), v.cend(), [](char c) { return c >= '0' && c <= '9'; })) {
        // More digits than fit a number still mean "a very long time", never "no wait".
        if (v.size() > 9)
            return MaxRetryAfterSeconds;
        return int(std::min<qlonglong>(v.toLongLong(), MaxRetryAfterSeconds));
    }
    // HTTP-date, e.g. "Wed, 25 Nov 2026 08:00:00 GMT".
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(v), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    when.setTimeSpec(Qt::UTC);
    return int(std::clamp<qint64>(now.secsTo(when), 0, MaxRetryAfterSeconds));
}

QByteArray TransportPolicy::header(const QList<QNetworkReply::RawHeaderPair> &headers, const char *name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

ApiError TransportPolicy::httpError(int status, const QByteArray &body,
                                    const QList<QNetworkReply::RawHeaderPair> &headers, const QDateTime &now)
{
    ApiError e;
    e.kind = ApiError::Kind::Http;
    e.httpStatus = status;
    e.retryAfterSeconds = parseRetryAfter(header(headers, "Retry-After"), now);
    // Anything that is not the platform's error shape (a proxy's HTML page, an empty or cut-off
    // body) is still an HTTP error with its status, and the reason is kept for the details.
    if (body.size() > MaxErrorBodyBytes) {
        e.parseProblem = QStringLiteral("error body larger than %1 bytes").arg(MaxErrorBodyBytes);
    } else if (const Result<QJsonValue> doc = ApiParser::document(body); !doc.ok()) {
        e.parseProblem = QStringLiteral("error body is not JSON: ") + doc.error().toString();
    } else if (const Result<ApiError> shaped = ApiParser::errorBody(doc.value()); !shaped.ok()) {
        e.parseProblem = QStringLiteral("error body is not the platform's error shape: ") + shaped.error().toString();
    } else {
        e.code = shaped->code;
        e.message = shaped->message;
        e.requestId = shaped->requestId;
        e.details = shaped->details;
    }
    if (e.requestId.isEmpty())
        e.requestId = QString::fromLatin1(header(headers, "X-Request-Id"));
    return e;
}

bool TransportPolicy::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QString h = host;
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}

bool TransportPolicy::isPermittedUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("https") || (scheme == QLatin1String("http") && isLoopbackHost(url.host()));
}

bool TransportPolicy::sameOrigin(const QUrl &a, const QUrl &b)
{
    if (!a.isValid() || !b.isValid())
        return false;
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(defaultPort(a.scheme())) == b.port(defaultPort(b.scheme()));
}
