#include "ErrorText.h"

#include "util/Format.h"

#include <QCoreApplication>


namespace {

// Sentences are spelled out as QCoreApplication::translate("ErrorText", …) everywhere so lupdate
// finds every one under one context.

// Control characters are dropped: a hostile server must not reach a terminal's escape sequences
// (or break a dialog's layout) through its message.
QString clean(const QString &text)
{
    QString t;
    t.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\n' || c == u'\t')
            t.append(u' ');
        else if (c.category() != QChar::Other_Control && c.category() != QChar::Other_Format)
            t.append(c);
    }
    return t.trimmed();
}

// Server and Qt messages are inserted into our sentences: make sure the whole still ends like one.
QString asSentence(const QString &text)
{
    const QString t = clean(text);
    if (t.isEmpty() || t.endsWith(u'.') || t.endsWith(u'!') || t.endsWith(u'?'))
        return t;
    return t + u'.';
}

// A Retry-After too long to wait out silently (more than a couple of minutes): said as a
// duration a person reads ("2 h 0 min"), not as thousands of seconds.
constexpr int LongWaitSeconds = 120;

QString longWaitText(const ApiError &e)
{
    if (e.retryAfterSeconds <= LongWaitSeconds)
        return {};
    const QString wait = Format::duration(e.retryAfterSeconds);
    if (e.httpStatus == 429)
        return QCoreApplication::translate("ErrorText", "Too many requests were made with this API key, and the platform asks to wait %1 "
                  "before the next one. Try again later.").arg(wait);
    return QCoreApplication::translate("ErrorText", "The platform is temporarily unavailable and asks to wait %1 before trying again.")
        .arg(wait);
}

QString networkText(const ApiError &e)
{
    switch (e.networkError) {
    case QNetworkReply::ConnectionRefusedError:
        return QCoreApplication::translate("ErrorText", "The server refused the connection. It may be down, or the API address may be wrong.");
    case QNetworkReply::HostNotFoundError:
        return QCoreApplication::translate("ErrorText", "The server's address could not be found. Check the API address and your internet connection.");
    case QNetworkReply::RemoteHostClosedError:
        return QCoreApplication::translate("ErrorText", "The server closed the connection unexpectedly. Try again in a moment.");
    case QNetworkReply::TimeoutError:
        return QCoreApplication::translate("ErrorText", "The server did not answer in time. Check your connection and try again.");
    case QNetworkReply::SslHandshakeFailedError:
        return QCoreApplication::translate("ErrorText", "A secure (TLS) connection to the server could not be established: its certificate "
                  "was not accepted. Nothing was sent. Check the API address, or your network may be "
                  "intercepting secure connections.");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
        return QCoreApplication::translate("ErrorText", "The network is not available. Check your connection and try again.");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return QCoreApplication::translate("ErrorText", "The proxy server could not be used. Check your proxy settings.");
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return QCoreApplication::translate("ErrorText", "The server redirected the request in a way that is not allowed.");
    default:
        break;
    }
    if (!e.message.isEmpty())
        return QCoreApplication::translate("ErrorText", "A network error occurred (%1).").arg(clean(e.message));
    return QCoreApplication::translate("ErrorText", "A network error occurred. Check your connection and try again.");
}

// Sentences for the platform's documented error codes; empty for codes we don't know.
QString codeText(const ApiError &e)
{
    const QString &c = e.code;
    if (c == QLatin1String("unauthorized"))
        return QCoreApplication::translate("ErrorText", "The API key was revoked or has expired, or it is not valid. Enter a new API key.");
    if (c == QLatin1String("forbidden"))
        return QCoreApplication::translate("ErrorText", "This API key is not allowed to do this. Ask an administrator of your organization "
                  "for a key with the needed access.");
    if (c == QLatin1String("not_found"))
        return QCoreApplication::translate("ErrorText", "It was not found. It may have been deleted, or you may not have access to it.");
    if (c == QLatin1String("environment_busy"))
        return QCoreApplication::translate("ErrorText", "Another snapshot or restore is already running on this environment. Wait for it "
                  "to finish, then try again.");
    if (c == QLatin1String("snapshot_not_ready")) {
        const QString status = e.details.value(QLatin1String("status")).toString();
        if (status.isEmpty())
            return QCoreApplication::translate("ErrorText", "This snapshot is not ready. Only a ready snapshot can be restored or downloaded.");
        return QCoreApplication::translate("ErrorText", "This snapshot is not ready (it is %1). Only a ready snapshot can be restored or "
                  "downloaded.").arg(status);
    }
    if (c == QLatin1String("rate_limited")) {
        if (e.retryAfterSeconds > 0)
            return QCoreApplication::translate("ErrorText", "Too many requests were made with this API key. Wait %n second(s) and try again.", nullptr, e.retryAfterSeconds);
        return QCoreApplication::translate("ErrorText", "Too many requests were made with this API key. Wait a moment and try again.");
    }
    if (c == QLatin1String("idempotency_key_reused"))
        return QCoreApplication::translate("ErrorText", "This action was already submitted with different settings, so it was not repeated. "
                  "Start it again as a new action.");
    if (c == QLatin1String("validation_failed")) {
        if (!e.message.isEmpty())
            return QCoreApplication::translate("ErrorText", "The platform refused the request: %1").arg(asSentence(e.message));
        return QCoreApplication::translate("ErrorText", "The platform refused the request because a value was not valid.");
    }
    if (c == QLatin1String("bad_request") || c == QLatin1String("missing_idempotency_key"))
        return QCoreApplication::translate("ErrorText", "The platform could not understand the request. This is a bug in the app; please "
                  "report it with the request id.");
    if (c == QLatin1String("range_not_satisfiable"))
        return QCoreApplication::translate("ErrorText", "The download could not be resumed where it stopped.");
    if (c == QLatin1String("unavailable"))
        return QCoreApplication::translate("ErrorText", "The platform is temporarily unavailable (maintenance or overload). Try again later.");
    if (c == QLatin1String("internal"))
        return QCoreApplication::translate("ErrorText", "The platform had an internal error. Try again later; if it keeps happening, "
                  "contact support with the request id.");
    return {};
}

