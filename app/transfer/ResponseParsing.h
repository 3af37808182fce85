#pragma once

#include "api/ApiError.h"

#include <QByteArray>
#include <QUrl>

// Small, strict readers for the download responses' headers. Every value comes
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

} // namespace ResponseParsing
