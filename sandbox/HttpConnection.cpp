#include "HttpConnection.h"

#include "HttpServer.h"
#include "SandboxLog.h"
#include "Ulid.h"

#include <QJsonObject>
#include <QUrl>

#include <algorithm>

namespace {
bool headersAreSafe(const HttpResponse &r)
{
    for (const auto &h : r.headers) {
        for (const QByteArray *part : {&h.first, &h.second}) {
            for (const char c : *part) {
                if (c == '\r' || c == '\n' || c == '\0')
                    return false;
            }
        }
    }
    return true;
}
}

HttpConnection::HttpConnection(QTcpSocket *socket, HttpServer *server)
    : QObject(server)
    , m_socket(socket)
    , m_server(server)
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::readClient);
    connect(socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_wait == Wait::ClientReading)
            m_deadline.start(); // the client reads: the response is moving
        pump();
    });
    m_throttle.setSingleShot(true);
    connect(&m_throttle, &QTimer::timeout, this, &HttpConnection::pump);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &HttpConnection::deadlineReached);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    connect(socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            deleteLater();
    });
    await(Wait::NextRequest);
}

HttpConnection::~HttpConnection()
{
    // A client that went away mid-response still gets its request logged.
    if (m_busy && m_server && m_server->logger())
        m_server->logger()(m_request, m_response, m_timer.elapsed());
    if (m_server)
        m_server->connectionClosed();
}

void HttpConnection::await(Wait w)
{
    m_wait = w;
    if (!m_server || w == Wait::Handler) {
        m_deadline.stop(); // the handler always answers; --latency-ms or an archive build may take a while
        return;
    }
    const HttpServer::Limits &l = m_server->limits();
    m_deadline.start(w == Wait::RestOfRequest ? l.requestTimeoutMs : l.idleTimeoutMs);
}

void HttpConnection::deadlineReached()
{
    switch (m_wait) {
    case Wait::NextRequest:
        m_socket->disconnectFromHost(); // an idle keep-alive connection: closed quietly, as any server does
        break;
    case Wait::RestOfRequest:
        m_buffer.clear();
        fail(408, "request_timeout",
             QStringLiteral("The request did not arrive whole within %1 seconds.").arg(m_server->limits().requestTimeoutMs / 1000.0));
        // fail() waits for the client to read the 408; one that never does is cut like any.
        break;
    case Wait::ClientReading:
        m_socket->abort(); // the client stopped reading its response
        break;
    case Wait::Handler:
        break;
    }
}

void HttpConnection::readClient()
{
    m_buffer += m_socket->readAll();
    if (m_busy && m_buffer.size() > kMaxHeaderBytes + kMaxBodyBytes) {
        // A client that keeps sending while its previous request is answered: not HTTP we serve.
        m_socket->abort();
        return;
    }
    while (!m_busy && parseOne()) {
    }
    // The clock of a request starts at its first byte and is not reset by more bytes: a
    // client trickling a byte at a time gets no more time than one sending nothing.
    if (!m_busy && !m_buffer.isEmpty() && m_wait == Wait::NextRequest)
        await(Wait::RestOfRequest);
}

void HttpConnection::fail(int status, const QByteArray &code, const QString &message)
{
    m_busy = true;
    m_responded = false;
    m_closeAfter = true;
    ++m_serial;
    m_request = HttpRequest();
    m_request.method = "-";
    m_timer.start();
    // A request that could not be read is still a request: support needs its id as much as any.
    const QString requestId = Ulid::make(QStringLiteral("req"), QDateTime::currentDateTimeUtc());
    HttpResponse r = HttpResponse::json(status, QJsonObject{{QStringLiteral("error"),
        QJsonObject{{QStringLiteral("code"), QString::fromLatin1(code)}, {QStringLiteral("message"), message},
                    {QStringLiteral("request_id"), requestId}}}});
    r.setHeader("X-Request-Id", requestId.toLatin1());
    send(r);
}

