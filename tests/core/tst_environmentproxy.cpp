// The proxy from the environment, read as curl reads it, for API calls (downloads get it from
// libcurl itself: tst_DownloadPolicy::proxyFromTheEnvironmentIsUsed).
#include "FakeHttpServer.h"

#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "api/EnvironmentProxyFactory.h"

#include <QSignalSpy>
#include <QTest>

class TestEnvironmentProxy : public QObject
{
    Q_OBJECT

    static QProcessEnvironment env(std::initializer_list<std::pair<const char *, const char *>> values)
    {
        QProcessEnvironment e;
        for (const auto &[name, value] : values)
            e.insert(QString::fromLatin1(name), QString::fromLatin1(value));
        return e;
    }

private Q_SLOTS:
    void choosesTheVariableForTheScheme()
    {
        const auto e = env({{"http_proxy", "proxy.corp:3128"}, {"https_proxy", "http://secure.corp:8080"}});
        QNetworkProxy p = EnvironmentProxyFactory::proxyFor(QUrl(QStringLiteral("https://api.managed.dev/v1")), e);
        QCOMPARE(p.type(), QNetworkProxy::HttpProxy);
        QCOMPARE(p.hostName(), QStringLiteral("secure.corp"));
        QCOMPARE(p.port(), quint16(8080));
        p = EnvironmentProxyFactory::proxyFor(QUrl(QStringLiteral("http://mirror.example/v1")), e);
        QCOMPARE(p.hostName(), QStringLiteral("proxy.corp"));
        QCOMPARE(p.port(), quint16(3128));
    }

    void upperCaseHttpProxyIsIgnoredAndAllProxyIsTheFallback()
    {
        const auto e = env({{"HTTP_PROXY", "evil.example:80"}, {"ALL_PROXY", "socks5h://user:pw@tunnel:1080"}});
        const QNetworkProxy p = EnvironmentProxyFactory::proxyFor(QUrl(QStringLiteral("http://mirror.example/v1")), e);
        QCOMPARE(p.type(), QNetworkProxy::Socks5Proxy);
        QCOMPARE(p.hostName(), QStringLiteral("tunnel"));
        QCOMPARE(p.user(), QStringLiteral("user"));
        QCOMPARE(p.password(), QStringLiteral("pw"));
    }

    void thisComputerIsReachedDirectly()
    {
        const auto e = env({{"http_proxy", "proxy.corp:3128"}, {"https_proxy", "proxy.corp:3128"}});
        for (const char *url : {"http://127.0.0.1:8470/v1", "http://127.8.9.10/v1", "http://localhost/v1",
                                "http://[::1]:8470/v1", "https://localhost/v1"})
            QCOMPARE(EnvironmentProxyFactory::proxyFor(QUrl(QString::fromLatin1(url)), e).type(), QNetworkProxy::NoProxy);
    }

    void noProxyExempts_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("noProxy");
        QTest::addColumn<bool>("exempt");
        QTest::newRow("star") << "api.managed.dev" << "*" << true;
        QTest::newRow("exact") << "api.managed.dev" << "api.managed.dev" << true;
        QTest::newRow("suffix") << "api.managed.dev" << "managed.dev" << true;
        QTest::newRow("dotted suffix") << "api.managed.dev" << " .managed.dev ,other" << true;
        QTest::newRow("lookalike") << "api.notmanaged.dev" << "managed.dev" << false;
        QTest::newRow("ip") << "127.0.0.1" << "localhost,127.0.0.1" << true;
        QTest::newRow("ip not a suffix") << "10.0.0.1" << "0.0.1" << false;
        QTest::newRow("empty") << "api.managed.dev" << "" << false;
        QTest::newRow("case") << "API.Managed.Dev" << "managed.DEV" << true;
    }

    void noProxyExempts()
    {
        QFETCH(QString, host);
        QFETCH(QString, noProxy);
        QFETCH(bool, exempt);
        QCOMPARE(EnvironmentProxyFactory::isExempt(host, noProxy), exempt);
    }

    void unusableProxiesMeanNone_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("https proxy") << "https://proxy.corp:443";
        QTest::newRow("socks4") << "socks4://proxy.corp";
        QTest::newRow("no host") << "http://:8080";
    }

    void unusableProxiesMeanNone()
    {
        QFETCH(QString, value);
        bool ok = true;
        QCOMPARE(EnvironmentProxyFactory::parseProxy(value, &ok).type(), QNetworkProxy::NoProxy);
        QVERIFY(!ok);
    }

    void apiCallsGoThroughIt()
    {
        // The "proxy" refuses the tunnel; what counts is that it was asked for one.
        FakeHttpServer proxy;
        QVERIFY(proxy.listen());
        proxy.setHandler([](const FakeHttpServer::Request &) { return FakeHttpServer::Response::error(403, "no"); });
        const QByteArray before = qgetenv("https_proxy");
        qputenv("https_proxy", proxy.url().toEncoded());
        qunsetenv("no_proxy");
        ApiClient client(QUrl(QStringLiteral("https://api.example/v1")));
        client.setApiKey(QStringLiteral("mfk_test_proxy"));
        ApiReply *reply = client.me();
        reply->setAutoDelete(false);
        QSignalSpy finished(reply, &ApiReply::finished);
        QVERIFY(finished.wait(60000));
        if (before.isEmpty())
            qunsetenv("https_proxy");
        else
            qputenv("https_proxy", before);
        QVERIFY(reply->error().isError());
        delete reply;
        QVERIFY(!proxy.requests().isEmpty());
        QCOMPARE(proxy.requests().first().method, QByteArray("CONNECT"));
        QCOMPARE(proxy.requests().first().target, QByteArray("api.example:443"));
        QVERIFY(proxy.requests().first().header("Authorization").isEmpty()); // the key is for the API only
    }
};

QTEST_GUILESS_MAIN(TestEnvironmentProxy)
#include "tst_environmentproxy.moc"
