#include "MfProcess.h"
#include "PlatformQuery.h"
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QUuid>

#include <csignal>
#include <sys/types.h>

// `mf backup create --all-sites` against mf-sandbox: a run killed mid-way and started again ends
// with exactly one snapshot per environment; --json reports every environment; the exit status is
// 0 only when each got its snapshot; bad arguments are refused before anything is sent.
class TestCliBulk : public QObject
{
    Q_OBJECT

    SandboxProcess m_plain; // for the argument checks

    static QString slug(int i) { return QStringLiteral("fleet-%1").arg(i, 5, 10, QLatin1Char('0')); }
    static QString uniqueLabel() { return QStringLiteral("bulk ") + QUuid::createUuid().toString(QUuid::Id128).left(10); }

    static int labelled(PlatformQuery &platform, const QString &site, const QString &env, const QString &label)
    {
        const std::optional<QJsonArray> list = platform.snapshots(site, env);
        if (!list)
            return -1;
        return int(std::count_if(list->cbegin(), list->cend(), [&](const QJsonValue &v) {
            return v.toObject().value(QLatin1String("label")).toString() == label;
        }));
    }

private Q_SLOTS:
    void cleanupTestCase() { m_plain.stop(); }

    void killedRunStartedAgainFinishesWithoutADuplicate()
    {
        SandboxProcess sandbox;
        SandboxProcess::Options o;
        o.seed = QStringLiteral("fleet:24");
        o.extraArgs = {QStringLiteral("--no-schedule"), QStringLiteral("--job-delay-ms"), QStringLiteral("150"),
                       QStringLiteral("--job-workers"), QStringLiteral("4")};
        QVERIFY2(sandbox.start(o), qPrintable(sandbox.errorString()));
        MfProcess mf;
        mf.setApi(sandbox.apiUrl(), sandbox.apiKey());
        const QString label = uniqueLabel();
        const QStringList args{QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--all-sites"),
                               QStringLiteral("--env"), QStringLiteral("production"), QStringLiteral("--label"), label,
                               QStringLiteral("--wait"), QStringLiteral("--json")};

        const qsizetype logStart = sandbox.log().size();
        std::unique_ptr<QProcess> first = mf.start(args);
        // Killed (no chance to save anything) once some captures were accepted and more asked for.
        QTRY_VERIFY_WITH_TIMEOUT(sandbox.log().mid(logStart).count("/backups 202") >= 8, 60000);
        ::kill(pid_t(first->processId()), SIGKILL);
        const MfResult killed = MfProcess::finish(first.get());
        QVERIFY(killed.exitCode != 0 || !killed.finished);

        const MfResult again = mf.run(args);
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        const QJsonArray envs = again.json().toObject().value(QLatin1String("environments")).toArray();
        QCOMPARE(envs.size(), 24);
        for (const QJsonValue &v : envs) {
            const QJsonObject e = v.toObject();
            QCOMPARE(e.value(QLatin1String("status")).toString(), QStringLiteral("done"));
            QVERIFY(e.value(QLatin1String("snapshot_id")).toString().startsWith(QStringLiteral("snap_")));
            QVERIFY(e.value(QLatin1String("job_id")).toString().startsWith(QStringLiteral("job_")));
            QCOMPARE(e.value(QLatin1String("environment")).toString(), QStringLiteral("production"));
        }
        PlatformQuery platform(sandbox.apiUrl(), sandbox.apiKey());
        for (int i = 1; i <= 24; ++i) {
            QCOMPARE(labelled(platform, slug(i), QStringLiteral("production"), label), 1);
            QCOMPARE(labelled(platform, slug(i), QStringLiteral("staging"), label), 0);
        }
        sandbox.stop();
    }

