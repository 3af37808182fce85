#pragma once

#include <QNetworkProxyFactory>
#include <QProcessEnvironment>

// The proxy the environment names, read the way curl reads it: the one rule for API calls (Qt's
// network stack, through this factory) and archive downloads (CurlRequest hands libcurl what
// proxyFor() chooses), so both take the same road through a company proxy:
//   https_proxy / HTTPS_PROXY for https URLs; http_proxy (lower case only: HTTP_PROXY may come
//   from a web request's "Proxy:" header under CGI) for http; all_proxy / ALL_PROXY for either;
//   no_proxy / NO_PROXY: "*", or comma-separated host names, domain suffixes (".example.com" or
//   "example.com" covers its subdomains) and literal IP addresses. This computer (localhost,
//   127.0.0.0/8, ::1) is always reached directly.
// A proxy is "[scheme://][user:password@]host[:port]": http (the default, port 1080 as in curl)
// or socks5/socks5h. Anything else, or an unreadable value, means no proxy, and says so once in
// the log, rather than sending the API key somewhere unexpected.
class EnvironmentProxyFactory : public QNetworkProxyFactory
{
public:
    EnvironmentProxyFactory() : m_environment(QProcessEnvironment::systemEnvironment()) {}
    explicit EnvironmentProxyFactory(const QProcessEnvironment &environment) : m_environment(environment) {}

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

    // The proxy for a request to url under this environment (NoProxy when none applies).
    static QNetworkProxy proxyFor(const QUrl &url, const QProcessEnvironment &environment);
    // Whether a no_proxy value exempts this host.
    static bool isExempt(const QString &host, const QString &noProxy);
    // A proxy variable's value; NoProxy (with *ok false) when it cannot be used.
    static QNetworkProxy parseProxy(const QString &value, bool *ok);

private:
    QProcessEnvironment m_environment;
};
