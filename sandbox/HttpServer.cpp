#include "HttpServer.h"

#include "HttpConnection.h"
#include "SandboxLog.h"
#include "Ulid.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

HttpServer::HttpServer(const QString &name, QObject *parent)
    : QObject(parent)
    , m_name(name)
{
    connect(&m_server, &QTcpServer::newConnection, this, &HttpServer::acceptConnections);
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    // A burst of connections waits in the kernel's queue rather than having its SYNs dropped
    // (and retried seconds later); we accept (or refuse) them as fast as they come.
    m_server.setListenBacklogSize(511);
    return m_server.listen(address, port);
}

QString HttpServer::errorString() const { return m_server.errorString(); }
quint16 HttpServer::port() const { return m_server.serverPort(); }
QHostAddress HttpServer::address() const { return m_server.serverAddress(); }

void HttpServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (m_open >= m_limits.maxConnections) {
            refuse(socket);
            continue;
        }
        ++m_open;
        new HttpConnection(socket, this);
    }
}

void HttpServer::refuse(QTcpSocket *socket)
{
    if (!m_full) {
        m_full = true;
        qCWarning(lcSandbox).noquote() << QStringLiteral("%1: connection limit reached (%2 open): new connections get 503 until some close")
                                              .arg(m_name).arg(m_limits.maxConnections);
    }
    // Answered without reading the request: a client gets a reason and may retry, and the
    // refused connection costs a few hundred bytes for at most a second.
    const QString requestId = Ulid::make(QStringLiteral("req"), QDateTime::currentDateTimeUtc());
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("error"), QJsonObject{
        {QStringLiteral("code"), QStringLiteral("unavailable")},
        {QStringLiteral("message"), QStringLiteral("Too many open connections; try again in a moment.")},
        {QStringLiteral("request_id"), requestId}}}}).toJson(QJsonDocument::Compact);
    socket->setParent(this);
    socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nRetry-After: 1\r\nX-Request-Id: "
                  + requestId.toLatin1() + "\r\nConnection: close\r\nContent-Length: " + QByteArray::number(body.size())
                  + "\r\n\r\n" + body);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(1000, socket, [socket] { socket->abort(); socket->deleteLater(); });
    socket->disconnectFromHost();
}

void HttpServer::connectionClosed()
{
    --m_open;
    if (m_full && m_open < m_limits.maxConnections) {
        m_full = false;
        qCInfo(lcSandbox).noquote() << QStringLiteral("%1: accepting connections again").arg(m_name);
    }
}