    void failuresAreReportedPerEnvironmentWithExitStatusOne()
    {
        SandboxProcess sandbox;
        SandboxProcess::Options o;
        o.seed = QStringLiteral("fleet:3");
        o.extraArgs = {QStringLiteral("--no-schedule"), QStringLiteral("--fail-jobs"), QStringLiteral("1")};
        QVERIFY2(sandbox.start(o), qPrintable(sandbox.errorString()));
        MfProcess mf;
        mf.setApi(sandbox.apiUrl(), sandbox.apiKey());
        const QString label = uniqueLabel();
        const MfResult r = mf.run({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--all-sites"),
                                   QStringLiteral("--site"), slug(1), QStringLiteral("--site"), slug(3),
                                   QStringLiteral("--label"), label, QStringLiteral("--wait"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject report = r.json().toObject();
        QCOMPARE(report.value(QLatin1String("failed")).toInt(), 4);
        const QJsonArray envs = report.value(QLatin1String("environments")).toArray();
        QCOMPARE(envs.size(), 4); // two sites, both their environments
        for (const QJsonValue &v : envs) {
            const QJsonObject e = v.toObject();
            QVERIFY(e.value(QLatin1String("site")).toString() != slug(2));
            QCOMPARE(e.value(QLatin1String("status")).toString(), QStringLiteral("failed"));
            QVERIFY2(e.value(QLatin1String("error")).toString().contains(QStringLiteral("Injected failure")),
                     qPrintable(e.value(QLatin1String("error")).toString()));
        }

        // Human form: a table with a row per environment and the count on stderr.
        const MfResult human = mf.run({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--all-sites"),
                                       QStringLiteral("--site"), slug(2), QStringLiteral("--env"), QStringLiteral("staging"),
                                       QStringLiteral("--label"), label, QStringLiteral("--wait")});
        QCOMPARE(human.exitCode, 1);
        QVERIFY2(human.out.contains("SITE") && human.out.contains(slug(2).toUtf8()) && human.out.contains("Failed"),
                 qPrintable(human.describe()));
        QVERIFY2(human.err.contains("0 of 1 environment"), qPrintable(human.describe()));
        sandbox.stop();
    }

    void badArgumentsAreRefusedBeforeAnythingIsSent_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no --wait") << QStringList{QStringLiteral("--all-sites")} << 2 << QStringLiteral("--wait");
        QTest::newRow("concurrency 0") << QStringList{QStringLiteral("--all-sites"), QStringLiteral("--wait"),
                                                      QStringLiteral("--concurrency"), QStringLiteral("0")}
                                       << 2 << QStringLiteral("--concurrency");
        QTest::newRow("missing file") << QStringList{QStringLiteral("--all-sites"), QStringLiteral("--wait"),
                                                     QStringLiteral("--sites-from"), QStringLiteral("/nonexistent/sites.txt")}
                                      << 2 << QStringLiteral("/nonexistent/sites.txt");
        QTest::newRow("bad env") << QStringList{QStringLiteral("--all-sites"), QStringLiteral("--wait"),
                                                QStringLiteral("--env"), QStringLiteral("Prod uction")}
                                 << 2 << QStringLiteral("environment name");
        QTest::newRow("two sites without --all-sites")
            << QStringList{QStringLiteral("--site"), QStringLiteral("a"), QStringLiteral("--site"), QStringLiteral("b"),
                           QStringLiteral("--env"), QStringLiteral("production")}
            << 2 << QStringLiteral("--all-sites");
        QTest::newRow("unknown site") << QStringList{QStringLiteral("--all-sites"), QStringLiteral("--wait"),
                                                     QStringLiteral("--site"), QStringLiteral("no-such-site")}
                                      << 4 << QStringLiteral("no-such-site");
    }
    void badArgumentsAreRefusedBeforeAnythingIsSent()
    {
        QFETCH(QStringList, extra);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        SandboxProcess &sandbox = m_plain;
        if (!sandbox.isRunning())
            QVERIFY2(sandbox.startWith({QStringLiteral("--no-schedule")}), qPrintable(sandbox.errorString()));
        MfProcess mf;
        mf.setApi(sandbox.apiUrl(), sandbox.apiKey());
        const qsizetype logStart = sandbox.log().size();
        const MfResult r = mf.run(QStringList{QStringLiteral("backup"), QStringLiteral("create")} + extra);
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.describe()));
        QVERIFY2(QString::fromUtf8(r.err).contains(message), qPrintable(r.describe()));
        QVERIFY(!sandbox.log().mid(logStart).contains("POST"));
    }
};

QTEST_GUILESS_MAIN(TestCliBulk)
#include "tst_cli_bulk.moc"
