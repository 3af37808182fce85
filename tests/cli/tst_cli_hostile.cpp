#include "FakeHttpServer.h"
#include "Fixtures.h"
#include "MfProcess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

// `mf site list` against a platform that misbehaves on purpose (a scripted server in this
// process), with mf's real timeouts: every case ends with a sentence on stderr and a non-zero
// exit well within a minute, and on a terminal mf says while it waits to retry. Before the
// transport policy had deadlines, the trickling and silent cases never ended.
class TestCliHostile : public QObject
{
    Q_OBJECT

    using Response = FakeHttpServer::Response;

    // Generous: the policy's call deadline is 50 s; the test only has to catch a hang.
    static constexpr int HangMs = 80000;

    FakeHttpServer server;
    MfProcess mf;

    MfResult siteList(qint64 *elapsedMs, bool onTerminal = false)
    {
        const QStringList args = {QStringLiteral("site"), QStringLiteral("list")};
        QElapsedTimer t;
        t.start();
        MfResult r = onTerminal ? mf.runOnTerminal(args, {}, HangMs) : mf.run(args, {}, HangMs);
        *elapsedMs = t.elapsed();
        qInfo("mf ended after %lld ms with exit %d", *elapsedMs, r.exitCode);
        return r;
    }

    static QString text(const MfResult &r) { return QString::fromUtf8(r.err + r.out); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(server.listen());
        mf.setApi(server.url(QStringLiteral("/v1")), QStringLiteral("mfk_test_AbCdEfGhIjKlMnOpQrStUvWxYz012345"));
    }

    void quickRefusals_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("retry-after a day") << 0 << QStringLiteral("asks to wait 1 d 0 h");
        QTest::newRow("retry-after 20 digits") << 1 << QStringLiteral("asks to wait 1 d 0 h");
        QTest::newRow("empty pages forever") << 2 << QStringLiteral("empty pages in a row");
        QTest::newRow("compressed bomb") << 3 << QStringLiteral("could not understand");
        QTest::newRow("html instead of json") << 4 << QStringLiteral("could not understand");
    }

    void quickRefusals()
    {
        QFETCH(int, kind);
        QFETCH(QString, sentence);
        int cursor = 0;
        const QByteArray bomb = qCompress(QByteArray(8 * 1024 * 1024, ' '), 9).mid(4) /* a zlib stream */;
        server.setHandler([&](const FakeHttpServer::Request &) {
            switch (kind) {
            case 0: return Response::error(429, "rate_limited").header("Retry-After", "86400");
            case 1: return Response::error(503, "unavailable").header("Retry-After", "99999999999999999999");
            case 2: return Response::json(200, Fixtures::page({}, QStringLiteral("c%1").arg(++cursor)));
            case 3: {
                Response r = Response::json(200, bomb);
                r.header("Content-Encoding", "deflate");
                return r;
            }
            default: {
                Response r;
                r.body = "<html><body>Please sign in to the hotel wifi</body></html>";
                r.header("Content-Type", "text/html");
                return r;
            }
            }
        });
        qint64 ms = 0;
        const MfResult r = siteList(&ms);
        QVERIFY2(r.finished, qPrintable(r.describe()));
        QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
        QVERIFY2(text(r).contains(sentence), qPrintable(r.describe()));
        QVERIFY2(ms < 20000, qPrintable(QString::number(ms)));
    }

    void silenceAfterHeadersEndsWithASentence()
    {
        server.setHandler([](const FakeHttpServer::Request &) {
            Response r = Response::json(200, Fixtures::page({}, QJsonValue::Null));
            r.stallAfterHeaders = true;
            return r;
        });
        // On a terminal a person is told about each retry; scripts see only the outcome.
        const bool terminal = MfProcess::canRunOnTerminal();
        qint64 ms = 0;
        const MfResult r = siteList(&ms, terminal);
        QVERIFY2(r.finished && r.exitCode != 0, qPrintable(r.describe()));
        QVERIFY2(text(r).contains(QStringLiteral("did not answer in time")), qPrintable(r.describe()));
        if (terminal)
            QVERIFY2(text(r).contains(QStringLiteral("Trying again in")), qPrintable(r.describe()));
    }

    void oneByteASecondEndsWithASentence()
    {
        server.setHandler([](const FakeHttpServer::Request &) {
            Response r = Response::json(200, Fixtures::page({Fixtures::site("a1")}, QJsonValue::Null));
            r.trickleMs = 1000;
            return r;
        });
        qint64 ms = 0;
        const MfResult r = siteList(&ms);
        QVERIFY2(r.finished && r.exitCode != 0, qPrintable(r.describe()));
        QVERIFY2(text(r).contains(QStringLiteral("did not answer in time")), qPrintable(r.describe()));
        QVERIFY2(!text(r).contains(QStringLiteral("Trying again in")), qPrintable(r.describe())); // not a terminal
    }
};

QTEST_GUILESS_MAIN(TestCliHostile)
#include "tst_cli_hostile.moc"
