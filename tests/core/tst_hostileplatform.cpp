#include "ClientTestBase.h"
#include "api/ErrorText.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

// A platform that misbehaves on purpose: silence after the headers, a body trickling in one
// byte at a time, a reset mid-body, absurd Retry-After values, pages of nothing that never end,
// a compressed bomb and HTML where JSON belongs. Each call must end — with an error a person can
// read — within the transport policy's call deadline, and say while it waits to retry.
// The limits are scaled down (hundreds of milliseconds) so the test is quick; the same rules
// with the real limits are exercised against the `mf` binary in tst_cli_hostile.
class TestHostilePlatform : public ClientTestBase
{
    Q_OBJECT

    static ApiClient::Options tightOptions()
    {
        ApiClient::Options o = fastOptions(6);
        o.stallTimeoutMs = 300;
        o.attemptDeadlineMs = 800;
        o.callDeadlineMs = 2000;
        return o;
    }

    // Runs me() against the current handler; returns the finished reply (owned by the caller).
    ApiReply *runMe(ApiClient &c, qint64 *elapsedMs)
    {
        QElapsedTimer t;
        t.start();
        ApiReply *r = c.me();
        if (!wait(r, 15000))
            return nullptr;
        *elapsedMs = t.elapsed();
        return r;
    }

private Q_SLOTS:
    void init() { QVERIFY(startServers()); }

    void headersThenSilenceEndsAtTheDeadline()
    {
        api->setHandler([](const FakeHttpServer::Request &) {
            Response r = Response::json(200, Fixtures::bytes(Fixtures::me()));
            r.stallAfterHeaders = true;
            return r;
        });
        auto c = client(tightOptions());
        QSignalSpy retries(c.get(), &ApiClient::retrying);
        qint64 ms = 0;
        std::unique_ptr<ApiReply> r(runMe(*c, &ms));
        QVERIFY(r);
        QCOMPARE(r->error().kind, ApiError::Kind::Timeout);
        QVERIFY2(ms < 2000 + 1000, qPrintable(QString::number(ms)));
        QVERIFY(api->requests().size() >= 2); // it was tried again, not abandoned at once
        QCOMPARE(retries.size(), api->requests().size() - 1);
        QCOMPARE(retries.first().at(2).toInt(), 1); // the first attempt failed
        QCOMPARE(retries.first().at(3).toInt(), 6);
        QVERIFY(!ErrorText::describe(r->error()).isEmpty());
    }

    void oneByteAtATimeEndsAtTheDeadline()
    {
        // Each byte comes well within the stall timeout: only a deadline can end this.
        api->setHandler([](const FakeHttpServer::Request &) {
            Response r = Response::json(200, Fixtures::bytes(Fixtures::me()));
            r.trickleMs = 100;
            return r;
        });
        auto c = client(tightOptions());
        qint64 ms = 0;
        std::unique_ptr<ApiReply> r(runMe(*c, &ms));
        QVERIFY(r);
        QCOMPARE(r->error().kind, ApiError::Kind::Timeout);
        QVERIFY2(ms < 2000 + 1000, qPrintable(QString::number(ms)));
    }

    void resetMidBodyIsRetriedThenReported()
    {
        api->setHandler([](const FakeHttpServer::Request &) {
            Response r = Response::json(200, Fixtures::bytes(Fixtures::me()));
            r.cutAfter = 10;
            return r;
        });
        auto c = client(tightOptions());
        qint64 ms = 0;
        std::unique_ptr<ApiReply> r(runMe(*c, &ms));
        QVERIFY(r);
        QCOMPARE(r->error().kind, ApiError::Kind::Network);
        QCOMPARE(api->requests().size(), 6);
    }

