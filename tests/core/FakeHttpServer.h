#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

// A tiny scripted HTTP/1.1 server on a loopback port for the client's unit tests. Unlike a real
// server it can misbehave on purpose: lie about Content-Length, stream 50 MB, send an HTML 502,
// stall, or cut a body short. Every request is recorded with its raw headers, which is how the
// tests prove the API key never leaves the API's origin.
class FakeHttpServer : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path?query as sent
        QMap<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    };

    struct Response
    {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        qint64 streamBytes = 0;   // > 0: send this many filler bytes as the body instead
        bool chunked = false;     // with streamBytes: no Content-Length, chunked encoding
        bool stall = false;       // send nothing at all, keep the connection open
        qint64 cutAfter = -1;     // close the connection after this many body bytes
        bool stallAfterHeaders = false; // send the headers (with Content-Length), then nothing
        int trickleMs = 0;        // > 0: send the body one byte every trickleMs

        static Response json(int status, const QByteArray &body);
        static Response error(int status, const QByteArray &code, const QByteArray &message = "msg");
        static Response redirect(int status, const QByteArray &location);
        Response &header(const QByteArray &name, const QByteArray &value);
    };

    using Handler = std::function<Response(const Request &)>;

    explicit FakeHttpServer(QObject *parent = nullptr);
    bool listen(const QHostAddress &address = QHostAddress::LocalHost);

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    QUrl url(const QString &path = {}) const; // http://127.0.0.1:PORT/path
    quint16 port() const { return m_server.serverPort(); }

    const QList<Request> &requests() const { return m_requests; }
    int count(const QByteArray &method, const QByteArray &pathPrefix) const;
    qint64 bytesStreamed() const { return m_streamed; }

Q_SIGNALS:
    void requestReceived();

private:
    void onConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const Response &response);
    void pump(QTcpSocket *socket);
    void trickle(QTcpSocket *socket, const QByteArray &rest, int intervalMs);

    QTcpServer m_server;
    Handler m_handler;
    QList<Request> m_requests;
    qint64 m_streamed = 0;
};

Q_DECLARE_METATYPE(FakeHttpServer::Response)
