#pragma once

#include "api/ApiError.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

class CurlSession;

// One HTTP GET of an archive on libcurl, for Download: the status and headers of the response,
// then its body handed over piece by piece from libcurl's own receive buffer (one buffer for the
// whole transfer: nothing is allocated per piece), then finished(). It does what Download's
// transport policy says and nothing of its own: no redirects followed, no cookies, no
// decompression, no cache; http and https only. The proxy is the one EnvironmentProxyFactory
// chooses for the API calls (http_proxy, https_proxy, no_proxy; never for this computer).
//
// Signals are emitted from inside libcurl's callbacks. A slot may abort() (and deleteLater())
// the request there, but must not delete it: its handle is still in use until the callback
// returns.
class CurlRequest : public QObject
{
    Q_OBJECT
public:
    using Headers = QList<QNetworkReply::RawHeaderPair>;
    // Takes a piece of the body and returns true, or returns false having taken nothing: the
    // transfer then pauses (the bytes wait in the socket) until resume(), which hands the same
    // piece over again. Pieces are at most receiveBytes, except perhaps the one handed over again.
    using BodyReceiver = std::function<bool(const char *data, qint64 size)>;

    struct Settings
    {
        qint64 receiveBytes = 128 << 10; // libcurl's receive buffer: one recv() and one piece
        int stallTimeoutMs = 20000;      // no byte for this long (while not paused) ends it
    };

    CurlRequest(std::shared_ptr<CurlSession> session, const QUrl &url, const Headers &headers,
                const Settings &settings, BodyReceiver receiver);
    ~CurlRequest() override;

    // Starts from the event loop (libcurl refuses new transfers from inside its callbacks).
    void start();
    // Stops receiving after the current piece (callable from the receiver): the bytes wait in the
    // socket, not in a copy libcurl would otherwise make of a declined piece.
    void pause();
    // After pause(), or after the receiver declined a piece (handed over again now): goes on.
    void resume();
    // No more signals or pieces; the connection is closed once the event loop deletes this.
    void abort();

    int status() const { return m_status; }
    const Headers &headers() const { return m_headers; }
    // The value of the first header of this name (case-insensitive), trimmed; empty if none.
    QByteArray header(const QByteArray &name) const;
    // After finished(): the transport failure, or kind None when the response ended normally.
    ApiError error() const { return m_error; }

    void *handle() const { return m_handle; } // CURL *, for CurlSession
    void done(int curlCode);                  // for CurlSession: the transfer ended

Q_SIGNALS:
    // The status line and headers of the final response are in (interim 1xx ones are skipped).
    void responseStarted();
    void finished();

private:
    static size_t onHeader(char *data, size_t size, size_t count, void *self);
    static size_t onBody(char *data, size_t size, size_t count, void *self);
    void headerLine(const QByteArray &line);
    void checkStall();
    void end(ApiError error);

    std::shared_ptr<CurlSession> m_session;
    BodyReceiver m_receiver;
    void *m_handle = nullptr;         // CURL *
    struct curl_slist *m_headerList = nullptr;
    QByteArray m_url;
    char m_errorText[256] = {};       // CURLOPT_ERRORBUFFER
    Headers m_headers;
    ApiError m_error;
    QTimer m_stallTimer;
    QElapsedTimer m_sinceActivity;
    int m_stallTimeoutMs;
    int m_status = 0;
    qint64 m_headerBytes = 0;         // of this response
    bool m_attached = false;
    bool m_aborted = false;
    bool m_paused = false;
    bool m_ended = false;
    bool m_headersTooLarge = false;
};