    void longRetryAfterIsReportedNotWaited_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::newRow("a day") << QByteArray("86400");
        QTest::newRow("20 digits") << QByteArray("99999999999999999999");
    }

    void longRetryAfterIsReportedNotWaited()
    {
        QFETCH(QByteArray, retryAfter);
        api->setHandler([retryAfter](const FakeHttpServer::Request &) {
            return Response::error(429, "rate_limited").header("Retry-After", retryAfter);
        });
        auto c = client(tightOptions());
        qint64 ms = 0;
        std::unique_ptr<ApiReply> r(runMe(*c, &ms));
        QVERIFY(r);
        QCOMPARE(r->error().httpStatus, 429);
        QCOMPARE(r->error().retryAfterSeconds, 24 * 3600);
        QCOMPARE(api->requests().size(), 1);
        QVERIFY2(ms < 1000, qPrintable(QString::number(ms)));
        const QString text = ErrorText::describe(r->error());
        QVERIFY2(text.contains(QStringLiteral("1 d 0 h")), qPrintable(text));
    }

    void emptyPagesWithNewCursorsStop()
    {
        int n = 0;
        api->setHandler([&n](const FakeHttpServer::Request &) {
            return Response::json(200, Fixtures::page({}, QStringLiteral("c%1").arg(++n)));
        });
        auto c = client(tightOptions());
        ApiReply *r = c->listSites();
        QVERIFY(wait(r, 15000));
        QCOMPARE(r->error().kind, ApiError::Kind::BadResponse);
        QVERIFY2(r->error().parseProblem.contains(QStringLiteral("empty pages")), qPrintable(r->error().parseProblem));
        QCOMPARE(api->requests().size(), 3);
        delete r;
    }

    void oneEmptyPageInAListIsFine()
    {
        api->setHandler([](const FakeHttpServer::Request &req) {
            if (!req.target.contains("cursor"))
                return Response::json(200, Fixtures::page({}, QStringLiteral("c1")));
            return Response::json(200, Fixtures::page({Fixtures::site("a1")}, QJsonValue::Null));
        });
        auto c = client(tightOptions());
        ApiReply *r = c->listSites();
        QVERIFY(wait(r, 15000));
        QVERIFY2(r->ok(), qPrintable(ErrorText::describe(r->error())));
        QCOMPARE(r->as<QList<Site>>()->size(), 1);
        delete r;
    }

    void compressedBodyIsNotInflated()
    {
        // 10 MB of spaces deflate to about 10 KB: a client that inflates it pays the 10 MB (or
        // with a real bomb, gigabytes). We ask for identity; a body sent compressed anyway is
        // refused as what it is: not JSON.
        const QByteArray gz = qCompress(QByteArray(10 * 1024 * 1024, ' '), 9).mid(4); // a zlib stream
        api->setHandler([gz](const FakeHttpServer::Request &) {
            Response r;
            r.status = 200;
            r.body = gz;
            r.header("Content-Type", "application/json").header("Content-Encoding", "deflate");
            return r;
        });
        auto c = client(tightOptions());
        qint64 ms = 0;
        std::unique_ptr<ApiReply> r(runMe(*c, &ms));
        QVERIFY(r);
        QCOMPARE(api->requests().first().header("accept-encoding"), QByteArray("identity"));
        QVERIFY(!r->ok());
        QCOMPARE(api->requests().size(), 1);
    }

    void htmlWhereJsonBelongs()
    {
        api->setHandler([](const FakeHttpServer::Request &) {
            Response r;
            r.status = 200;
            r.body = "<html><body><h1>Welcome to our captive portal</h1></body></html>";
            r.header("Content-Type", "text/html");
            return r;
        });
        auto c = client(tightOptions());
        qint64 ms = 0;
        std::unique_ptr<ApiReply> r(runMe(*c, &ms));
        QVERIFY(r);
        QCOMPARE(r->error().kind, ApiError::Kind::BadResponse);
        QVERIFY(ErrorText::describe(r->error()).contains(QStringLiteral("could not understand")));
        QCOMPARE(api->requests().size(), 1);
    }

    void deadlineCountsFromTheFirstSendNotTheQueue()
    {
        // Waiting for the client's own rate limit is not the platform failing to answer: a call
        // queued behind others still gets its whole deadline once it is sent.
        api->setHandler([](const FakeHttpServer::Request &) { return Response::json(200, Fixtures::bytes(Fixtures::me())); });
        ApiClient::Options o = tightOptions();
        o.ratePerSecond = 4;
        o.burst = 1;
        o.callDeadlineMs = 300;
        o.attemptDeadlineMs = 300;
        auto c = client(o);
        QList<ApiReply *> replies;
        for (int i = 0; i < 6; ++i)
            replies << c->me();
        for (ApiReply *r : replies)
            QVERIFY(wait(r, 15000));
        for (ApiReply *r : replies) {
            QVERIFY2(r->ok(), qPrintable(ErrorText::describe(r->error())));
            delete r;
        }
    }
};

QTEST_GUILESS_MAIN(TestHostilePlatform)
#include "tst_hostileplatform.moc"
