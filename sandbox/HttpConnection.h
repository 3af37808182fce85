#pragma once

#include "HttpMessage.h"

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

class HttpServer;

// One client connection: parses requests (keep-alive, one at a time), hands them to the
// server's handler, and writes the response — a file body in chunks driven by bytesWritten so
// that at most a few hundred KiB are ever buffered.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, HttpServer *server);
    ~HttpConnection() override;

    // Thread-safe: queues the response onto this connection's thread.
    void deliver(quint64 requestSerial, HttpResponse response);

private:
    // What the connection waits for, and so which limit its deadline enforces.
    enum class Wait { NextRequest, RestOfRequest, Handler, ClientReading };
    void await(Wait w);
    void deadlineReached();
    void readClient();
    bool parseOne();
    void fail(int status, const QByteArray &code, const QString &message);
    void send(HttpResponse response);
    void pump();
    void finishResponse();
    qint64 throttled(qint64 want);

    static constexpr qint64 kMaxHeaderBytes = 64 * 1024;
    // API bodies are a few hundred bytes of JSON; this bounds what a connection can make us hold.
    static constexpr qint64 kMaxBodyBytes = 64 * 1024;
    static constexpr qint64 kChunk = 256 * 1024;
    static constexpr qint64 kHighWater = 1024 * 1024;

    QTcpSocket *m_socket;
    QPointer<HttpServer> m_server;
    QByteArray m_buffer;
    bool m_busy = false;         // a request is being handled; later bytes wait in m_buffer
    bool m_closeAfter = false;
    bool m_responded = false;    // the handler's answer arrived; later ones are ignored
    quint64 m_serial = 0;
    HttpRequest m_request;
    HttpResponse m_response;
    QElapsedTimer m_timer;
    std::unique_ptr<QFile> m_file;
    qint64 m_remaining = 0;      // body bytes of the file still to send
    qint64 m_sent = 0;
    QElapsedTimer m_bodyTimer;   // since the body started, for --download-rate
    QTimer m_throttle;           // wakes pump() when the rate allows more bytes
    QTimer m_deadline;           // idle, request and stalled-response limits (HttpServer::Limits)
    Wait m_wait = Wait::NextRequest;
};
