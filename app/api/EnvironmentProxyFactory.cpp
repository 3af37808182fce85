#include "EnvironmentProxyFactory.h"

#include "TransportPolicy.h"
#include "util/LogCategories.h"

#include <QHostAddress>

#include <atomic>
#include <QUrl>

namespace {

QString firstSet(const QProcessEnvironment &environment, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        const QString value = environment.value(QString::fromLatin1(name)).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

} // namespace

QList<QNetworkProxy> EnvironmentProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    return {proxyFor(query.url(), m_environment)};
}

QNetworkProxy EnvironmentProxyFactory::proxyFor(const QUrl &url, const QProcessEnvironment &environment)
{
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return QNetworkProxy::NoProxy;
    // A proxy elsewhere cannot reach this computer's loopback (mf-sandbox), whatever no_proxy says.
    if (TransportPolicy::isLoopbackHost(url.host()) || isExempt(url.host(), firstSet(environment, {"no_proxy", "NO_PROXY"})))
        return QNetworkProxy::NoProxy;
    const QString value = scheme == QLatin1String("https")
                              ? firstSet(environment, {"https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"})
                              : firstSet(environment, {"http_proxy", "all_proxy", "ALL_PROXY"});
    if (value.isEmpty())
        return QNetworkProxy::NoProxy;
    bool ok = false;
    const QNetworkProxy proxy = parseProxy(value, &ok);
    if (!ok) {
        static std::atomic_bool told = false; // API calls and downloads both ask
        if (!told.exchange(true))
            qCWarning(lcApi) << "the proxy named in the environment cannot be used; connecting directly";
    }
    return proxy;
}

bool EnvironmentProxyFactory::isExempt(const QString &host, const QString &noProxy)
{
    const QString name = host.toLower();
    const QHostAddress address(name);
    for (QString entry : noProxy.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        entry = entry.trimmed().toLower();
        if (entry == QLatin1String("*"))
            return true;
        if (!address.isNull()) {
            if (QHostAddress(entry) == address)
                return true;
            continue;
        }
        if (entry.startsWith(QLatin1Char('.')))
            entry.remove(0, 1);
        if (!entry.isEmpty() && (name == entry || name.endsWith(QLatin1Char('.') + entry)))
            return true;
    }
    return false;
}

QNetworkProxy EnvironmentProxyFactory::parseProxy(const QString &value, bool *ok)
{
    *ok = false;
    const QUrl url = QUrl::fromUserInput(value.contains(QLatin1String("://")) ? value : QLatin1String("http://") + value);
    const QString scheme = url.scheme().toLower();
    QNetworkProxy::ProxyType type;
    if (scheme == QLatin1String("http"))
        type = QNetworkProxy::HttpProxy;
    else if (scheme == QLatin1String("socks5") || scheme == QLatin1String("socks5h"))
        type = QNetworkProxy::Socks5Proxy;
    else
        return QNetworkProxy::NoProxy; // https:// proxies, socks4, and the rest: not for Qt
    if (!url.isValid() || url.host().isEmpty())
        return QNetworkProxy::NoProxy;
    *ok = true;
    return QNetworkProxy(type, url.host(), quint16(url.port(1080)), url.userName(), url.password());
}