// For error responses without the platform's error shape (a proxy's HTML page, an empty body).
QString statusText(const ApiError &e)
{
    switch (e.httpStatus) {
    case 400: return QCoreApplication::translate("ErrorText", "The platform could not understand the request (HTTP 400).");
    case 401: return QCoreApplication::translate("ErrorText", "The API key was revoked or has expired, or it is not valid (HTTP 401). Enter a new API key.");
    case 403: return QCoreApplication::translate("ErrorText", "Access was denied (HTTP 403).");
    case 404: return QCoreApplication::translate("ErrorText", "It was not found (HTTP 404).");
    case 409: return QCoreApplication::translate("ErrorText", "The request conflicts with work already in progress (HTTP 409). Try again later.");
    case 413: return QCoreApplication::translate("ErrorText", "The request was too large for the server (HTTP 413).");
    case 422: return QCoreApplication::translate("ErrorText", "The platform refused the request as invalid (HTTP 422).");
    case 429:
        if (e.retryAfterSeconds > 0)
            return QCoreApplication::translate("ErrorText", "Too many requests (HTTP 429). Wait %n second(s) and try again.", nullptr, e.retryAfterSeconds);
        return QCoreApplication::translate("ErrorText", "Too many requests (HTTP 429). Wait a moment and try again.");
    case 500: return QCoreApplication::translate("ErrorText", "The platform had an internal error (HTTP 500). Try again later.");
    case 502: return QCoreApplication::translate("ErrorText", "A gateway in front of the platform failed (HTTP 502). Try again in a moment.");
    case 503: return QCoreApplication::translate("ErrorText", "The platform is temporarily unavailable (HTTP 503). Try again later.");
    case 504: return QCoreApplication::translate("ErrorText", "A gateway in front of the platform timed out (HTTP 504). Try again in a moment.");
    default: break;
    }
    if (e.httpStatus >= 500)
        return QCoreApplication::translate("ErrorText", "The server failed with HTTP status %1. Try again later.").arg(e.httpStatus);
    return QCoreApplication::translate("ErrorText", "The server refused the request with HTTP status %1.").arg(e.httpStatus);
}

QString httpText(const ApiError &e)
{
    QString text = longWaitText(e);
    if (!text.isEmpty())
        return text;
    text = codeText(e);
    if (!text.isEmpty())
        return text;
    // A code this version doesn't know: the server's own message is the best we have.
    if (!e.code.isEmpty() && !e.message.trimmed().isEmpty())
        return asSentence(e.message);
    return statusText(e);
}

QString badResponseText(const ApiError &e)
{
    if (e.httpStatus >= 300 && e.httpStatus < 400)
        return QCoreApplication::translate("ErrorText", "The server redirected the request to another address. It was not followed, so "
                  "that the API key is never sent anywhere else.");
    if (!e.parseProblem.isEmpty())
        return QCoreApplication::translate("ErrorText", "The server sent a response the app could not understand (%1).").arg(e.parseProblem);
    return QCoreApplication::translate("ErrorText", "The server sent a response the app could not understand.");
}

} // namespace

namespace ErrorText {

QString describe(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::None:
        return {};
    case ApiError::Kind::Network:
        return networkText(error);
    case ApiError::Kind::Timeout:
        return QCoreApplication::translate("ErrorText", "The server did not answer in time, even after several tries. Check your "
                  "connection and try again.");
    case ApiError::Kind::Http:
        return httpText(error);
    case ApiError::Kind::BadResponse:
        return badResponseText(error);
    case ApiError::Kind::InsecureUrl:
        if (!error.message.isEmpty())
            return error.message;
        return QCoreApplication::translate("ErrorText", "The API address is not allowed: it must use https (plain http only to this computer).");
    case ApiError::Kind::Cancelled:
        return QCoreApplication::translate("ErrorText", "The request was cancelled.");
    case ApiError::Kind::NoCredentials:
        return QCoreApplication::translate("ErrorText", "No API key is set up for this account. Add an API key first.");
    }
    return {};
}

} // namespace ErrorText
