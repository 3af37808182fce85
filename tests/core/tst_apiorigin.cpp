#include "ClientTestBase.h"
#include "api/ErrorText.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

namespace {

QStringList g_log;
QtMessageHandler g_previous = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log << QString::fromLatin1(context.category ? context.category : "") + u' ' + message;
    if (g_previous && type != QtDebugMsg)
        g_previous(type, context, message);
}

} // namespace

// Where the key may go: base URL rules, the Bearer header only for the API's origin, redirects
// followed only within it, path segments encoded, and no secret in any log line.
class TestApiOrigin : public ClientTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(startServers()); }

    void baseUrlRules_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << "https://api.managed.dev/v1" << true;
        QTest::newRow("http loopback v4") << "http://127.0.0.1:8470/v1" << true;
        QTest::newRow("http loopback 127/8") << "http://127.8.9.10/v1" << true;
        QTest::newRow("http loopback v6") << "http://[::1]:8470/v1" << true;
        QTest::newRow("http localhost") << "http://LOCALHOST:8470/v1" << true;
        QTest::newRow("http remote") << "http://api.managed.dev/v1" << false;
        QTest::newRow("http lan") << "http://192.168.1.10/v1" << false;
        QTest::newRow("http localhost lookalike") << "http://localhost.evil.com/v1" << false;
        QTest::newRow("ftp") << "ftp://127.0.0.1/v1" << false;
        QTest::newRow("credentials") << "https://user:pw@api.managed.dev/v1" << false;
        QTest::newRow("query") << "https://api.managed.dev/v1?x=1" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("no host") << "https:///v1" << false;
    }

    void baseUrlRules()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(ApiClient::checkBaseUrl(QUrl(url)).isEmpty(), allowed);
    }

    void insecureBaseUrlRefusesEveryCall()
    {
        ApiClient c(QUrl(QStringLiteral("http://example.com/v1")));
        c.setApiKey(Key);
        ApiReply *r = c.me();
        QVERIFY(!r->isFinished()); // finished() always comes from the event loop
        QVERIFY(wait(r));
        QCOMPARE(r->error().kind, ApiError::Kind::InsecureUrl);
        QVERIFY(!ErrorText::describe(r->error()).isEmpty());
        QVERIFY(!c.isApiOrigin(QUrl(QStringLiteral("http://example.com/v1/me"))));
        delete r;
    }

    void missingKeyRefused()
    {
        ApiClient c(api->url(QStringLiteral("/v1")));
        ApiReply *r = c.me();
        QVERIFY(wait(r));
        QCOMPARE(r->error().kind, ApiError::Kind::NoCredentials);
        QCOMPARE(api->requests().size(), 0);
        delete r;
    }

    void keyOnlyForApiOrigin()
    {
        ApiClient c(QUrl(QStringLiteral("https://api.managed.dev/v1")));
        c.setApiKey(Key + u"\n");
        auto auth = [&c](const char *url) { return c.makeRequest(QUrl(QLatin1String(url))).rawHeader("Authorization"); };
        QCOMPARE(auth("https://api.managed.dev/v1/me"), "Bearer " + Key.toLatin1());
        QCOMPARE(auth("https://API.managed.dev:443/other"), "Bearer " + Key.toLatin1());
        QVERIFY(auth("http://api.managed.dev/v1/me").isEmpty());
        QVERIFY(auth("https://api.managed.dev:8443/v1/me").isEmpty());
        QVERIFY(auth("https://storage.managed.dev/v1/me").isEmpty());
        QVERIFY(auth("https://api.managed.dev.evil.com/v1/me").isEmpty());
        const QNetworkRequest r = c.makeRequest(QUrl(QStringLiteral("https://api.managed.dev/v1/me")));
        QCOMPARE(r.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(), int(QNetworkRequest::ManualRedirectPolicy));
    }

    void sameOriginRedirectFollowed()
    {
        api->setHandler([](const FakeHttpServer::Request &req) {
            if (req.target == "/v1/me")
                return Response::redirect(302, "/v1/me2");
            return Response::json(200, Fixtures::bytes(Fixtures::me()));
        });
        auto c = client(fastOptions());
        ApiReply *r = c->me();
        QVERIFY(wait(r));
        QVERIFY2(r->ok(), qPrintable(ErrorText::describe(r->error())));
        QCOMPARE(api->requests().size(), 2);
        for (const auto &req : api->requests())
            QCOMPARE(req.header("authorization"), "Bearer " + Key.toLatin1());
        delete r;
    }

    void crossOriginRedirectRefused_data()
    {
        QTest::addColumn<QString>("target"); // %1 = other port, %2 = API port
        QTest::newRow("other port") << "http://127.0.0.1:%1/v1/me";
        QTest::newRow("other host name, same port") << "http://localhost:%2/v1/me";
        QTest::newRow("https, same port") << "https://127.0.0.1:%2/v1/me";
    }

    void crossOriginRedirectRefused()
    {
        QFETCH(QString, target);
        const QByteArray location = QString(target).replace(QStringLiteral("%1"), QString::number(other->port()))
                                      .replace(QStringLiteral("%2"), QString::number(api->port())).toLatin1();
        api->setHandler([location](const FakeHttpServer::Request &) { return Response::redirect(302, location); });
        auto c = client(fastOptions());
        ApiReply *r = c->me();
        QVERIFY(wait(r));
        QCOMPARE(r->error().kind, ApiError::Kind::BadResponse);
        QCOMPARE(r->error().httpStatus, 302);
        QVERIFY(ErrorText::describe(r->error()).contains(QStringLiteral("redirected")));
        QCOMPARE(api->requests().size(), 1);
        QCOMPARE(other->requests().size(), 0); // not followed at all, so the key went nowhere
        delete r;
    }

    void postRedirects()
    {
        api->setHandler([](const FakeHttpServer::Request &req) {
            if (req.target == "/v1/sites/acme/backups")
                return Response::redirect(307, "/v1/sites/acme-2/backups");
            if (req.target == "/v1/sites/acme-2/backups")
                return Response::json(202, Fixtures::bytes(Fixtures::accepted()));
            return Response::redirect(302, "/v1/elsewhere");
        });
        auto c = client(fastOptions());
        ApiReply *r = c->createBackup("acme", "production", {}, "key-123456");
        QVERIFY(wait(r));
        QVERIFY2(r->ok(), qPrintable(ErrorText::describe(r->error())));
        QCOMPARE(api->requests().size(), 2);
        QCOMPARE(api->requests()[1].method, "POST");
        QCOMPARE(api->requests()[1].body, api->requests()[0].body);
        QCOMPARE(api->requests()[1].header("idempotency-key"), "key-123456");
        delete r;
        // A 302 would turn the POST into a GET and lose the action: refused.
        ApiReply *r2 = c->restoreSnapshot("acme", Fixtures::id("snap"), {"db"}, {}, "key-abcdefg");
        QVERIFY(wait(r2));
        QCOMPARE(r2->error().kind, ApiError::Kind::BadResponse);
        QCOMPARE(api->count("POST", "/v1/elsewhere") + api->count("GET", "/v1/elsewhere"), 0);
        delete r2;
    }

    void pathSegmentsEncoded()
    {
        auto c = client(fastOptions());
        ApiReply *r = c->site(QStringLiteral("../me?x"));
        QVERIFY(wait(r));
        QCOMPARE(api->requests().size(), 1);
        QCOMPARE(api->requests()[0].target, "/v1/sites/..%2Fme%3Fx");
        delete r;
        const QUrl d = c->downloadUrl("acme", Fixtures::id("snap"), {"db", "files"});
        QVERIFY(d.toString().endsWith("/download?selectors=db,files"));
        QVERIFY(c->isApiOrigin(d));
    }

    void logNeverContainsKey()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("mf.*.debug=true"));
        g_log.clear();
        g_previous = qInstallMessageHandler(captureLog);
        int calls = 0;
        api->setHandler([&calls](const FakeHttpServer::Request &) {
            return ++calls == 1 ? Response::error(500, "internal") : Response::json(200, Fixtures::bytes(Fixtures::me()));
        });
        auto c = client(fastOptions());
        ApiReply *r = c->me();
        const bool ok = wait(r);
        qInstallMessageHandler(g_previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(ok);
        QVERIFY(r->ok());
        delete r;
        const QString all = g_log.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("mf.api GET /v1/me 500 attempt 1 request req_fake")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("/v1/me 200 attempt 2")));
        QVERIFY(!all.contains(Key));
        QVERIFY(!all.contains(Key.mid(9, 12)));
        QVERIFY(!all.contains(QStringLiteral("Bearer")));
    }
};

QTEST_GUILESS_MAIN(TestApiOrigin)
#include "tst_apiorigin.moc"
