#include "CurlRequest.h"

#include "CurlSession.h"
#include "TransferLog.h"
#include "api/EnvironmentProxyFactory.h"

#include <QProcessEnvironment>

#include <curl/curl.h>

namespace {

// libcurl's outcome in the terms the transport policy and ErrorText speak (QNetworkReply's), so
// retries and messages are decided in one place for API calls and downloads alike.
QNetworkReply::NetworkError networkErrorOf(CURLcode code)
{
    switch (code) {
    case CURLE_OK:
        return QNetworkReply::NoError;
    case CURLE_COULDNT_RESOLVE_HOST:
        return QNetworkReply::HostNotFoundError;
    case CURLE_COULDNT_CONNECT:
        return QNetworkReply::ConnectionRefusedError;
    case CURLE_OPERATION_TIMEDOUT:
        return QNetworkReply::TimeoutError;
    case CURLE_COULDNT_RESOLVE_PROXY:
        return QNetworkReply::ProxyNotFoundError;
    case CURLE_PROXY:
        return QNetworkReply::ProxyConnectionRefusedError;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_CRL_BADFILE:
        return QNetworkReply::SslHandshakeFailedError; // a security verdict: never retried
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
        return QNetworkReply::RemoteHostClosedError;
    case CURLE_WEIRD_SERVER_REPLY:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
    case CURLE_BAD_CONTENT_ENCODING:
        return QNetworkReply::ProtocolFailure;
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_URL_MALFORMAT:
        return QNetworkReply::ProtocolUnknownError;
    default:
        return QNetworkReply::UnknownNetworkError;
    }
}

// An archive's response has a dozen headers; this much is a misbehaving server or proxy, and the
// transfer ends with a message that says so (libcurl's own limit, 300 KB, reads as a lost
// connection).
constexpr qint64 MaxHeaderBytes = 64 * 1024;

// The proxy for url by the one rule API calls follow too (EnvironmentProxyFactory), as libcurl's
// "scheme://host:port"; empty for none, which also stops libcurl reading the environment itself.
QByteArray proxyOption(const QNetworkProxy &proxy)
{
    if (proxy.type() != QNetworkProxy::HttpProxy && proxy.type() != QNetworkProxy::Socks5Proxy)
        return QByteArray("");
    QUrl url;
    url.setScheme(proxy.type() == QNetworkProxy::Socks5Proxy ? QStringLiteral("socks5h") : QStringLiteral("http"));
    url.setHost(proxy.hostName());
    url.setPort(proxy.port());
    return url.toEncoded();
}

bool isHeaderSafe(const QByteArray &text)
{
    return !text.contains('\r') && !text.contains('\n') && !text.contains('\0');
}

} // namespace

CurlRequest::CurlRequest(std::shared_ptr<CurlSession> session, const QUrl &url, const Headers &headers,
                         const Settings &settings, BodyReceiver receiver)
    : m_session(std::move(session))
    , m_receiver(std::move(receiver))
    , m_url(url.toEncoded())
    , m_stallTimeoutMs(qMax(1, settings.stallTimeoutMs))
{
    for (const auto &[name, value] : headers) {
        // A value libcurl would send as "remove this header", or one that could split a line.
        if (name.isEmpty() || value.isEmpty() || !isHeaderSafe(name) || !isHeaderSafe(value))
            continue;
        m_headerList = curl_slist_append(m_headerList, QByteArray(name + ": " + value).constData());
    }
    m_handle = curl_easy_init();
    if (!m_handle)
        qFatal("libcurl could not make a transfer handle");
    CURL *curl = m_handle;
    curl_easy_setopt(curl, CURLOPT_URL, m_url.constData());
    curl_easy_setopt(curl, CURLOPT_PRIVATE, this);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, m_headerList);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, &CurlRequest::onHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, this);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &CurlRequest::onBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, this);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, m_errorText);
    curl_easy_setopt(curl, CURLOPT_BUFFERSIZE, long(qBound(qint64(16) << 10, settings.receiveBytes, qint64(512) << 10)));
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    // One connection per archive, as `curl -o` has: HTTP/2 would put parallel downloads from one
    // storage host on one TCP connection, where they share one window and one core.
    curl_easy_setopt(curl, CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_1_1));
    curl_easy_setopt(curl, CURLOPT_SUPPRESS_CONNECT_HEADERS, 1L); // a proxy's "200 Connection established"
    // Strings are copied by libcurl.
    const QNetworkProxy proxy = EnvironmentProxyFactory::proxyFor(url, QProcessEnvironment::systemEnvironment());
    curl_easy_setopt(curl, CURLOPT_PROXY, proxyOption(proxy).constData());
    if (!proxy.user().isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_PROXYUSERNAME, proxy.user().toUtf8().constData());
        curl_easy_setopt(curl, CURLOPT_PROXYPASSWORD, proxy.password().toUtf8().constData());
    }
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(m_stallTimeoutMs));

    m_stallTimer.setInterval(qBound(50, m_stallTimeoutMs / 4, 1000));
    connect(&m_stallTimer, &QTimer::timeout, this, &CurlRequest::checkStall);
}

