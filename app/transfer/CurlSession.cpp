#include "CurlSession.h"

#include "CurlRequest.h"
#include "TransferLog.h"

#include <QSocketNotifier>

#include <mutex>

#include <curl/curl.h>

// libcurl's callbacks are declared with void for its handle types; they must stay that.
static_assert(std::is_same_v<CURL, void> && std::is_same_v<CURLM, void> && std::is_same_v<curl_socket_t, int>);

struct CurlSession::Watch
{
    QSocketNotifier *read = nullptr;
    QSocketNotifier *write = nullptr;
};

std::shared_ptr<CurlSession> CurlSession::forThisThread()
{
    static std::once_flag initialised;
    std::call_once(initialised, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    thread_local std::weak_ptr<CurlSession> current;
    std::shared_ptr<CurlSession> session = current.lock();
    if (!session) {
        // deleteLater, not delete: the last holder may let go from inside one of our own slots.
        session = std::shared_ptr<CurlSession>(new CurlSession, [](CurlSession *s) { s->deleteLater(); });
        current = session;
    }
    return session;
}

CurlSession::CurlSession()
{
    m_multi = curl_multi_init();
    if (!m_multi)
        qFatal("libcurl could not make a multi handle");
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETFUNCTION, &CurlSession::onSocket);
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETDATA, this);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERFUNCTION, &CurlSession::onTimer);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERDATA, this);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { act(CURL_SOCKET_TIMEOUT, 0); });
}

CurlSession::~CurlSession()
{
    // Requests hold the session, so none is attached any more; the sockets' watches go with it.
    curl_multi_cleanup(m_multi);
}

bool CurlSession::attach(CurlRequest *request)
{
    const CURLMcode code = curl_multi_add_handle(m_multi, request->handle());
    if (code != CURLM_OK)
        qCWarning(lcTransfer) << "libcurl refused a transfer:" << curl_multi_strerror(code);
    return code == CURLM_OK;
}

void CurlSession::detach(CurlRequest *request)
{
    curl_multi_remove_handle(m_multi, request->handle());
}

int CurlSession::onSocket(void *, int socket, int what, void *session, void *watch)
{
    static_cast<CurlSession *>(session)->watch(socket, what, static_cast<Watch *>(watch));
    return 0;
}

int CurlSession::onTimer(void *, long timeoutMs, void *session)
{
    // libcurl may not be called back from here; the timer does it from the event loop.
    auto *self = static_cast<CurlSession *>(session);
    if (timeoutMs < 0)
        self->m_timer.stop();
    else
        self->m_timer.start(int(qMin<long>(timeoutMs, 24L * 3600 * 1000)));
    return 0;
}

void CurlSession::watch(int socket, int what, Watch *watch)
{
    if (what == CURL_POLL_REMOVE) {
        if (!watch)
            return;
        // We may be inside one of these notifiers' signals: disable now, delete later.
        for (QSocketNotifier *notifier : {watch->read, watch->write}) {
            notifier->setEnabled(false);
            notifier->deleteLater();
        }
        delete watch;
        return;
    }
    if (!watch) {
        watch = new Watch;
        watch->read = new QSocketNotifier(socket, QSocketNotifier::Read, this);
        watch->write = new QSocketNotifier(socket, QSocketNotifier::Write, this);
        connect(watch->read, &QSocketNotifier::activated, this, [this, socket] { act(socket, CURL_CSELECT_IN); });
        connect(watch->write, &QSocketNotifier::activated, this, [this, socket] { act(socket, CURL_CSELECT_OUT); });
        curl_multi_assign(m_multi, socket, watch);
    }
    watch->read->setEnabled(what & CURL_POLL_IN);
    watch->write->setEnabled(what & CURL_POLL_OUT);
}

void CurlSession::act(int socket, int mask)
{
    int running = 0;
    curl_multi_socket_action(m_multi, socket, mask, &running);
    collectDone();
}

void CurlSession::collectDone()
{
    int left = 0;
    while (CURLMsg *message = curl_multi_info_read(m_multi, &left)) {
        if (message->msg != CURLMSG_DONE)
            continue;
        CurlRequest *request = nullptr;
        curl_easy_getinfo(message->easy_handle, CURLINFO_PRIVATE, &request);
        if (request)
            request->done(message->data.result);
    }
}
