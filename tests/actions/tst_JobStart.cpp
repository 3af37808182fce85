#include "FakeHttpServer.h"
#include "Fixtures.h"
#include "api/ApiClient.h"
#include "jobs/JobStart.h"

#include <QSignalSpy>
#include <QTest>

using Response = FakeHttpServer::Response;

// JobStart against a scripted server: the Idempotency-Key is kept across every failure whose
// outcome is unknown and replaced after a definite refusal; environment_busy names the running
// job; 401 is reported; a 202 without what the contract promises is not taken as accepted.
class TestJobStart : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeHttpServer> server;
    std::unique_ptr<ApiClient> client;

    static JobStart::Capture capture(const QString &label = QStringLiteral("before upgrade"))
    {
        return {QStringLiteral("acme-store"), QStringLiteral("production"), label};
    }

    QList<QByteArray> sentKeys() const
    {
        QList<QByteArray> keys;
        for (const FakeHttpServer::Request &r : server->requests()) {
            if (r.method == "POST")
                keys << r.header("Idempotency-Key");
        }
        return keys;
    }

    // Sends and waits for the answer: true when accepted.
    static bool answer(JobStart &start)
    {
        QSignalSpy accepted(&start, &JobStart::accepted);
        QSignalSpy failed(&start, &JobStart::failed);
        start.send();
        if (!QTest::qWaitFor([&] { return accepted.size() + failed.size() > 0; }, 10000))
            qFatal("no answer");
        return accepted.size() == 1;
    }

private Q_SLOTS:
    void init()
    {
        server = std::make_unique<FakeHttpServer>();
        QVERIFY(server->listen());
        ApiClient::Options o;
        o.maxAttempts = 1; // each send() is one request: the operation's own rules are under test
        client = std::make_unique<ApiClient>(server->url(QStringLiteral("/v1")), o);
        client->setApiKey(QStringLiteral("mfk_test_AbCdEfGhIjKlMnOpQrStUvWxYz012345"));
    }

    void sameKeyWhileTheOutcomeIsUnknown()
    {
        QList<Response> script = {Response::error(500, "internal"), Response::error(503, "unavailable"),
                                  Response::error(429, "rate_limited")};
        Response cut = Response::json(202, Fixtures::bytes(Fixtures::accepted()));
        cut.cutAfter = 10; // the platform took it, the answer was lost on the way
        script << cut << Response::json(202, Fixtures::bytes(Fixtures::accepted()));
        int n = 0;
        server->setHandler([&](const FakeHttpServer::Request &) { return script.value(n++, script.last()); });
        JobStart start(client.get(), capture());
        const QString key = start.idempotencyKey();
        for (int i = 0; i < 4; ++i) {
            QVERIFY(!answer(start));
            QVERIFY2(start.lastOutcomeUnknown(), qPrintable(start.error().message));
            QCOMPARE(start.idempotencyKey(), key);
            QVERIFY(!start.canChangeRequest()); // the body is bound to the kept key
            QVERIFY(!start.setLabel(QStringLiteral("another label")));
        }
        QVERIFY(answer(start));
        QCOMPARE(sentKeys(), QList<QByteArray>(5, key.toLatin1()));
        QCOMPARE(start.attempts(), 5);
        QVERIFY(!start.error().isError());
    }

    void newKeyAfterARefusal()
    {
        int n = 0;
        server->setHandler([&](const FakeHttpServer::Request &) {
            return n++ == 0 ? Response::error(422, "validation_failed")
                            : Response::json(202, Fixtures::bytes(Fixtures::accepted()));
        });
        JobStart start(client.get(), capture());
        const QString first = start.idempotencyKey();
        QVERIFY(!answer(start));
        QVERIFY(!start.lastOutcomeUnknown());
        QVERIFY(start.idempotencyKey() != first);
        QVERIFY(start.canChangeRequest()); // nothing happened: the person may change the label
        QVERIFY(start.setLabel(QStringLiteral("shorter")));
        QVERIFY(answer(start));
        const QList<QByteArray> keys = sentKeys();
        QCOMPARE(keys.size(), 2);
        QCOMPARE(keys[0], first.toLatin1());
        QVERIFY(keys[1] != keys[0]);
        QVERIFY(server->requests().last().body.contains("shorter"));
        // The job it started ended and the person asks again: another action, another key.
        const QString used = start.idempotencyKey();
        start.renew();
        QVERIFY(start.idempotencyKey() != used);
    }

    void environmentBusyNamesTheRunningJob()
    {
        const QString running = Fixtures::id("job", QLatin1Char('9'));
        server->setHandler([&](const FakeHttpServer::Request &) {
            const QJsonObject error{{"code", "environment_busy"}, {"message", "A job is running."},
                                    {"request_id", "req_busy"}, {"details", QJsonObject{{"job_id", running}}}};
            return Response::json(409, Fixtures::bytes(QJsonObject{{"error", error}}));
        });
        JobStart start(client.get(), JobStart::Restore{QStringLiteral("acme-store"), Fixtures::id("snap", QLatin1Char('1')),
                                                       {QStringLiteral("db")}, QStringLiteral("staging")});
        const QString key = start.idempotencyKey();
        QSignalSpy failed(&start, &JobStart::failed);
        QVERIFY(!answer(start));
        QCOMPARE(start.busyJobId(), running);
        QCOMPARE(start.requestId(), QStringLiteral("req_busy"));
        QVERIFY(start.idempotencyKey() != key); // refused: nothing was restored
        QCOMPARE(failed[0][0].value<ApiError>().code, QStringLiteral("environment_busy"));
        QVERIFY(server->requests().first().target.endsWith("/restore"));
    }

    void unauthorizedIsReported()
    {
        server->setHandler([](const FakeHttpServer::Request &) { return Response::error(401, "unauthorized"); });
        JobStart start(client.get(), capture());
        QSignalSpy unauthorized(&start, &JobStart::unauthorized);
        QVERIFY(!answer(start));
        QCOMPARE(unauthorized.size(), 1);
        QVERIFY(start.error().isUnauthorized());
        QVERIFY(!start.lastOutcomeUnknown());
    }

    void acceptedCaptureMustNameItsSnapshot()
    {
        int n = 0;
        server->setHandler([&](const FakeHttpServer::Request &) {
            return n++ == 0 ? Response::json(202, Fixtures::bytes(QJsonObject{{"job", Fixtures::job()}}))
                            : Response::json(202, Fixtures::bytes(Fixtures::accepted()));
        });
        JobStart start(client.get(), capture());
        const QString key = start.idempotencyKey();
        QVERIFY(!answer(start));
        QCOMPARE(start.error().kind, ApiError::Kind::BadResponse);
        QVERIFY(start.lastOutcomeUnknown()); // it was taken: the same key replays the answer
        QCOMPARE(start.idempotencyKey(), key);
        QSignalSpy accepted(&start, &JobStart::accepted);
        start.send();
        QTRY_COMPARE(accepted.size(), 1);
        const auto a = accepted[0][0].value<Accepted>();
        QCOMPARE(a.job.id, Fixtures::id("job", QLatin1Char('4')));
        QVERIFY(a.snapshot);
    }

    void nothingIsSentWithoutASession()
    {
        JobStart start(nullptr, capture());
        QSignalSpy failed(&start, &JobStart::failed);
        start.send();
        QCOMPARE(failed.size(), 0); // from the event loop
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(start.error().kind, ApiError::Kind::NoCredentials);
        QCOMPARE(server->requests().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestJobStart)
#include "tst_JobStart.moc"
