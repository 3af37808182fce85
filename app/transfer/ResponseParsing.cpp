#include "ResponseParsing.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRegularExpression>

namespace ResponseParsing {

ContentRange contentRange(const QByteArray &value)
{
    static const QRegularExpression re(QStringLiteral("^\\s*bytes\\s+(\\d{1,18})-(\\d{1,18})/(\\d{1,18}|\\*)\\s*$"));
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(value));
    ContentRange range;
    if (!m.hasMatch())
        return range;
    range.first = m.captured(1).toLongLong();
    range.last = m.captured(2).toLongLong();
    range.total = m.captured(3) == QLatin1String("*") ? -1 : m.captured(3).toLongLong();
    range.valid = range.first <= range.last && (range.total < 0 || range.last < range.total);
    return range;
}

qint64 nonNegative(const QByteArray &value)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty() || v.size() > 18)
        return -1;
    for (const char c : v) {
        if (c < '0' || c > '9')
            return -1;
    }
    return v.toLongLong();
}

int retryAfterSeconds(const QByteArray &value)
{
    const qint64 v = nonNegative(value);
    return v < 0 ? -1 : int(qMin<qint64>(v, 24 * 3600));
}

ApiError httpError(QNetworkReply *reply, const QByteArray &body)
{
    ApiError error;
    error.kind = ApiError::Kind::Http;
    error.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    error.networkError = reply->error();
    error.requestId = QString::fromLatin1(reply->rawHeader("X-Request-Id"));
    error.retryAfterSeconds = retryAfterSeconds(reply->rawHeader("Retry-After"));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonValue inner = doc.object().value(QStringLiteral("error"));
    if (parseError.error != QJsonParseError::NoError || !inner.isObject()
        || !inner.toObject().value(QStringLiteral("code")).isString()) {
        error.parseProblem = QStringLiteral("error body is not the platform's error shape");
        error.message = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        return error;
    }
    const QJsonObject o = inner.toObject();
    error.code = o.value(QStringLiteral("code")).toString();
    error.message = o.value(QStringLiteral("message")).toString();
    if (o.value(QStringLiteral("request_id")).isString())
        error.requestId = o.value(QStringLiteral("request_id")).toString();
    error.details = o.value(QStringLiteral("details")).toObject();
    return error;
}

ApiError networkError(QNetworkReply *reply)
{
    ApiError error;
    error.networkError = reply->error();
    error.kind = reply->error() == QNetworkReply::TimeoutError || reply->error() == QNetworkReply::OperationCanceledError
                     ? ApiError::Kind::Timeout
                     : ApiError::Kind::Network;
    error.message = reply->errorString();
    return error;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
           && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
           && a.port(a.scheme() == QLatin1String("https") ? 443 : 80)
                  == b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

bool isAllowedScheme(const QUrl &url)
{
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() != QLatin1String("http"))
        return false;
    if (url.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

} // namespace ResponseParsing
