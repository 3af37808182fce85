#include "api/RequestQueue.h"
#include "api/TransportPolicy.h"
#include "util/ManualClock.h"

#include <QRandomGenerator>
#include <QTest>

// The token bucket and the retry arithmetic, driven by a ManualClock: counts are asserted, never
// wall-clock durations.
namespace {
TransportPolicy::Settings settings(int attempts, int base, int maxBackoff, int maxRetryAfter)
{
    TransportPolicy::Settings s;
    s.maxAttempts = attempts;
    s.baseBackoffMs = base;
    s.maxBackoffMs = maxBackoff;
    s.maxRetryAfterSeconds = maxRetryAfter;
    return s;
}
} // namespace

class TestRequestQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void burstThenRate()
    {
        ManualClock clock;
        RequestQueue queue(10.0, 5, &clock);
        int started = 0;
        for (int i = 0; i < 12; ++i)
            queue.enqueue([&started] { ++started; });
        QCOMPARE(started, 0); // never inside enqueue()
        QTRY_COMPARE(started, 5);
        QTest::qWait(50);
        QCOMPARE(started, 5); // no time has passed for the bucket
        clock.advance(200);   // 10/s -> two tokens
        QTRY_COMPARE(started, 7);
        clock.advance(1000);
        QTRY_COMPARE(started, 12);
        QCOMPARE(queue.pendingCount(), 0);
    }

    void fifoOrderAndCancel()
    {
        ManualClock clock;
        RequestQueue queue(10.0, 1, &clock);
        QList<int> order;
        queue.enqueue([&] { order << 1; });
        const auto t2 = queue.enqueue([&] { order << 2; });
        queue.enqueue([&] { order << 3; });
        QVERIFY(queue.cancel(t2));
        QVERIFY(!queue.cancel(t2));
        QTRY_COMPARE(order, QList<int>{1});
        clock.advance(100);
        QTRY_COMPARE(order, (QList<int>{1, 3}));
    }

    void holdBlocksEverything()
    {
        ManualClock clock;
        RequestQueue queue(100.0, 100, &clock);
        queue.holdFor(2000);
        int started = 0;
        queue.enqueue([&started] { ++started; });
        QTest::qWait(50);
        QCOMPARE(started, 0);
        clock.advance(1999);
        QTest::qWait(30);
        QCOMPARE(started, 0);
        clock.advance(1);
        QTRY_COMPARE(started, 1);
    }

    void tokensNeverExceedBurst()
    {
        ManualClock clock;
        RequestQueue queue(20.0, 3, &clock);
        clock.advance(3600 * 1000);
        QCOMPARE(queue.availableTokens(), 3.0);
        // A clock that jumps backwards does not stall the queue.
        clock.advance(-3600 * 1000);
        int started = 0;
        queue.enqueue([&started] { ++started; });
        QTRY_COMPARE(started, 1);
    }

    void backoffGrowsWithJitterAndCap()
    {
        QRandomGenerator random(42);
        TransportPolicy policy(settings(8, 500, 8000, 120));
        policy.setRandomGenerator(&random);
        for (int attempt = 1; attempt < 8; ++attempt) {
            const int ceiling = qMin(500 << (attempt - 1), 8000);
            for (int i = 0; i < 50; ++i) {
                const int d = policy.delayMs(attempt, -1);
                QVERIFY2(d >= ceiling / 2 && d <= ceiling, qPrintable(QString::number(d)));
            }
        }
        QCOMPARE(policy.delayMs(8, -1), -1); // attempts exhausted
    }

    void retryAfterHonoured()
    {
        TransportPolicy policy(settings(6, 500, 30000, 120));
        for (int i = 0; i < 20; ++i) {
            const int d = policy.delayMs(1, 3);
            QVERIFY(d >= 3000 && d <= 3500);
        }
        QCOMPARE(policy.delayMs(1, 121), -1); // too long to wait silently
        QVERIFY(policy.delayMs(1, 0) >= 0);
    }

    void parseRetryAfter()
    {
        const QDateTime now(QDate(2026, 11, 25), QTime(8, 0, 0), Qt::UTC);
        QCOMPARE(TransportPolicy::parseRetryAfter("7", now), 7);
        QCOMPARE(TransportPolicy::parseRetryAfter(" 0 ", now), 0);
        QCOMPARE(TransportPolicy::parseRetryAfter("", now), -1);
        QCOMPARE(TransportPolicy::parseRetryAfter("-3", now), -1);
        QCOMPARE(TransportPolicy::parseRetryAfter("soon", now), -1);
        QCOMPARE(TransportPolicy::parseRetryAfter("Wed, 25 Nov 2026 08:00:30 GMT", now), 30);
        QCOMPARE(TransportPolicy::parseRetryAfter("Wed, 25 Nov 2026 07:00:00 GMT", now), 0);
        QCOMPARE(TransportPolicy::parseRetryAfter("99999999999", now), 24 * 3600);
        // Too many digits for any integer type still means "very long", never "none".
        QCOMPARE(TransportPolicy::parseRetryAfter("99999999999999999999", now), 24 * 3600);
        QCOMPARE(TransportPolicy::parseRetryAfter("86400", now), 24 * 3600);
        QCOMPARE(TransportPolicy(settings(6, 500, 30000, 120)).delayMs(1, 24 * 3600), -1);
    }

    void errorBodies()
    {
        const QDateTime now(QDate(2026, 11, 25), QTime(8, 0, 0), Qt::UTC);
        const QList<QNetworkReply::RawHeaderPair> headers = {{"X-Request-Id", "req_h"}, {"Retry-After", "Wed, 25 Nov 2026 08:01:00 GMT"}};
        ApiError e = TransportPolicy::httpError(503, R"({"error":{"code":"unavailable","message":"m","request_id":"req_b"}})", headers, now);
        QCOMPARE(e.kind, ApiError::Kind::Http);
        QCOMPARE(e.code, QStringLiteral("unavailable"));
        QCOMPARE(e.requestId, QStringLiteral("req_b"));
        QCOMPARE(e.retryAfterSeconds, 60);
        e = TransportPolicy::httpError(502, "<html><body>Bad gateway</body></html>", headers, now);
        QCOMPARE(e.httpStatus, 502);
        QVERIFY(e.code.isEmpty());
        QVERIFY(e.parseProblem.contains(QStringLiteral("not JSON")));
        QCOMPARE(e.requestId, QStringLiteral("req_h"));
        e = TransportPolicy::httpError(500, QByteArray(TransportPolicy::MaxErrorBodyBytes + 1, '{'), {}, now);
        QVERIFY(e.parseProblem.contains(QStringLiteral("larger than")));
    }

    void whereTheKeyMayGo()
    {
        QVERIFY(TransportPolicy::sameOrigin(QUrl("https://api.example/v1"), QUrl("https://API.example:443/x")));
        QVERIFY(!TransportPolicy::sameOrigin(QUrl("https://api.example/v1"), QUrl("http://api.example/v1")));
        QVERIFY(!TransportPolicy::sameOrigin(QUrl("https://api.example/v1"), QUrl("https://api.example:8443/v1")));
        QVERIFY(!TransportPolicy::sameOrigin(QUrl("https://api.example/v1"), QUrl("https://storage.example/v1")));
        QVERIFY(TransportPolicy::isPermittedUrl(QUrl("https://api.example/v1")));
        QVERIFY(TransportPolicy::isPermittedUrl(QUrl("http://127.0.0.2:8470/v1")));
        QVERIFY(TransportPolicy::isPermittedUrl(QUrl("http://[::1]:8470/v1")));
        QVERIFY(!TransportPolicy::isPermittedUrl(QUrl("http://192.168.1.10/v1")));
        QVERIFY(!TransportPolicy::isPermittedUrl(QUrl("ftp://localhost/v1")));
    }

    void whatIsRetried()
    {
        auto http = [](int status) { ApiError e; e.kind = ApiError::Kind::Http; e.httpStatus = status; return e; };
        QVERIFY(TransportPolicy::isRetryable(http(500)));
        QVERIFY(TransportPolicy::isRetryable(http(503)));
        QVERIFY(TransportPolicy::isRetryable(http(429)));
        QVERIFY(TransportPolicy::isRetryable(http(408)));
        QVERIFY(!TransportPolicy::isRetryable(http(400)));
        QVERIFY(!TransportPolicy::isRetryable(http(401)));
        QVERIFY(!TransportPolicy::isRetryable(http(409)));
        ApiError net;
        net.kind = ApiError::Kind::Network;
        net.networkError = QNetworkReply::ConnectionRefusedError;
        QVERIFY(TransportPolicy::isRetryable(net));
        net.networkError = QNetworkReply::SslHandshakeFailedError;
        QVERIFY(!TransportPolicy::isRetryable(net));
        ApiError bad;
        bad.kind = ApiError::Kind::BadResponse;
        QVERIFY(!TransportPolicy::isRetryable(bad));
    }
};

QTEST_GUILESS_MAIN(TestRequestQueue)
#include "tst_requestqueue.moc"
