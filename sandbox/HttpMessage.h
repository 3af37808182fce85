#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// One parsed HTTP/1.1 request. Header names keep their case; lookups are case-insensitive.
struct HttpRequest
{
    QByteArray method;   // HEAD is routed as GET by the server, see `head`
    QByteArray target;   // raw request target, e.g. /v1/sites?limit=2
    QString path;        // percent-decoded path without the query
    QUrlQuery query;
    HttpHeaders headers;
    QByteArray body;
    bool head = false;
    bool hasAuthorization() const { return !header("Authorization").isNull(); }
    QByteArray header(const QByteArray &name) const;
};

// A response: either an in-memory body, or a byte range of a file streamed from disk with
// backpressure so memory stays flat whatever the archive's size.
struct HttpResponse
{
    int status = 200;
    HttpHeaders headers;
    QByteArray body;
    QString filePath;        // when set, the body is this file's [fileOffset, fileOffset+fileLength)
    qint64 fileOffset = 0;
    qint64 fileLength = 0;
    qint64 cutAfter = -1;    // fault injection: close the connection after this many body bytes
    qint64 corruptAt = -1;   // fault injection: flip the file's byte at this offset on its way out
    qint64 bytesPerSecond = 0; // throttle for the file body; 0 = as fast as the client reads

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
    static HttpResponse json(int status, const QJsonObject &body);
    static QByteArray reason(int status);
};
