#include "ClientTestBase.h"
#include "api/ErrorText.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

// Failures and how the client rides them out: retries honouring Retry-After, one Idempotency-Key
// across a POST's attempts, non-JSON error bodies, body caps, timeouts and cancellation.
class TestApiResilience : public ClientTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(startServers()); }

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
        o.stallTimeoutMs = 200;
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
        QSignalSpy reach(c.get(), &ApiClient::reachabilityChanged);
        ApiReply *r = c->me();
        QVERIFY(wait(r));
        QVERIFY2(r->ok(), qPrintable(ErrorText::describe(r->error())));
        QCOMPARE(calls, 2);
        QCOMPARE(reach.size(), 0); // the server answered, if badly: it is reachable
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
};

QTEST_GUILESS_MAIN(TestApiResilience)
#include "tst_apiresilience.moc"
