#include "DownloadRun.h"
#include "FakeHttpServer.h"
#include "LocalArchiveServer.h"
#include "transfer/RequestFactory.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

// Downloads follow the same transport policy as API calls: a Retry-After too long to wait out
// is reported at once (not waited for, up to a day per attempt), and only real progress forgives
// earlier failures, so a storage host that sends one byte and hangs up is given up on.
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
};

QTEST_GUILESS_MAIN(tst_DownloadPolicy)
#include "tst_DownloadPolicy.moc"
