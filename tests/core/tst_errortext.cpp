#include "api/ErrorText.h"

#include <QTest>

// ErrorText is the only place errors become sentences: every kind, every documented code and the
// statuses of bodies without the platform's shape must give a specific, non-technical sentence.
class TestErrorText : public QObject
{
    Q_OBJECT

    static ApiError http(int status, const QString &code = {}, const QString &message = {})
    {
        ApiError e;
        e.kind = ApiError::Kind::Http;
        e.httpStatus = status;
        e.code = code;
        e.message = message;
        return e;
    }
    static ApiError network(QNetworkReply::NetworkError n)
    {
        ApiError e;
        e.kind = ApiError::Kind::Network;
        e.networkError = n;
        e.message = QStringLiteral("Connection refused");
        return e;
    }

private Q_SLOTS:
    void sentences_data()
    {
        QTest::addColumn<ApiError>("error");
        QTest::addColumn<QString>("mustContain");
        QTest::newRow("unauthorized") << http(401, "unauthorized", "Invalid key") << "revoked or has expired";
        QTest::newRow("401 without body") << http(401) << "revoked or has expired";
        QTest::newRow("forbidden") << http(403, "forbidden") << "not allowed";
        QTest::newRow("not_found") << http(404, "not_found") << "not found";
        QTest::newRow("environment_busy") << http(409, "environment_busy") << "already running";
        QTest::newRow("rate_limited") << [] { ApiError e = http(429, "rate_limited"); e.retryAfterSeconds = 7; return e; }() << "7 second";
        QTest::newRow("rate_limited no wait") << http(429, "rate_limited") << "Wait a moment";
        QTest::newRow("idempotency_key_reused") << http(422, "idempotency_key_reused") << "different settings";
        QTest::newRow("validation_failed") << http(422, "validation_failed", "label is too long") << "label is too long";
        QTest::newRow("unavailable") << http(503, "unavailable") << "temporarily unavailable";
        QTest::newRow("internal") << http(500, "internal") << "internal error";
        QTest::newRow("bad_request") << http(400, "bad_request") << "bug in the app";
        QTest::newRow("unknown code") << http(418, "teapot_overflow", "The teapot is full.") << "The teapot is full.";
        QTest::newRow("html 502") << [] { ApiError e = http(502); e.parseProblem = "error body is not JSON"; return e; }() << "HTTP 502";
        QTest::newRow("empty 504") << http(504) << "HTTP 504";
        QTest::newRow("odd status") << http(599) << "599";
        QTest::newRow("odd 4xx") << http(451) << "451";
        QTest::newRow("refused") << network(QNetworkReply::ConnectionRefusedError) << "refused the connection";
        QTest::newRow("host not found") << network(QNetworkReply::HostNotFoundError) << "could not be found";
        QTest::newRow("tls") << network(QNetworkReply::SslHandshakeFailedError) << "certificate";
        QTest::newRow("closed") << network(QNetworkReply::RemoteHostClosedError) << "closed the connection";
        QTest::newRow("other network") << network(QNetworkReply::ProtocolInvalidOperationError) << "Connection refused";
        QTest::newRow("timeout") << [] { ApiError e; e.kind = ApiError::Kind::Timeout; return e; }() << "in time";
        QTest::newRow("bad response") << [] { ApiError e; e.kind = ApiError::Kind::BadResponse; e.parseProblem = "data[3].id: required field is missing"; return e; }() << "data[3].id";
        QTest::newRow("cross-origin redirect") << [] { ApiError e; e.kind = ApiError::Kind::BadResponse; e.httpStatus = 302; return e; }() << "redirected";
        QTest::newRow("insecure") << [] { ApiError e; e.kind = ApiError::Kind::InsecureUrl; e.message = "Use https."; return e; }() << "Use https.";
        QTest::newRow("insecure default") << [] { ApiError e; e.kind = ApiError::Kind::InsecureUrl; return e; }() << "https";
        QTest::newRow("cancelled") << [] { ApiError e; e.kind = ApiError::Kind::Cancelled; return e; }() << "cancelled";
        QTest::newRow("no key") << [] { ApiError e; e.kind = ApiError::Kind::NoCredentials; return e; }() << "API key";
        QTest::newRow("snapshot_not_ready") << [] { ApiError e = http(409, "snapshot_not_ready"); e.details.insert("status", "capturing"); return e; }() << "capturing";
    }

    void sentences()
    {
        QFETCH(ApiError, error);
        QFETCH(QString, mustContain);
        const QString text = ErrorText::describe(error);
        QVERIFY2(text.contains(mustContain, Qt::CaseInsensitive), qPrintable(text));
        QVERIFY(text.endsWith(u'.') || text.endsWith(u')'));
    }

    void serverTextCannotCarryControlCharacters()
    {
        const ApiError e = http(418, "new_code", QStringLiteral("\x1b[31mred\x1b[0m\u202e text\nmore"));
        const QString text = ErrorText::describe(e);
        QVERIFY(!text.contains(QChar(0x1b)));
        QVERIFY(!text.contains(QChar(0x202e)));
        QVERIFY(!text.contains(u'\n'));
        QCOMPARE(text, QStringLiteral("[31mred[0m text more."));
    }

    void noErrorIsEmpty()
    {
        QVERIFY(ErrorText::describe(ApiError{}).isEmpty());
    }

    void requestIdNotInSentence()
    {
        ApiError e = http(500, "internal", "boom");
        e.requestId = QStringLiteral("req_0123456789");
        QVERIFY(!ErrorText::describe(e).contains(e.requestId));
    }
};

QTEST_GUILESS_MAIN(TestErrorText)
#include "tst_errortext.moc"
