#include "MfProcess.h"
#include "PlatformQuery.h"
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

// `mf fleet health` and the freshness column of `mf site list` against mf-sandbox: each
// scheduled environment's verdict equals the test's own computation from the API (newest ready
// snapshot of the environment against its policy's cadence), and the exit status follows the
// monitoring-plugin convention: 0 fresh, 1 late, 2 stale or never, 3 the fleet could not be read.
class TestCliFleetHealth : public QObject
{
    Q_OBJECT

    struct Expected
    {
        QString freshness;
        QString cadence;
        QString lastSnapshotAt; // as the API spells it; empty when none
        bool nearBoundary = false; // within a minute of changing state: not compared
    };

    // site slug + "/" + environment -> what the platform's own data says.
    static std::optional<QHash<QString, Expected>> computeFromApi(const SandboxProcess &sandbox)
    {
        PlatformQuery q(sandbox.apiUrl(), sandbox.apiKey());
        const std::optional<QJsonArray> sites = q.list(QStringLiteral("/sites"));
        if (!sites)
            return std::nullopt;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QHash<QString, qint64> seconds{{QStringLiteral("hourly"), 3600}, {QStringLiteral("daily"), 86400},
                                             {QStringLiteral("weekly"), 7 * 86400}};
        QHash<QString, Expected> result;
        for (const QJsonValue &s : *sites) {
            const QString id = s[QLatin1String("id")].toString();
            const QString slug = s[QLatin1String("slug")].toString();
            const std::optional<QJsonObject> policy = q.get(QStringLiteral("/sites/%1/backups/policy").arg(id));
            if (!policy)
                return std::nullopt;
            for (const QJsonValue &p : (*policy)[QLatin1String("environments")].toArray()) {
                const QString env = p[QLatin1String("environment")].toString();
                const QString cadence = p[QLatin1String("cadence")].toString();
                if (!seconds.contains(cadence))
                    continue; // "none": not scheduled, not judged
                const std::optional<QJsonArray> snaps = q.snapshots(id, env);
                if (!snaps)
                    return std::nullopt;
                QDateTime newest;
                QString newestText;
                for (const QJsonValue &snap : *snaps) {
                    const QDateTime at = QDateTime::fromString(snap[QLatin1String("created_at")].toString(), Qt::ISODateWithMs);
                    if (snap[QLatin1String("status")].toString() == QLatin1String("ready") && (!newest.isValid() || at > newest)) {
                        newest = at;
                        newestText = snap[QLatin1String("created_at")].toString();
                    }
                }
                Expected e;
                e.cadence = cadence;
                e.lastSnapshotAt = newestText;
                const qint64 period = seconds.value(cadence);
                if (!newest.isValid()) {
                    e.freshness = QStringLiteral("never");
                } else {
                    const qint64 age = newest.secsTo(now);
                    e.freshness = age <= period ? QStringLiteral("fresh") : age <= 2 * period ? QStringLiteral("late") : QStringLiteral("stale");
                    e.nearBoundary = qAbs(age - period) < 60 || qAbs(age - 2 * period) < 60;
                }
                result.insert(slug + QLatin1Char('/') + env, e);
            }
        }
        return result;
    }

    static int expectedStatus(const QHash<QString, Expected> &expected)
    {
        int status = 0;
        for (const Expected &e : expected) {
            if (e.freshness == QLatin1String("stale") || e.freshness == QLatin1String("never"))
                status = 2;
            else if (e.freshness == QLatin1String("late"))
                status = std::max(status, 1);
        }
        return status;
    }

    // Runs `mf --json fleet health` and checks it against the API, entry by entry.
    static void checkAgainstApi(const SandboxProcess &sandbox, MfProcess &mf, int *exitCode)
    {
        const std::optional<QHash<QString, Expected>> expected = computeFromApi(sandbox);
        QVERIFY(expected);
        QVERIFY(!expected->isEmpty());
        const MfResult r = mf.run({QStringLiteral("--json"), QStringLiteral("fleet"), QStringLiteral("health")});
        QVERIFY2(r.finished, qPrintable(r.describe()));
        const QJsonArray entries = r.json().toArray();
        QCOMPARE(entries.size(), expected->size()); // every scheduled environment, no other
        bool anyNearBoundary = false;
        for (const QJsonValue &v : entries) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.keys(), (QStringList{"cadence", "environment", "freshness", "last_snapshot_at", "site"}));
            const QString key = o[QLatin1String("site")].toString() + QLatin1Char('/') + o[QLatin1String("environment")].toString();
            QVERIFY2(expected->contains(key), qPrintable(key));
            const Expected e = expected->value(key);
            QCOMPARE(o[QLatin1String("cadence")].toString(), e.cadence);
            if (e.lastSnapshotAt.isEmpty())
                QVERIFY(o[QLatin1String("last_snapshot_at")].isNull());
            else
                QCOMPARE(QDateTime::fromString(o[QLatin1String("last_snapshot_at")].toString(), Qt::ISODateWithMs),
                         QDateTime::fromString(e.lastSnapshotAt, Qt::ISODateWithMs));
            anyNearBoundary = anyNearBoundary || e.nearBoundary;
            if (!e.nearBoundary)
                QVERIFY2(o[QLatin1String("freshness")].toString() == e.freshness,
                         qPrintable(key + QLatin1String(": ") + o[QLatin1String("freshness")].toString() + QLatin1String(" != ") + e.freshness));
        }
        if (!anyNearBoundary)
            QCOMPARE(r.exitCode, expectedStatus(*expected));
        *exitCode = r.exitCode;
    }

