#include "FakeHttpServer.h"
#include "Fixtures.h"
#include "api/ApiClient.h"
#include "api/ErrorText.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using Response = FakeHttpServer::Response;

namespace {

const QString Key = QStringLiteral("mfk_test_AbCdEfGhIjKlMnOpQrStUvWxYz012345");

QStringList g_log;
QtMessageHandler g_previous = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log << QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message;
    if (g_previous && type != QtDebugMsg)
        g_previous(type, context, message);
}

} // namespace

// The client's network behaviour against a scripted local server: redirects and the key's
// origin, retries with Retry-After and idempotency keys, body caps, timeouts, pagination.
class TestApiClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeHttpServer> api;
    std::unique_ptr<FakeHttpServer> other;

    ApiClient::Options fastOptions(int attempts = 4) const
    {
        ApiClient::Options o;
        o.baseBackoffMs = 20;
        o.maxBackoffMs = 80;
        o.maxAttempts = attempts;
        o.timeoutMs = 5000;
        return o;
    }

    std::unique_ptr<ApiClient> client(const ApiClient::Options &o)
    {
        auto c = std::make_unique<ApiClient>(api->url(QStringLiteral("/v1")), o);
        c->setApiKey(Key);
        return c;
    }

    // Waits for a reply kept alive by the test (auto-delete off).
    static bool wait(ApiReply *reply, int ms = 20000)
    {
        reply->setAutoDelete(false);
        QSignalSpy spy(reply, &ApiReply::finished);
        return reply->isFinished() || spy.wait(ms);
    }