// Parses one complete request from m_buffer and dispatches it; false when more bytes are needed.
bool HttpConnection::parseOne()
{
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_buffer.size() > kMaxHeaderBytes)
            fail(431, "bad_request", QStringLiteral("Request headers are too large."));
        return false;
    }
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
        fail(400, "bad_request", QStringLiteral("Malformed request line."));
        return false;
    }
    HttpRequest req;
    req.method = requestLine[0];
    req.target = requestLine[1];
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            fail(400, "bad_request", QStringLiteral("Malformed header line."));
            return false;
        }
        req.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    if (!req.header("Transfer-Encoding").isNull()) {
        fail(501, "bad_request", QStringLiteral("Chunked request bodies are not supported; send Content-Length."));
        return false;
    }
    bool ok = true;
    const QByteArray lengthHeader = req.header("Content-Length");
    const qint64 length = lengthHeader.isNull() ? 0 : lengthHeader.toLongLong(&ok);
    if (!ok || length < 0) {
        fail(400, "bad_request", QStringLiteral("Invalid Content-Length."));
        return false;
    }
    if (length > kMaxBodyBytes) {
        fail(413, "bad_request", QStringLiteral("Request body is too large."));
        return false;
    }
    if (m_buffer.size() < end + 4 + length)
        return false;
    req.body = m_buffer.mid(end + 4, length);
    m_buffer.remove(0, end + 4 + length);

    const QUrl url(QString::fromLatin1(req.target), QUrl::StrictMode);
    req.path = url.path(QUrl::FullyDecoded);
    req.query = QUrlQuery(url.query(QUrl::FullyEncoded));
    if (req.method == "HEAD") {
        req.head = true;
        req.method = "GET";
    }
    const QByteArray connection = req.header("Connection").toLower();
    m_closeAfter = connection == "close" || (requestLine[2] == "HTTP/1.0" && connection != "keep-alive");

    m_busy = true;
    await(Wait::Handler);
    m_responded = false;
    m_request = req;
    m_response = HttpResponse();
    m_timer.start();
    const quint64 serial = ++m_serial;
    QPointer<HttpConnection> self(this);
    if (m_server && m_server->handler()) {
        m_server->handler()(m_request, [self, serial](HttpResponse r) {
            if (self)
                self->deliver(serial, std::move(r));
        });
    } else {
        send(HttpResponse::json(503, {}));
    }
    return true;
}

void HttpConnection::deliver(quint64 requestSerial, HttpResponse response)
{
    QMetaObject::invokeMethod(this, [this, requestSerial, r = std::move(response)]() mutable {
        if (requestSerial == m_serial && m_busy && !m_responded)
            send(std::move(r));
    }, Qt::QueuedConnection);
}