private Q_SLOTS:
    // The demo seed's history is nightly while production on the agency and enterprise plans
    // backs up hourly, and some schedules never ran: behind, so critical.
    void demoWithoutCatchUp()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.startWith({QStringLiteral("--no-schedule")}), qPrintable(sandbox.errorString()));
        MfProcess mf;
        mf.setApi(sandbox.apiUrl(), sandbox.apiKey());
        int code = -1;
        checkAgainstApi(sandbox, mf, &code);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(code, 2);

        const MfResult table = mf.run({QStringLiteral("fleet"), QStringLiteral("health")});
        QCOMPARE(table.exitCode, 2);
        QVERIFY2(table.out.startsWith("SITE"), qPrintable(table.describe()));
        QVERIFY2(table.out.contains(" stale") || table.out.contains("never backed up"), qPrintable(table.describe()));
        QVERIFY(table.out.contains(" scheduled: "));

        // --env narrows the verdict to those environments.
        const MfResult staging = mf.run({QStringLiteral("--json"), QStringLiteral("fleet"), QStringLiteral("health"),
                                         QStringLiteral("--env"), QStringLiteral("staging")});
        QVERIFY2(staging.finished && staging.exitCode <= 2, qPrintable(staging.describe()));
        for (const QJsonValue &v : staging.json().toArray())
            QCOMPARE(v[QLatin1String("environment")].toString(), QStringLiteral("staging"));
        const MfResult typo = mf.run({QStringLiteral("fleet"), QStringLiteral("health"), QStringLiteral("--env"), QStringLiteral("prodution")});
        QCOMPARE(typo.exitCode, 3);

        // mf site list shows the same verdicts, per environment.
        const MfResult sites = mf.run({QStringLiteral("--json"), QStringLiteral("site"), QStringLiteral("list")});
        QVERIFY2(sites.finished && sites.exitCode == 0, qPrintable(sites.describe()));
        const std::optional<QHash<QString, Expected>> expected = computeFromApi(sandbox);
        QVERIFY(expected);
        int judged = 0;
        for (const QJsonValue &s : sites.json().toArray()) {
            for (const QJsonValue &e : s[QLatin1String("environments")].toArray()) {
                const QString key = s[QLatin1String("slug")].toString() + QLatin1Char('/') + e[QLatin1String("name")].toString();
                const QString freshness = e[QLatin1String("freshness")].toString();
                if (!expected->contains(key)) {
                    QCOMPARE(freshness, QStringLiteral("unknown"));
                    continue;
                }
                ++judged;
                if (!expected->value(key).nearBoundary)
                    QCOMPARE(freshness, expected->value(key).freshness);
            }
        }
        QCOMPARE(judged, expected->size());
        const MfResult human = mf.run({QStringLiteral("site"), QStringLiteral("list")});
        QVERIFY2(human.exitCode == 0 && human.out.contains("production (protected, "), qPrintable(human.describe()));
    }

    // --catch-up takes every schedule's missed backup before serving: all fresh, exit 0.
    void caughtUpIsAllFresh()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.startWith({QStringLiteral("--catch-up")}), qPrintable(sandbox.errorString()));
        MfProcess mf;
        mf.setApi(sandbox.apiUrl(), sandbox.apiKey());
        int code = -1;
        checkAgainstApi(sandbox, mf, &code);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(code, 0);
    }

    // Unknown, never a verdict, when the fleet cannot be read: a refused key, a stopped platform.
    void unreadableFleetIsUnknown()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        MfProcess mf;
        mf.setApi(sandbox.apiUrl(), QStringLiteral("mfk_test_") + QString(32, QLatin1Char('x')));
        const MfResult refused = mf.run({QStringLiteral("fleet"), QStringLiteral("health")});
        QVERIFY2(refused.finished && refused.exitCode == 3, qPrintable(refused.describe()));
        QVERIFY(refused.out.isEmpty());

        mf.setApi(sandbox.apiUrl(), sandbox.apiKey());
        sandbox.stop();
        const MfResult stopped = mf.run({QStringLiteral("--json"), QStringLiteral("fleet"), QStringLiteral("health")}, {}, 120000);
        QVERIFY2(stopped.finished && stopped.exitCode == 3, qPrintable(stopped.describe()));
        QCOMPARE(stopped.jsonError()[QLatin1String("exit_code")].toInt(), 3);

        // A command line it cannot use is "unknown" too: 2 would read as "stale".
        const MfResult badOption = mf.run({QStringLiteral("fleet"), QStringLiteral("health"), QStringLiteral("--envv"), QStringLiteral("production")});
        QVERIFY2(badOption.finished && badOption.exitCode == 3, qPrintable(badOption.describe()));
        const MfResult stray = mf.run({QStringLiteral("fleet"), QStringLiteral("health"), QStringLiteral("production")});
        QVERIFY2(stray.finished && stray.exitCode == 3, qPrintable(stray.describe()));

        const MfResult help = mf.run({QStringLiteral("fleet"), QStringLiteral("health"), QStringLiteral("--help")});
        QVERIFY2(help.exitCode == 0 && help.out.contains("3 the fleet could not be read"), qPrintable(help.describe()));
    }
};

QTEST_GUILESS_MAIN(TestCliFleetHealth)
#include "tst_cli_fleethealth.moc"
