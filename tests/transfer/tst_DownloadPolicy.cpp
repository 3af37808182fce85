#include "DownloadRun.h"
#include "FakeHttpServer.h"
#include "LocalArchiveServer.h"
#include "transfer/RequestFactory.h"

#include <QCryptographicHash>
#include <QDir>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

// Downloads follow the same transport policy as API calls: a Retry-After too long to wait out
// is reported at once (not waited for, up to a day per attempt), and only real progress forgives
// earlier failures, so a storage host that sends one byte and hangs up is given up on. A peer
// that goes silent is timed out by the stall rule, and proxies come from the environment.
// Sets (or, with an empty value, unsets) an environment variable for one scope.
class EnvironmentOverride
{
public:
    EnvironmentOverride(const char *name, const QByteArray &value) : m_name(name), m_before(qgetenv(name)), m_had(qEnvironmentVariableIsSet(name))
    {
        if (value.isEmpty())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    ~EnvironmentOverride()
    {
        if (m_had)
            qputenv(m_name, m_before);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    QByteArray m_before;
    bool m_had;
};

class tst_DownloadPolicy : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    TransferRecord record(const QUrl &url) const
    {
        TransferRecord r;
        r.id = QStringLiteral("t1");
        r.url = url;
        r.directory = m_dir->path();
        return r;
    }

    RequestFactory requests()
    {
        return RequestFactory([](const QUrl &url) { return QNetworkRequest(url); });
    }

    static Download::Options quick()
    {
        Download::Options o;
        o.maxAttempts = 4;
        o.baseBackoffMs = 10;
        o.maxBackoffMs = 40;
        return o;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void longRetryAfterIsReported()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeHttpServer::Request &) {
            return FakeHttpServer::Response::error(503, "unavailable").header("Retry-After", "86400");
        });
        Run run(requests(), record(server.url(QStringLiteral("/download"))), quick());
        QTRY_VERIFY_WITH_TIMEOUT(run.done(), 10000);
        QCOMPARE(run.error().kind, TransferError::Kind::Http);
        QCOMPARE(run.error().api.retryAfterSeconds, 24 * 3600);
        QVERIFY2(run.error().message.contains(QStringLiteral("asks to wait 1 d 0 h")), qPrintable(run.error().message));
        QCOMPARE(server.requests().size(), 1);
    }

    void shortRetryAfterIsWaitedOut()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        int calls = 0;
        server.setHandler([&calls](const FakeHttpServer::Request &) {
            ++calls;
            return FakeHttpServer::Response::error(503, "unavailable").header("Retry-After", "1");
        });
        Run run(requests(), record(server.url(QStringLiteral("/download"))), quick());
        QTRY_VERIFY_WITH_TIMEOUT(run.done(), 20000);
        QCOMPARE(run.error().kind, TransferError::Kind::Http);
        QCOMPARE(calls, 4); // every attempt was made, each after the second the server asked for
    }

    void oneByteThenHangUpIsGivenUpOn()
    {
        LocalArchiveServer server;
        QVERIFY(server.listen());
        QByteArray body(256 * 1024, Qt::Uninitialized);
        QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(body.data()), body.size() / 4);
        server.setBody(body);
        server.setCutAfter(1); // every response ends after one byte
        Run run(requests(), record(server.url()), quick());
        QTRY_VERIFY_WITH_TIMEOUT(run.done(), 20000);
        QCOMPARE(run.error().kind, TransferError::Kind::Network);
        QCOMPARE(server.requests().size(), 4);
        QCOMPARE(run.download.record().bytesDone, qint64(4)); // what came is kept for a resume
    }

    void silentPeerIsTimedOut()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeHttpServer::Request &) {
            FakeHttpServer::Response response;
            response.body = QByteArray(1000, 'x');
            response.header("X-Checksum-SHA256", QByteArray(64, 'a'));
            response.stallAfterHeaders = true; // headers, then nothing: the connection stays open
            return response;
        });
        Download::Options options = quick();
        options.maxAttempts = 2;
        options.stallTimeoutMs = 300;
        Run run(requests(), record(server.url(QStringLiteral("/download"))), options);
        QTRY_VERIFY_WITH_TIMEOUT(run.done(), 20000);
        QCOMPARE(run.error().kind, TransferError::Kind::Network);
        QCOMPARE(run.error().api.kind, ApiError::Kind::Timeout);
        QVERIFY2(run.error().message.contains(QStringLiteral("did not answer in time")), qPrintable(run.error().message));
        QCOMPARE(server.requests().size(), 2);
    }

    // Answers a download must survive with a sentence and no file: what libcurl is told not to
    // do (follow, decode) and what our own reading of the response refuses.
    void hostileAnswers_data()
    {
        using Response = FakeHttpServer::Response;
        QTest::addColumn<FakeHttpServer::Response>("response");
        QTest::addColumn<QString>("says");
        const QByteArray sum(64, 'a');
        QTest::newRow("redirect to a file") << Response::redirect(302, "file:///etc/passwd") << "not secure";
        QTest::newRow("redirect to plain http elsewhere") << Response::redirect(302, "http://storage.example/a") << "not secure";
        QTest::newRow("redirect nowhere") << Response::redirect(302, "") << "redirected the download too often or nowhere";
        QTest::newRow("no checksum") << Response::json(200, "archive") << "did not send the archive's checksum";
        Response range = Response::json(206, "archive");
        range.header("X-Checksum-SHA256", sum).header("Content-Range", "bytes 5-11/12");
        QTest::newRow("a range nobody asked for") << range << "different part of the archive";
        Response encoded = Response::json(200, "not gzip at all");
        encoded.header("X-Checksum-SHA256", sum).header("Content-Encoding", "gzip");
        QTest::newRow("content encoding is not undone") << encoded << "damaged";
        Response headers = Response::json(200, "archive");
        headers.header("X-Checksum-SHA256", sum);
        for (int i = 0; i < 6000; ++i) // 420 KB
            headers.header("X-Filler-" + QByteArray::number(i), QByteArray(60, 'f'));
        QTest::newRow("420 KB of headers") << headers << "headers exceed 64 KiB";
    }

    void hostileAnswers()
    {
        QFETCH(FakeHttpServer::Response, response);
        QFETCH(QString, says);
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([response](const FakeHttpServer::Request &) { return response; });
        Download::Options options = quick();
        options.maxAttempts = 2;
        Run run(requests(), record(server.url(QStringLiteral("/download"))), options);
        QTRY_VERIFY_WITH_TIMEOUT(run.done(), 20000);
        QVERIFY2(run.error().message.contains(says), qPrintable(run.error().message));
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList());
    }

    void proxyFromTheEnvironmentIsUsed()
    {
        // The "proxy" refuses the tunnel; what counts is that libcurl asked it for one.
        FakeHttpServer proxy;
        QVERIFY(proxy.listen());
        proxy.setHandler([](const FakeHttpServer::Request &) { return FakeHttpServer::Response::error(403, "no"); });
        const EnvironmentOverride https("https_proxy", proxy.url().toEncoded());
        const EnvironmentOverride none("no_proxy", {});
        Download::Options options = quick();
        options.maxAttempts = 1;
        Run run(requests(), record(QUrl(QStringLiteral("https://storage.example/a.tar.gz?sig=1"))), options);
        QTRY_VERIFY_WITH_TIMEOUT(run.done(), 20000);
        QVERIFY(run.error().kind != TransferError::Kind::None);
        QVERIFY(!proxy.requests().isEmpty());
        QCOMPARE(proxy.requests().first().method, QByteArray("CONNECT"));
        QCOMPARE(proxy.requests().first().target, QByteArray("storage.example:443"));
    }

    void thisComputerIsReachedDirectly()
    {
        // mf-sandbox on loopback: a proxy elsewhere could never reach it, whatever no_proxy says.
        FakeHttpServer proxy;
        QVERIFY(proxy.listen());
        const EnvironmentOverride http("http_proxy", proxy.url().toEncoded());
        const EnvironmentOverride none("no_proxy", {});
        LocalArchiveServer server;
        QVERIFY(server.listen());
        server.setBody(QByteArray(300 * 1024, 'p'));
        Run run(requests(), record(server.url()), quick());
        QTRY_VERIFY_WITH_TIMEOUT(run.done(), 20000);
        QCOMPARE(run.error().kind, TransferError::Kind::None);
        QCOMPARE(proxy.requests().size(), 0);
        QCOMPARE(server.requests().size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_DownloadPolicy)
#include "tst_DownloadPolicy.moc"