void HttpConnection::send(HttpResponse response)
{
    m_responded = true;
    await(Wait::ClientReading);
    if (!headersAreSafe(response)) {
        // A CR or LF in a header would let whatever put it there write headers of its own.
        const QString requestId = Ulid::make(QStringLiteral("req"), QDateTime::currentDateTimeUtc());
        qCCritical(lcSandbox).noquote() << "refused to send a response with a control character in a header;" << requestId;
        response = HttpResponse::json(500, QJsonObject{{QStringLiteral("error"),
            QJsonObject{{QStringLiteral("code"), QStringLiteral("internal")},
                        {QStringLiteral("message"), QStringLiteral("The response could not be formed.")},
                        {QStringLiteral("request_id"), requestId}}}});
        response.setHeader("X-Request-Id", requestId.toLatin1());
    }
    m_response = response;
    qint64 bodyLength = response.body.size();
    if (!response.filePath.isEmpty()) {
        m_file = std::make_unique<QFile>(response.filePath);
        if (!m_file->open(QIODevice::ReadOnly) || !m_file->seek(response.fileOffset)) {
            m_file.reset();
            m_response = HttpResponse::json(500, QJsonObject{{QStringLiteral("error"),
                QJsonObject{{QStringLiteral("code"), QStringLiteral("internal")},
                            {QStringLiteral("message"), QStringLiteral("The archive could not be read.")},
                            {QStringLiteral("request_id"), QString::fromLatin1(response.header("X-Request-Id"))}}}});
            m_response.setHeader("X-Request-Id", response.header("X-Request-Id"));
            send(m_response);
            return;
        }
        bodyLength = response.fileLength;
    }
    m_response.setHeader("Content-Length", QByteArray::number(bodyLength));
    if (m_closeAfter)
        m_response.setHeader("Connection", "close");
    QByteArray head = "HTTP/1.1 " + QByteArray::number(m_response.status) + ' ' + HttpResponse::reason(m_response.status) + "\r\n";
    for (const auto &h : m_response.headers)
        head += h.first + ": " + h.second + "\r\n";
    head += "\r\n";
    m_socket->write(head);
    m_sent = 0;
    m_bodyTimer.start();
    if (m_request.head) {
        m_file.reset();
        m_remaining = 0;
    } else if (m_file) {
        m_remaining = bodyLength;
    } else {
        QByteArray body = m_response.body;
        if (m_response.cutAfter >= 0 && body.size() > m_response.cutAfter) {
            body.truncate(m_response.cutAfter);
            m_closeAfter = true;
        }
        m_socket->write(body);
        m_remaining = 0;
    }
    pump();
}

void HttpConnection::pump()
{
    if (!m_busy)
        return;
    while (m_file && m_remaining > 0 && m_socket->bytesToWrite() < kHighWater) {
        qint64 want = qMin(kChunk, m_remaining);
        if (m_response.cutAfter >= 0)
            want = qMin(want, m_response.cutAfter - m_sent);
        if (want <= 0) {
            // Fault injection: the body stops here and the connection closes.
            m_remaining = 0;
            m_closeAfter = true;
            break;
        }
        want = throttled(want);
        if (want <= 0)
            return; // m_throttle calls again when the rate allows more
        const QByteArray chunk = m_file->read(want);
        if (chunk.isEmpty()) {
            // The file shrank or failed under us: we cannot honour Content-Length, so close.
            m_remaining = 0;
            m_closeAfter = true;
            break;
        }
        const qint64 at = m_response.fileOffset + m_sent; // the chunk's place in the file
        if (m_response.corruptAt >= at && m_response.corruptAt < at + chunk.size()) {
            QByteArray damaged = chunk;
            damaged[int(m_response.corruptAt - at)] = char(damaged.at(int(m_response.corruptAt - at)) ^ 0xff);
            m_socket->write(damaged);
        } else {
            m_socket->write(chunk);
        }
        m_sent += chunk.size();
        m_remaining -= chunk.size();
    }
    if (m_remaining == 0 && m_socket->bytesToWrite() == 0)
        finishResponse();
}

qint64 HttpConnection::throttled(qint64 want)
{
    const qint64 rate = m_response.bytesPerSecond;
    if (rate <= 0)
        return want;
    // What the rate allows since the body started, so timer jitter does not slow it down.
    const qint64 allowed = rate * m_bodyTimer.elapsed() / 1000 - m_sent;
    if (allowed > 0)
        return qMin(want, allowed);
    if (!m_throttle.isActive())
        m_throttle.start(int(std::clamp<qint64>(1000 * qMin(want, rate / 20 + 1) / rate, 10, 200)));
    return 0;
}

void HttpConnection::finishResponse()
{
    m_throttle.stop();
    m_file.reset();
    m_busy = false;
    if (m_server && m_server->logger())
        m_server->logger()(m_request, m_response, m_timer.elapsed());
    if (m_closeAfter) {
        m_socket->disconnectFromHost();
        return;
    }
    await(Wait::NextRequest);
    while (!m_busy && parseOne()) {
    }
    if (!m_busy && !m_buffer.isEmpty())
        await(Wait::RestOfRequest);
}
