#include "FakeHttpServer.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 202: return "Accepted";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 307: return "Temporary Redirect";
    case 401: return "Unauthorized";
    case 404: return "Not Found";
    case 409: return "Conflict";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

// Per-connection streaming state, kept as dynamic properties of the socket.
constexpr const char *RemainingProperty = "fakeRemaining";
constexpr const char *ChunkedProperty = "fakeChunked";
constexpr const char *BufferProperty = "fakeBuffer";

} // namespace

FakeHttpServer::Response FakeHttpServer::Response::json(int status, const QByteArray &body)
{
    Response r;
    r.status = status;
    r.body = body;
    r.header("Content-Type", "application/json").header("X-Request-Id", "req_fake");
    return r;
}

FakeHttpServer::Response FakeHttpServer::Response::error(int status, const QByteArray &code, const QByteArray &message)
{
    return json(status, "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message
                            + "\",\"request_id\":\"req_fake\"}}");
}

FakeHttpServer::Response FakeHttpServer::Response::redirect(int status, const QByteArray &location)
{
    Response r;
    r.status = status;
    r.header("Location", location);
    return r;
}

FakeHttpServer::Response &FakeHttpServer::Response::header(const QByteArray &name, const QByteArray &value)
{
    headers.append(qMakePair(name, value));
    return *this;
}

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onConnection);
}

bool FakeHttpServer::listen(const QHostAddress &address)
{
    return m_server.listen(address, 0);
}

QUrl FakeHttpServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path));
}

int FakeHttpServer::count(const QByteArray &method, const QByteArray &pathPrefix) const
{
    int n = 0;
    for (const Request &r : m_requests)
        n += (r.method == method && r.target.startsWith(pathPrefix)) ? 1 : 0;
    return n;
}

void FakeHttpServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { pump(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void FakeHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffer = socket->property(BufferProperty).toByteArray() + socket->readAll();
    // Several requests may come on one keep-alive connection: handle each complete one.
    for (;;) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            break;
        const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
        Request req;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        req.method = first.value(0);
        req.target = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                req.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const qint64 length = req.header("content-length").toLongLong();
        if (buffer.size() < headEnd + 4 + length)
            break;
        req.body = buffer.mid(headEnd + 4, length);
        buffer.remove(0, headEnd + 4 + length);
        m_requests.append(req);
        const Response response = m_handler ? m_handler(req) : Response::json(200, "{}");
        Q_EMIT requestReceived();
        respond(socket, response);
    }
    socket->setProperty(BufferProperty, buffer);
}

void FakeHttpServer::respond(QTcpSocket *socket, const Response &response)
{
    if (response.stall)
        return;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason(response.status) + "\r\n";
    for (const auto &h : response.headers)
        head += h.first + ": " + h.second + "\r\n";
    if (response.streamBytes > 0) {
        head += response.chunked ? QByteArray("Transfer-Encoding: chunked\r\n")
                                 : "Content-Length: " + QByteArray::number(response.streamBytes) + "\r\n";
        socket->write(head + "\r\n");
        socket->setProperty(RemainingProperty, response.streamBytes);
        socket->setProperty(ChunkedProperty, response.chunked);
        pump(socket);
        return;
    }
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (response.stallAfterHeaders) {
        socket->write(head + "\r\n");
        return;
    }
    if (response.trickleMs > 0) {
        socket->write(head + "\r\n");
        trickle(socket, response.body, response.trickleMs);
        return;
    }
    if (response.cutAfter >= 0) {
        socket->write(head + "\r\n" + response.body.left(response.cutAfter));
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    socket->write(head + "\r\n" + response.body);
}

void FakeHttpServer::trickle(QTcpSocket *socket, const QByteArray &rest, int intervalMs)
{
    if (rest.isEmpty())
        return;
    QTimer::singleShot(intervalMs, this, [this, s = QPointer<QTcpSocket>(socket), rest, intervalMs] {
        if (!s || s->state() != QAbstractSocket::ConnectedState)
            return;
        s->write(rest.left(1));
        trickle(s, rest.mid(1), intervalMs);
    });
}

void FakeHttpServer::pump(QTcpSocket *socket)
{
    qint64 remaining = socket->property(RemainingProperty).toLongLong();
    // Keep a little in flight only: the point is to see whether the client stops reading.
    if (remaining <= 0 || socket->bytesToWrite() > 256 * 1024 || socket->state() != QAbstractSocket::ConnectedState)
        return;
    const bool chunked = socket->property(ChunkedProperty).toBool();
    const qint64 n = qMin<qint64>(remaining, 64 * 1024);
    const QByteArray filler(n, ' ');
    if (chunked)
        socket->write(QByteArray::number(n, 16) + "\r\n" + filler + "\r\n");
    else
        socket->write(filler);
    remaining -= n;
    m_streamed += n;
    if (remaining == 0 && chunked)
        socket->write("0\r\n\r\n");
    socket->setProperty(RemainingProperty, remaining);
}
