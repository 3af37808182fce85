#pragma once

#include "HttpMessage.h"

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

#include <functional>

class HttpConnection;

// A small HTTP/1.1 server on QTcpServer. QHttpServer 6.4 cannot stream a byte range of a file
// with a chosen status and headers, answer HEAD, or cut a body mid-way for fault injection;
// this server does exactly what the contract needs and nothing more.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    // Called on the server's thread; `respond` may be called later, from any thread, once.
    using Respond = std::function<void(HttpResponse)>;
    using Handler = std::function<void(const HttpRequest &, Respond)>;
    // Called once per request, after the response went out (or the client went away).
    using Logger = std::function<void(const HttpRequest &, const HttpResponse &, qint64 elapsedMs)>;

    explicit HttpServer(const QString &name, QObject *parent = nullptr);
    bool listen(const QHostAddress &address, quint16 port);
    QString errorString() const;
    quint16 port() const;
    QHostAddress address() const;
    void setHandler(Handler h) { m_handler = std::move(h); }
    void setLogger(Logger l) { m_logger = std::move(l); }

    const Handler &handler() const { return m_handler; }
    const Logger &logger() const { return m_logger; }
    QString name() const { return m_name; }

private:
    void acceptConnections();
    QTcpServer m_server;
    Handler m_handler;
    Logger m_logger;
    QString m_name;
};
