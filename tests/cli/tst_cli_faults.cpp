#include "MfProcess.h"
#include "PlatformQuery.h"
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

// `mf` under the platform's bad days, with mf-sandbox's fault injection: 5xx on POSTs never
// duplicate a capture or a restore (one Idempotency-Key per run), a 429 storm is waited out, and
// a revoked key is reported as such with the authentication exit code, an unreachable platform
// with the network one.
class TestCliFaults : public QObject
{
    Q_OBJECT

    static int count(const QByteArray &log, const QString &pattern)
    {
        return int(QString::fromUtf8(log).count(QRegularExpression(pattern)));
    }

    static QString keyIn(const QByteArray &output)
    {
        static const QRegularExpression re(QStringLiteral("mfk_(live|test)_[A-Za-z0-9]{32}"));
        return re.match(QString::fromUtf8(output)).captured(0);
    }

private Q_SLOTS:
    void failingPostsNeverDuplicate()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.startWith({QStringLiteral("--fail-rate"), QStringLiteral("0.3"),
                                    QStringLiteral("--fail-methods"), QStringLiteral("POST")}),
                 qPrintable(sandbox.errorString()));
        MfProcess mf;
        mf.setApi(sandbox.apiUrl(), sandbox.apiKey());
        PlatformQuery platform(sandbox.apiUrl(), sandbox.apiKey());
        const QString site = QStringLiteral("bakery-bern"), env = QStringLiteral("staging"); // no schedule: idle

        const auto manualBefore = platform.snapshots(site, env, QStringLiteral("manual"));
        QVERIFY2(manualBefore, qPrintable(platform.lastError()));

        // Runs go on until the platform has failed some capture POSTs (30% is random), so the
        // count below is checked against retries, not against luck.
        const QString injectedCapture = QStringLiteral("api POST /v1/sites/%1/backups (500|503) ").arg(site);
        int runs = 0;
        while (runs < 5 || (count(sandbox.log(), injectedCapture) < 2 && runs < 30)) {
            ++runs;
            const MfResult r = mf.run({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("create"),
                                       QStringLiteral("--site"), site, QStringLiteral("--env"), env,
                                       QStringLiteral("--label"), QStringLiteral("fault run %1").arg(runs),
                                       QStringLiteral("--wait")});
            QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
            QCOMPARE(r.json().toObject().value("snapshot").toObject().value("status").toString(), QStringLiteral("ready"));
        }
        // 30 runs at 30%: fewer than two failures is a 1-in-10,000 chance. The wait lets the last
        // log lines arrive (the sandbox's stderr is read by the event loop).
        QTRY_VERIFY2_WITH_TIMEOUT(count(sandbox.log(), injectedCapture) >= 2, "the platform never failed a capture request", 5000);

        const auto manualAfter = platform.snapshots(site, env, QStringLiteral("manual"));
        QVERIFY2(manualAfter, qPrintable(platform.lastError()));
        QCOMPARE(manualAfter->size(), manualBefore->size() + runs);
        for (int i = 1; i <= runs; ++i) {
            int withLabel = 0;
            for (const QJsonValue &s : *manualAfter)
                withLabel += s.toObject().value("label").toString() == QStringLiteral("fault run %1").arg(i) ? 1 : 0;
            QVERIFY2(withLabel == 1, qPrintable(QStringLiteral("fault run %1: %2 snapshots").arg(i).arg(withLabel)));
        }

        // Restores: each run makes exactly one restore job, however many POSTs failed.
        const QString snapshot = manualAfter->first().toObject().value("id").toString();
        const auto restoresBefore = platform.jobs(site, QStringLiteral("restore"));
        QVERIFY2(restoresBefore, qPrintable(platform.lastError()));
        const QString injectedRestore = QStringLiteral("api POST /v1/sites/%1/snapshots/%2/restore (500|503) ").arg(site, snapshot);
        int restores = 0;
        while (restores < 3 || (count(sandbox.log(), injectedRestore) < 1 && restores < 25)) {
            ++restores;
            const MfResult r = mf.run({QStringLiteral("--json"), QStringLiteral("snapshot"), QStringLiteral("restore"),
                                       snapshot, QStringLiteral("--site"), site, QStringLiteral("--wait")});
            QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
            QCOMPARE(r.json().toObject().value("job").toObject().value("status").toString(), QStringLiteral("succeeded"));
        }
        QTRY_VERIFY2_WITH_TIMEOUT(count(sandbox.log(), injectedRestore) >= 1, "the platform never failed a restore request", 5000);
        const auto restoresAfter = platform.jobs(site, QStringLiteral("restore"));
        QVERIFY2(restoresAfter, qPrintable(platform.lastError()));
        QCOMPARE(restoresAfter->size(), restoresBefore->size() + restores);
    }

    void rateLimitStormIsWaitedOut()
    {
        SandboxProcess sandbox;
        // 30% of requests answered 429: every request of the action is hit now and then, while
        // the chance that one request exhausts mf's 8 attempts stays below 1 in 10,000 (at 50%
        // it is 1 in 256 a request, and a --wait run makes a dozen).
        QVERIFY2(sandbox.startWith({QStringLiteral("--rate-limit-storm"), QStringLiteral("0.3")}),
                 qPrintable(sandbox.errorString()));
        MfProcess mf;
        mf.setApi(sandbox.apiUrl(), sandbox.apiKey());

        const MfResult list = mf.run({QStringLiteral("--json"), QStringLiteral("site"), QStringLiteral("list")});
        QVERIFY2(list.finished && list.exitCode == 0, qPrintable(list.describe()));
        QCOMPARE(list.json().toArray().size(), 12);

        // A run makes about ten requests, so it can pass the storm untouched (0.7^10, about 3%):
        // runs go on until the log shows that some request was answered 429 and waited out.
        const auto stormSeen = [&sandbox] {
            QTest::qWait(100); // lets the sandbox's last log lines arrive
            return count(sandbox.log(), QStringLiteral(" 429 ")) > 0;
        };
        int runs = 0;
        do {
            ++runs;
            const MfResult r = mf.run({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("create"),
                                       QStringLiteral("--site"), QStringLiteral("kiosk-kafe"), QStringLiteral("--env"),
                                       QStringLiteral("staging"), QStringLiteral("--wait")});
            QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
            QCOMPARE(r.json().toObject().value("snapshot").toObject().value("status").toString(), QStringLiteral("ready"));
            // Nobody is told about the 429s that were waited out: the run succeeded.
            QVERIFY2(!r.err.contains("429") && !r.err.contains("error"), qPrintable(r.describe()));
        } while (!stormSeen() && runs < 8);
        QTRY_VERIFY2_WITH_TIMEOUT(count(sandbox.log(), QStringLiteral(" 429 ")) > 0, "the storm never happened", 5000);
    }

    void unreachablePlatform()
    {
        // A port that refuses connections: bound (so no other test's sandbox can take it while mf
        // retries) but not listening.
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        QVERIFY(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);
        QVERIFY(::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0);
        const auto closeSocket = qScopeGuard([fd] { ::close(fd); });
        MfProcess mf;
        mf.setApi(QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(ntohs(address.sin_port))),
                  QStringLiteral("mfk_test_") + QString(32, QLatin1Char('k')));
        // mf retries for about a minute before it gives up (docs/cli.md).
        const MfResult r = mf.run({QStringLiteral("--json"), QStringLiteral("site"), QStringLiteral("show"),
                                   QStringLiteral("acme-store")});
        QVERIFY2(r.finished && r.exitCode == 6, qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
        const QJsonObject e = r.jsonError().toObject();
        QCOMPARE(e.value("exit_code").toInt(), 6);
        QVERIFY2(e.value("message").toString().contains(QLatin1String("refused the connection")), qPrintable(r.describe()));
        QVERIFY(e.value("http_status").isNull());
    }

    void revokedKeyIsReported()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        int code = -1;
        const QString key = keyIn(sandbox.runTool({QStringLiteral("keys"), QStringLiteral("create")}, &code));
        QVERIFY2(code == 0 && !key.isEmpty(), "mf-sandbox keys create failed");
        MfProcess mf;
        mf.setApi(sandbox.apiUrl(), key);

        const MfResult before = mf.run({QStringLiteral("site"), QStringLiteral("list")});
        QVERIFY2(before.exitCode == 0, qPrintable(before.describe()));

        sandbox.runTool({QStringLiteral("keys"), QStringLiteral("revoke"), key.left(12)}, &code);
        QCOMPARE(code, 0);

        const MfResult human = mf.run({QStringLiteral("env"), QStringLiteral("list"), QStringLiteral("--site"),
                                       QStringLiteral("acme-store")});
        QVERIFY2(human.finished && human.exitCode == 3, qPrintable(human.describe()));
        QVERIFY2(human.err.contains("revoked or expired"), qPrintable(human.describe()));
        QVERIFY2(human.err.contains(key.left(12).toUtf8()), qPrintable(human.describe())); // which key: its prefix
        QVERIFY2(!human.err.contains(key.toUtf8()), qPrintable(human.describe()));          // never the secret
        QVERIFY(human.out.isEmpty());

        const MfResult json = mf.run({QStringLiteral("--json"), QStringLiteral("site"), QStringLiteral("list")});
        QCOMPARE(json.exitCode, 3);
        const QJsonObject e = json.jsonError().toObject();
        QCOMPARE(e.value("http_status").toInt(), 401);
        QCOMPARE(e.value("exit_code").toInt(), 3);
        QVERIFY(e.value("hint").toString().contains(QLatin1String("revoked or expired")));
        QVERIFY(!json.err.contains(key.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestCliFaults)
#include "tst_cli_faults.moc"
