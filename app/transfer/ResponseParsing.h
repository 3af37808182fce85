#pragma once

#include "api/ApiError.h"

#include <QByteArray>
#include <QUrl>

class QNetworkReply;

// Small, strict readers for the download responses' headers and error bodies. Every value comes
// from the network, so anything malformed yields "invalid" rather than a guess.
namespace ResponseParsing {

struct ContentRange
{
    bool valid = false;
    qint64 first = -1;
    qint64 last = -1;
    qint64 total = -1; // -1 when the server sent "*"
};
// "bytes 100-199/1000"
ContentRange contentRange(const QByteArray &value);

// A non-negative integer header value (Content-Length), -1 when absent or malformed.
qint64 nonNegative(const QByteArray &value);

// Seconds from Retry-After (delta-seconds only), -1 when absent or malformed.
int retryAfterSeconds(const QByteArray &value);

// The platform error (HTTP status, {"error": {code, message, request_id, details}} when the
// body has that shape, else the status alone) of a finished reply with an error status.
ApiError httpError(QNetworkReply *reply, const QByteArray &body);
// A network-level failure (or timeout) of a reply.
ApiError networkError(QNetworkReply *reply);

// Same scheme, host and port.
bool sameOrigin(const QUrl &a, const QUrl &b);
// https anywhere, plain http only to a loopback host (the contract's rule for where bytes and
// keys may travel).
bool isAllowedScheme(const QUrl &url);

} // namespace ResponseParsing