private Q_SLOTS:
    void init()
    {
        api = std::make_unique<FakeHttpServer>();
        other = std::make_unique<FakeHttpServer>();
        QVERIFY(api->listen());
        QVERIFY(other->listen());
    }

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

    void retriesHonourRetryAfter()
    {
        int calls = 0;
        api->setHandler([&calls](const FakeHttpServer::Request &) {
            if (++calls <= 2)
                return Response::error(calls == 1 ? 429 : 503, calls == 1 ? "rate_limited" : "unavailable").header("Retry-After", "1");
            return Response::json(200, Fixtures::bytes(Fixtures::me()));
        });
        QList<qint64> at;
        QElapsedTimer clock;
        clock.start();
        connect(api.get(), &FakeHttpServer::requestReceived, this, [&] { at << clock.elapsed(); });
        auto c = client(fastOptions());
        ApiReply *r = c->me();
        QVERIFY(wait(r));
        QVERIFY(r->ok());
        QCOMPARE(r->attempts(), 3);
        QCOMPARE(at.size(), 3);
        QVERIFY2(at[1] - at[0] >= 1000, "retried before Retry-After");
        QVERIFY2(at[2] - at[1] >= 1000, "retried before Retry-After");
        delete r;
    }

    void postRetriedWithSameIdempotencyKey()
    {
        int calls = 0;
        api->setHandler([&calls](const FakeHttpServer::Request &) {
            if (++calls <= 2)
                return Response::error(500, "internal");
            return Response::json(202, Fixtures::bytes(Fixtures::accepted())).header("Idempotent-Replayed", "true");
        });
        auto c = client(fastOptions());
        const QString key = ApiClient::newIdempotencyKey();
        QVERIFY(!key.isEmpty());
        QVERIFY(key != ApiClient::newIdempotencyKey());
        ApiReply *r = c->createBackup("acme-store", "production", "before upgrade", key);
        QVERIFY(wait(r));
        QVERIFY2(r->ok(), qPrintable(ErrorText::describe(r->error())));
        QVERIFY(r->replayed());
        QCOMPARE(api->requests().size(), 3);
        for (const auto &req : api->requests()) {
            QCOMPARE(req.method, "POST");
            QCOMPARE(req.header("idempotency-key"), key.toLatin1());
            QCOMPARE(req.body, api->requests()[0].body);
            QCOMPARE(req.header("content-type"), "application/json");
        }
        delete r;
    }

    void clientErrorsNotRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("code");
        QTest::newRow("400") << 400 << QByteArray("bad_request");
        QTest::newRow("403") << 403 << QByteArray("forbidden");
        QTest::newRow("404") << 404 << QByteArray("not_found");
        QTest::newRow("409") << 409 << QByteArray("environment_busy");
        QTest::newRow("422") << 422 << QByteArray("idempotency_key_reused");
    }

    void clientErrorsNotRetried()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, code);
        api->setHandler([=](const FakeHttpServer::Request &) { return Response::error(status, code); });
        auto c = client(fastOptions());
        ApiReply *r = c->job(Fixtures::id("job"));
        QVERIFY(wait(r));
        QCOMPARE(r->error().kind, ApiError::Kind::Http);
        QCOMPARE(r->error().httpStatus, status);
        QCOMPARE(r->error().code, QString::fromLatin1(code));
        QCOMPARE(r->error().requestId, QStringLiteral("req_fake"));
        QCOMPARE(api->requests().size(), 1);
        delete r;
    }

    void unauthorizedSignalled()
    {
        api->setHandler([](const FakeHttpServer::Request &) {
            return Response::error(401, "unauthorized", "The key was revoked.").header("WWW-Authenticate", "Bearer");
        });
        auto c = client(fastOptions());
        QSignalSpy spy(c.get(), &ApiClient::unauthorized);
        ApiReply *r = c->me();
        QVERIFY(wait(r));
        QVERIFY(r->error().isUnauthorized());
        QCOMPARE(spy.size(), 1);
        QVERIFY(ErrorText::describe(r->error()).contains(QStringLiteral("revoked or has expired")));
        QCOMPARE(api->requests().size(), 1);
        delete r;
    }

    void nonJsonErrorBodies_data()
    {
        QTest::addColumn<Response>("response");
        Response html;
        html.status = 502;
        html.body = "<html><body><h1>502 Bad Gateway</h1></body></html>";
        html.header("Content-Type", "text/html");
        QTest::newRow("html 502") << html;
        Response empty;
        empty.status = 503;
        QTest::newRow("empty 503") << empty;
        Response truncated = Response::error(500, "internal");
        truncated.cutAfter = 12;
        QTest::newRow("truncated 500") << truncated;
        Response wrongShape = Response::json(500, R"({"message":"oops"})");
        QTest::newRow("wrong shape 500") << wrongShape;
    }

    void nonJsonErrorBodies()
    {
        QFETCH(Response, response);
        api->setHandler([response](const FakeHttpServer::Request &) { return response; });
        auto c = client(fastOptions(2));
        ApiReply *r = c->me();
        QVERIFY(wait(r));
        QCOMPARE(r->error().kind, ApiError::Kind::Http);
        QCOMPARE(r->error().httpStatus, response.status);
        QVERIFY(!r->error().parseProblem.isEmpty());
        QVERIFY(ErrorText::describe(r->error()).contains(QString::number(response.status)));
        // 5xx: retried, then reported (Qt itself may resend once on a connection closed mid-body).
        QVERIFY(api->requests().size() >= 2);
        delete r;
    }

    void malformedSuccessBody()
    {
        api->setHandler([](const FakeHttpServer::Request &) {
            QJsonObject m = Fixtures::me();
            m.remove("token");
            return Response::json(200, Fixtures::bytes(m));
        });
        auto c = client(fastOptions());
        ApiReply *r = c->me();
        QVERIFY(wait(r));
        QCOMPARE(r->error().kind, ApiError::Kind::BadResponse);
        QVERIFY(r->error().parseProblem.contains(QStringLiteral("token")));
        delete r;
    }

    void hugeBodiesRefused_data()
    {
        QTest::addColumn<bool>("chunked");
        QTest::newRow("content-length") << false;
        QTest::newRow("chunked") << true;
    }

    void hugeBodiesRefused()
    {
        QFETCH(bool, chunked);
        api->setHandler([chunked](const FakeHttpServer::Request &) {
            Response r;
            r.streamBytes = 50LL * 1024 * 1024;
            r.chunked = chunked;
            return r;
        });
        auto c = client(fastOptions());
        ApiReply *r = c->get(QStringLiteral("/sites"));
        QVERIFY(wait(r, 60000));
        QCOMPARE(r->error().kind, ApiError::Kind::BadResponse);
        QVERIFY(r->error().parseProblem.contains(QStringLiteral("larger")));
        QCOMPARE(api->requests().size(), 1);
        // The client stopped reading: the server never got to send all 50 MB.
        QVERIFY2(api->bytesStreamed() < 30LL * 1024 * 1024, qPrintable(QString::number(api->bytesStreamed())));
        delete r;
    }

    void timeoutRetriedThenReported()
    {
        api->setHandler([](const FakeHttpServer::Request &) {
            Response r;
            r.stall = true;
            return r;
        });
        ApiClient::Options o = fastOptions(2);
        o.timeoutMs = 200;
        auto c = client(o);
        QSignalSpy reach(c.get(), &ApiClient::reachabilityChanged);
        ApiReply *r = c->me();
        QVERIFY(wait(r));
        QCOMPARE(r->error().kind, ApiError::Kind::Timeout);
        QCOMPARE(api->requests().size(), 2);
        QCOMPARE(reach.size(), 1);
        QCOMPARE(reach[0][0].toBool(), false);
        delete r;
    }

    void truncatedSuccessRetried()
    {
        int calls = 0;
        api->setHandler([&calls](const FakeHttpServer::Request &) {
            Response r = Response::json(200, Fixtures::bytes(Fixtures::me()));
            if (++calls == 1)
                r.cutAfter = 20;
            return r;
        });
        auto c = client(fastOptions());
        ApiReply *r = c->me();
        QVERIFY(wait(r));
        QVERIFY2(r->ok(), qPrintable(ErrorText::describe(r->error())));
        QCOMPARE(calls, 2);
        delete r;
    }

    void connectionRefused()
    {
        const QUrl dead = other->url(QStringLiteral("/v1"));
        other.reset(); // nothing listens there any more
        ApiClient c(dead, fastOptions(2));
        c.setApiKey(Key);
        QSignalSpy reach(&c, &ApiClient::reachabilityChanged);
        ApiReply *r = c.me();
        QVERIFY(wait(r));
        QCOMPARE(r->error().kind, ApiError::Kind::Network);
        QCOMPARE(r->error().networkError, QNetworkReply::ConnectionRefusedError);
        QVERIFY(ErrorText::describe(r->error()).contains(QStringLiteral("refused")));
        QCOMPARE(reach.size(), 1);
        QVERIFY(!c.isReachable());
        delete r;
    }

    void paginationInOrder()
    {
        const QString cursor2 = QStringLiteral("c2+/=&x");
        api->setHandler([&](const FakeHttpServer::Request &req) {
            const QUrlQuery q(QUrl::fromEncoded("http://x" + req.target));
            const QString cursor = q.queryItemValue("cursor", QUrl::FullyDecoded);
            if (cursor.isEmpty())
                return Response::json(200, Fixtures::page({Fixtures::site("a1"), Fixtures::site("a2")}, "c1"));
            if (cursor == "c1")
                return Response::json(200, Fixtures::page({Fixtures::site("b1")}, cursor2));
            if (cursor == cursor2)
                return Response::json(200, Fixtures::page({Fixtures::site("c1")}, QJsonValue::Null));
            return Response::error(400, "bad_request");
        });
        auto c = client(fastOptions());
        ApiReply *r = c->listSites(QStringLiteral("a&b"));
        r->setAutoDelete(false);
        QStringList slugs;
        connect(r, &ApiReply::pageReceived, this, [&](const QJsonArray &items) {
            slugs << QStringLiteral("|");
            for (const QJsonValue &v : items)
                slugs << v.toObject().value("slug").toString();
        });
        QVERIFY(wait(r));
        QVERIFY2(r->ok(), qPrintable(ErrorText::describe(r->error())));
        QCOMPARE(slugs, QStringList({"|", "a1", "a2", "|", "b1", "|", "c1"}));
        QCOMPARE(r->json().toArray().size(), 4);
        QCOMPARE(api->requests().size(), 3);
        QVERIFY(api->requests()[0].target.contains("limit=100"));
        QVERIFY(api->requests()[0].target.contains("q=a%26b"));
        delete r;
    }

    void paginationCancel()
    {
        api->setHandler([](const FakeHttpServer::Request &req) {
            return Response::json(200, Fixtures::page({Fixtures::job()}, req.target.contains("cursor") ? "c3" : "c2"));
        });
        auto c = client(fastOptions());
        ApiReply *r = c->listJobs(QStringLiteral("running"));
        r->setAutoDelete(false);
        connect(r, &ApiReply::pageReceived, r, &ApiReply::cancel);
        QVERIFY(wait(r));
        QCOMPARE(r->error().kind, ApiError::Kind::Cancelled);
        QCOMPARE(api->requests().size(), 1);
        QCOMPARE(r->json().toArray().size(), 1);
        delete r;
    }

    void paginationRejectsBadPagesAndLoops()
    {
        api->setHandler([](const FakeHttpServer::Request &req) {
            if (req.target.contains("/jobs"))
                return Response::json(200, Fixtures::page({Fixtures::job()}, "same")); // loops forever
            return Response::json(200, Fixtures::page({Fixtures::snapshot(), QJsonObject{{"id", 1}}}, QJsonValue::Null));
        });
        auto c = client(fastOptions());
        int pages = 0;
        ApiReply *snaps = c->listSnapshots("acme");
        connect(snaps, &ApiReply::pageReceived, this, [&pages] { ++pages; });
        QVERIFY(wait(snaps));
        QCOMPARE(snaps->error().kind, ApiError::Kind::BadResponse);
        QVERIFY(snaps->error().parseProblem.startsWith(QStringLiteral("data[1].id")));
        QCOMPARE(pages, 0); // never half a page
        ApiReply *jobs = c->listJobs();
        QVERIFY(wait(jobs));
        QCOMPARE(jobs->error().kind, ApiError::Kind::BadResponse);
        QCOMPARE(api->count("GET", "/v1/jobs"), 2);
        delete snaps;
        delete jobs;
    }

    void cancelDuringBackoff()
    {
        api->setHandler([](const FakeHttpServer::Request &) { return Response::error(503, "unavailable").header("Retry-After", "30"); });
        auto c = client(fastOptions());
        ApiReply *r = c->me();
        r->setAutoDelete(false);
        QTRY_COMPARE(api->requests().size(), 1);
        QTest::qWait(50);
        r->cancel();
        QVERIFY(!r->isFinished()); // finished() comes from the event loop
        QVERIFY(wait(r));
        QCOMPARE(r->error().kind, ApiError::Kind::Cancelled);
        QCOMPARE(api->requests().size(), 1);
        delete r;
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

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
