#include "RetryPolicy.h"

#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>

RetryPolicy::RetryPolicy(int maxAttempts, int baseBackoffMs, int maxBackoffMs, int maxRetryAfterSeconds)
    : m_maxAttempts(std::max(1, maxAttempts))
    , m_baseBackoffMs(std::max(1, baseBackoffMs))
    , m_maxBackoffMs(std::max(m_baseBackoffMs, maxBackoffMs))
    , m_maxRetryAfterSeconds(maxRetryAfterSeconds)
    , m_random(QRandomGenerator::global())
{
}

bool RetryPolicy::isRetryable(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Timeout:
        return true;
    case ApiError::Kind::Http:
        return error.httpStatus == 429 || (error.httpStatus >= 500 && error.httpStatus <= 599);
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

int RetryPolicy::delayMs(int failedAttempts, int retryAfterSeconds) const
{
    if (failedAttempts >= m_maxAttempts)
        return -1;
    if (retryAfterSeconds >= 0) {
        // A wait longer than this is better shown to the person than spent silently.
        if (retryAfterSeconds > m_maxRetryAfterSeconds)
            return -1;
        // At least what the server asked, plus a little jitter so that many clients told the
        // same number don't all come back in the same millisecond.
        const int jitter = int(m_random->bounded(std::min(m_baseBackoffMs, 1000) + 1));
        return retryAfterSeconds * 1000 + jitter;
    }
    // Exponential backoff with "equal jitter": half fixed (so the wait really grows), half random
    // (so clients that failed together spread out).
    const int exponent = std::min(failedAttempts - 1, 20);
    const qint64 ceiling = std::min<qint64>(qint64(m_baseBackoffMs) << exponent, m_maxBackoffMs);
    const qint64 half = ceiling / 2;
    return int(half + qint64(m_random->bounded(double(ceiling - half + 1))));
}

int RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const qlonglong seconds = v.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(std::min<qlonglong>(seconds, 24 * 3600));
    // HTTP-date, e.g. "Wed, 25 Nov 2026 08:00:00 GMT".
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(v), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    when.setTimeSpec(Qt::UTC);
    const qint64 secs = now.secsTo(when);
    return int(std::clamp<qint64>(secs, 0, 24 * 3600));
}
