#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// A tiny HTTP/1.1 server on a loopback port for engine tests that need behaviour a real platform
// will not show on demand: wrong checksums, changed archives, cut connections, expiring signed
// URLs on a second origin. Paths:
//   /download      the archive (or, with setRedirect(), a 302 to the storage server's /blob)
//   /blob?sig=N    the archive when N is the current signature, else 403 (an expired signed URL)
// Every request is recorded, with whether it carried an Authorization header.
class LocalArchiveServer : public QObject
{
    Q_OBJECT
public:
    struct Seen
    {
        QByteArray path;
        QByteArray range;
        bool authorization = false;
        int status = 0;
        qint64 bodyBytesSent = 0;
    };

    explicit LocalArchiveServer(QObject *parent = nullptr);
    ~LocalArchiveServer() override;
    bool listen();
    QUrl url(const QByteArray &pathAndQuery = "/download") const;

    void setBody(const QByteArray &body);                 // also sets the checksum and a new ETag
    void setAnnouncedChecksum(const QByteArray &hex);     // lie about the checksum
    void setServedBody(const QByteArray &body);           // serve these bytes, announce the old ones
    void setContentDisposition(const QByteArray &value) { m_disposition = value; }
    void setCutAfter(qint64 bytes) { m_cutAfter = bytes; } // per response; 0 = never
    void setRedirect(LocalArchiveServer *storage) { m_storage = storage; }
    void expireSignatures() { ++m_signature; }             // outstanding /blob URLs now answer 403
    void setIgnoreRanges(bool ignore) { m_ignoreRanges = ignore; }
    // Sends this many body bytes per response, then keeps the connection open and silent (a
    // transfer in progress that tests can pause or abandon); 0 = off.
    void setStallAfter(qint64 bytes) { m_stallAfter = bytes; }
    void setExpireAfterServe(bool expire) { m_expireAfterServe = expire; } // every /blob URL works once
    void setRedirectLocation(const QByteArray &location) { m_redirectLocation = location; }

    const QList<Seen> &requests() const { return m_seen; }
    qint64 bodyBytesSent() const;
    QByteArray body() const { return m_body; }
    QByteArray checksum() const { return m_checksum; }

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const QByteArray &path, const QByteArray &query,
                 const QHash<QByteArray, QByteArray> &headers);
    void serveArchive(QTcpSocket *socket, const QHash<QByteArray, QByteArray> &headers);
    void sendSimple(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &extraHeaders,
                    const QByteArray &body);

    QTcpServer m_server;
    QByteArray m_body;
    QByteArray m_served;
    QByteArray m_checksum;
    QByteArray m_etag;
    QByteArray m_disposition = "attachment; filename=\"acme-production-snap.tar.gz\"";
    qint64 m_cutAfter = 0;
    int m_signature = 1;
    int m_version = 0;
    bool m_ignoreRanges = false;
    bool m_expireAfterServe = false;
    qint64 m_stallAfter = 0;
    QByteArray m_redirectLocation;
    LocalArchiveServer *m_storage = nullptr;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Seen> m_seen;
};
