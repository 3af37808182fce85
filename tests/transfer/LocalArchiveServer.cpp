#include "LocalArchiveServer.h"

#include <QCryptographicHash>
#include <QTcpSocket>
#include <QUrlQuery>

LocalArchiveServer::LocalArchiveServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LocalArchiveServer::onConnection);
}

bool LocalArchiveServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl LocalArchiveServer::url(const QByteArray &pathAndQuery) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()) + QString::fromLatin1(pathAndQuery));
}

void LocalArchiveServer::setBody(const QByteArray &body)
{
    m_body = body;
    m_served = body;
    m_checksum = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
    m_etag = "\"v" + QByteArray::number(++m_version) + '"';
}

void LocalArchiveServer::setAnnouncedChecksum(const QByteArray &hex)
{
    m_checksum = hex;
}

void LocalArchiveServer::setServedBody(const QByteArray &body)
{
    m_served = body;
}

qint64 LocalArchiveServer::bodyBytesSent() const
{
    qint64 total = 0;
    for (const Seen &s : m_seen)
        total += s.bodyBytesSent;
    return total;
}

LocalArchiveServer::~LocalArchiveServer()
{
    // m_server deletes the open sockets after m_buffers is gone; their last disconnected()
    // must not reach it.
    for (QTcpSocket *socket : m_server.findChildren<QTcpSocket *>())
        socket->disconnect(this);
}

void LocalArchiveServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void LocalArchiveServer::onReadable(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    buffer.clear();
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    QHash<QByteArray, QByteArray> headers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
    const QByteArray target = requestLine.value(1);
    const qsizetype q = target.indexOf('?');
    respond(socket, q < 0 ? target : target.left(q), q < 0 ? QByteArray() : target.mid(q + 1), headers);
}

void LocalArchiveServer::sendSimple(QTcpSocket *socket, int status, const QByteArray &reason,
                                    const QByteArray &extraHeaders, const QByteArray &body)
{
    m_seen.last().status = status;
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nConnection: close\r\n"
                  + extraHeaders + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->disconnectFromHost();
}

void LocalArchiveServer::respond(QTcpSocket *socket, const QByteArray &path, const QByteArray &query,
                                 const QHash<QByteArray, QByteArray> &headers)
{
    m_seen.append({path, headers.value("range"), headers.contains("authorization"), 0, 0});
    if (path == "/download" && !m_redirectLocation.isEmpty()) {
        sendSimple(socket, 302, "Found", "Location: " + m_redirectLocation + "\r\n", {});
        return;
    }
    if (path == "/download" && m_storage) {
        const QByteArray location = m_storage->url("/blob?sig=" + QByteArray::number(m_storage->m_signature)).toEncoded();
        sendSimple(socket, 302, "Found", "Location: " + location + "\r\n", {});
        return;
    }
    if (path == "/blob") {
        const QUrlQuery q(QString::fromLatin1(query));
        if (q.queryItemValue(QStringLiteral("sig")) != QString::number(m_signature)) {
            sendSimple(socket, 403, "Forbidden", "Content-Type: application/xml\r\n",
                       "<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>");
            return;
        }
        serveArchive(socket, headers);
        if (m_expireAfterServe)
            ++m_signature;
        return;
    }
    if (path == "/download") {
        serveArchive(socket, headers);
        return;
    }
    sendSimple(socket, 404, "Not Found", "Content-Type: application/json\r\n",
               R"({"error":{"code":"not_found","message":"No such thing.","request_id":"req_test"}})");
}

void LocalArchiveServer::serveArchive(QTcpSocket *socket, const QHash<QByteArray, QByteArray> &headers)
{
    qint64 from = 0;
    const QByteArray range = headers.value("range");
    const bool rangeApplies = !m_ignoreRanges && range.startsWith("bytes=") && range.endsWith('-')
                              && (!headers.contains("if-range") || headers.value("if-range") == m_etag);
    if (rangeApplies)
        from = range.mid(6, range.size() - 7).toLongLong();
    if (from >= m_served.size() && rangeApplies) {
        sendSimple(socket, 416, "Range Not Satisfiable",
                   "Content-Range: bytes */" + QByteArray::number(m_served.size()) + "\r\n", {});
        return;
    }
    const bool partial = rangeApplies && from > 0;
    const qint64 length = m_served.size() - from;
    QByteArray head = "HTTP/1.1 " + QByteArray(partial ? "206 Partial Content" : "200 OK") + "\r\n"
                      "Connection: close\r\nContent-Type: application/gzip\r\nAccept-Ranges: bytes\r\n"
                      "ETag: " + m_etag + "\r\nX-Checksum-SHA256: " + m_checksum + "\r\n"
                      "Content-Disposition: " + m_disposition + "\r\n"
                      "Content-Length: " + QByteArray::number(length) + "\r\n";
    if (partial)
        head += "Content-Range: bytes " + QByteArray::number(from) + '-' + QByteArray::number(m_served.size() - 1)
                + '/' + QByteArray::number(m_served.size()) + "\r\n";
    head += "\r\n";
    m_seen.last().status = partial ? 206 : 200;
    socket->write(head);
    if (m_stallAfter > 0) {
        const qint64 some = qMin(length, m_stallAfter);
        socket->write(m_served.constData() + from, some);
        m_seen.last().bodyBytesSent = some;
        return; // the connection stays open and silent
    }
    const qint64 send = m_cutAfter > 0 ? qMin(length, m_cutAfter) : length;
    socket->write(m_served.constData() + from, send);
    m_seen.last().bodyBytesSent = send;
    if (send < length) {
        // A cut mid-body: flush what was promised so far, then drop the connection.
        connect(socket, &QTcpSocket::bytesWritten, socket, [socket] {
            if (socket->bytesToWrite() == 0)
                socket->abort();
        });
        return;
    }
    socket->disconnectFromHost();
}
