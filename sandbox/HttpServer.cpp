#include "HttpServer.h"

#include "HttpConnection.h"

HttpServer::HttpServer(const QString &name, QObject *parent)
    : QObject(parent)
    , m_name(name)
{
    connect(&m_server, &QTcpServer::newConnection, this, &HttpServer::acceptConnections);
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server.listen(address, port);
}

QString HttpServer::errorString() const { return m_server.errorString(); }
quint16 HttpServer::port() const { return m_server.serverPort(); }
QHostAddress HttpServer::address() const { return m_server.serverAddress(); }

void HttpServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection())
        new HttpConnection(socket, this);
}
