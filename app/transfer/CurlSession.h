#pragma once

#include <QObject>
#include <QTimer>

#include <memory>

class CurlRequest;
class QSocketNotifier;

// libcurl's multi interface driven by the Qt event loop of the thread it lives in: curl tells us
// which sockets to watch and when to call it back, QSocketNotifiers and one QTimer do the
// watching, and libcurl's callbacks run on this thread like any other slot. No thread of its own
// and no nested event loop. One session per thread is shared by every download on it, so
// connections to the same storage host are reused; credentials never live on a connection
// (every request states its own headers), so sharing the pool across accounts leaks nothing.
class CurlSession : public QObject
{
    Q_OBJECT
public:
    // The session of the calling thread, made on first use and kept while anyone holds it.
    static std::shared_ptr<CurlSession> forThisThread();
    ~CurlSession() override;

    // For CurlRequest: adds or removes its easy handle. Never call from inside a libcurl callback
    // (libcurl refuses); CurlRequest defers both to the event loop.
    bool attach(CurlRequest *request);
    void detach(CurlRequest *request);

private:
    struct Watch;

    CurlSession();
    static int onSocket(void *easy, int socket, int what, void *session, void *watch);
    static int onTimer(void *multi, long timeoutMs, void *session);
    void watch(int socket, int what, Watch *watch);
    void act(int socket, int mask);
    void collectDone();

    void *m_multi = nullptr; // CURLM
    QTimer m_timer;
};