CurlRequest::~CurlRequest()
{
    if (m_attached)
        m_session->detach(this);
    curl_easy_cleanup(m_handle);
    curl_slist_free_all(m_headerList);
}

void CurlRequest::start()
{
    QTimer::singleShot(0, this, [this] {
        if (m_aborted || m_attached || m_ended)
            return;
        m_sinceActivity.start();
        m_stallTimer.start();
        m_attached = m_session->attach(this);
        if (!m_attached) {
            ApiError error;
            error.kind = ApiError::Kind::Network;
            error.networkError = QNetworkReply::UnknownNetworkError;
            error.message = QStringLiteral("libcurl refused the transfer");
            end(error);
        }
    });
}

void CurlRequest::pause()
{
    if (m_paused || m_aborted || m_ended)
        return;
    // Both directions (a GET has sent everything): libcurl answers a pause of receiving alone
    // by reading the socket once more, into a copy of its own (measured: 190 page faults for a
    // 256 MiB download).
    if (curl_easy_pause(m_handle, CURLPAUSE_ALL) == CURLE_OK)
        m_paused = true;
}

void CurlRequest::resume()
{
    if (!m_paused || m_aborted || m_ended)
        return;
    m_paused = false;
    m_sinceActivity.restart();
    // Hands the declined piece over again, from here, before it returns.
    const CURLcode code = curl_easy_pause(m_handle, CURLPAUSE_CONT);
    if (code != CURLE_OK)
        qCWarning(lcTransfer) << "libcurl could not resume a transfer:" << curl_easy_strerror(code);
}

void CurlRequest::abort()
{
    m_aborted = true;
    m_stallTimer.stop();
}

QByteArray CurlRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

size_t CurlRequest::onHeader(char *data, size_t size, size_t count, void *self)
{
    auto *request = static_cast<CurlRequest *>(self);
    if (request->m_aborted)
        return 0; // ends the transfer
    request->m_sinceActivity.restart();
    request->m_headerBytes += qint64(size * count);
    if (request->m_headerBytes > MaxHeaderBytes) {
        request->m_headersTooLarge = true;
        return 0;
    }
    request->headerLine(QByteArray(data, qsizetype(size * count)));
    return request->m_aborted ? 0 : size * count;
}

void CurlRequest::headerLine(const QByteArray &raw)
{
    const QByteArray line = raw.trimmed();
    if (raw.startsWith("HTTP/")) {
        // A new response (after an interim 1xx one): only the last one's headers count.
        m_headers.clear();
        m_headerBytes = raw.size();
        m_status = line.split(' ').value(1).toInt();
        return;
    }
    if (line.isEmpty()) {
        if (m_status >= 200 || m_status == 0)
            Q_EMIT responseStarted();
        return;
    }
    if ((raw.startsWith(' ') || raw.startsWith('\t')) && !m_headers.isEmpty()) {
        m_headers.last().second += ' ' + line; // an obsolete folded continuation line
        return;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon > 0)
        m_headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
}

size_t CurlRequest::onBody(char *data, size_t size, size_t count, void *self)
{
    auto *request = static_cast<CurlRequest *>(self);
    const size_t bytes = size * count;
    if (request->m_aborted)
        return 0;
    request->m_sinceActivity.restart();
    if (!request->m_receiver(data, qint64(bytes))) {
        if (request->m_aborted)
            return 0;
        request->m_paused = true;
        return CURL_WRITEFUNC_PAUSE;
    }
    return request->m_aborted ? 0 : bytes;
}

void CurlRequest::checkStall()
{
    if (m_paused || m_ended || m_aborted)
        return; // a paused transfer waits for us, not for the peer
    if (m_sinceActivity.elapsed() < m_stallTimeoutMs)
        return;
    if (m_attached) {
        m_session->detach(this);
        m_attached = false;
    }
    ApiError error;
    error.kind = ApiError::Kind::Timeout;
    error.networkError = QNetworkReply::TimeoutError;
    error.message = QStringLiteral("no data for %1 ms").arg(m_stallTimeoutMs);
    end(error);
}

void CurlRequest::done(int curlCode)
{
    if (m_aborted || m_ended)
        return;
    const auto code = CURLcode(curlCode);
    ApiError error;
    if (m_headersTooLarge) {
        error.kind = ApiError::Kind::Network;
        error.networkError = QNetworkReply::ProtocolFailure;
        error.message = QStringLiteral("the response's headers exceed %1 KiB").arg(MaxHeaderBytes / 1024);
    } else if (code != CURLE_OK) {
        error.networkError = networkErrorOf(code);
        error.kind = code == CURLE_OPERATION_TIMEDOUT ? ApiError::Kind::Timeout : ApiError::Kind::Network;
        error.message = QString::fromUtf8(m_errorText[0] ? m_errorText : curl_easy_strerror(code));
    }
    end(error);
}

void CurlRequest::end(ApiError error)
{
    m_ended = true;
    m_stallTimer.stop();
    m_error = std::move(error);
    Q_EMIT finished();
}
