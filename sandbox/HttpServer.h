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

    // What one client may hold: a connection waiting for its next request is closed after
    // `idleTimeoutMs` (and one whose response does not move for as long is cut); a request must
    // arrive whole within `requestTimeoutMs` of its first byte (else 408); beyond
    // `maxConnections` open connections a new one gets 503 and is closed.
    struct Limits
    {
        int maxConnections = 128;
        int idleTimeoutMs = 60000;
        int requestTimeoutMs = 30000;
    };

    explicit HttpServer(const QString &name, QObject *parent = nullptr);
    void setLimits(const Limits &limits) { m_limits = limits; }
    const Limits &limits() const { return m_limits; }
    int openConnections() const { return m_open; }
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
    friend class HttpConnection;
    void acceptConnections();
    void refuse(QTcpSocket *socket);
    void connectionClosed();

    QTcpServer m_server;
    Limits m_limits;
    int m_open = 0;
    bool m_full = false; // logged once per episode, not once per refused connection
    Handler m_handler;
    Logger m_logger;
    QString m_name;
};
