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
        p = EnvironmentProxyFactory::proxyFor(QUrl(QStringLiteral("http://127.0.0.1:8470/v1")), e);
        QCOMPARE(p.hostName(), QStringLiteral("proxy.corp"));
        QCOMPARE(p.port(), quint16(3128));
    }

    void upperCaseHttpProxyIsIgnoredAndAllProxyIsTheFallback()
    {
        const auto e = env({{"HTTP_PROXY", "evil.example:80"}, {"ALL_PROXY", "socks5h://user:pw@tunnel:1080"}});
        const QNetworkProxy p = EnvironmentProxyFactory::proxyFor(QUrl(QStringLiteral("http://127.0.0.1/v1")), e);
        QCOMPARE(p.type(), QNetworkProxy::Socks5Proxy);
        QCOMPARE(p.hostName(), QStringLiteral("tunnel"));
        QCOMPARE(p.user(), QStringLiteral("user"));
        QCOMPARE(p.password(), QStringLiteral("pw"));
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
        FakeHttpServer proxy;
        QVERIFY(proxy.listen());
        proxy.setHandler([](const FakeHttpServer::Request &) {
            return FakeHttpServer::Response::json(200, R"({"organization":{"id":"org_1","name":"Acme"},"key":{"id":"key_1","name":"ci","scopes":[]}})");
        });
        const QByteArray before = qgetenv("http_proxy");
        qputenv("http_proxy", proxy.url().toEncoded());
        qunsetenv("no_proxy");
        ApiClient client(QUrl(QStringLiteral("http://127.0.0.1:9/v1"))); // nothing listens there
        client.setApiKey(QStringLiteral("mfk_test_proxy"));
        ApiReply *reply = client.me();
        QSignalSpy finished(reply, &ApiReply::finished);
        QVERIFY(finished.wait(20000));
        if (before.isEmpty())
            qunsetenv("http_proxy");
        else
            qputenv("http_proxy", before);
        QCOMPARE(proxy.requests().size(), 1);
        QCOMPARE(proxy.requests().first().target, QByteArray("http://127.0.0.1:9/v1/me"));
    }
};

QTEST_GUILESS_MAIN(TestEnvironmentProxy)
#include "tst_environmentproxy.moc"
