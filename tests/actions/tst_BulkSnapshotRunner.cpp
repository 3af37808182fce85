// BulkSnapshotRunner against mf-sandbox: 20 environments under 30% injected 5xx on POSTs give
// exactly 20 snapshots (never a duplicate: one key per environment, kept across retries); the
// concurrency limit holds; busy environments are skipped or waited for, as chosen; cancel.
#include "ActionsTestSupport.h"
#include "SandboxProcess.h"
#include "api/ApiClient.h"
#include "api/ApiParser.h"
#include "jobs/BulkSnapshotRunner.h"
#include "jobs/JobStart.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace ActionsTestSupport;
using Outcome = BulkSnapshotRunner::Outcome;

class TestBulkSnapshotRunner : public QObject
{
    Q_OBJECT
private:
    static std::unique_ptr<ApiClient> client(const SandboxProcess &sandbox)
    {
        auto api = std::make_unique<ApiClient>(sandbox.apiUrl());
        api->setApiKey(sandbox.apiKey());
        return api;
    }
    static QString uniqueLabel() { return QStringLiteral("bulk ") + QUuid::createUuid().toString(QUuid::Id128).left(12); }
    static void tune(BulkSnapshotRunner &runner, ApiClient *api)
    {
        JobTracker::of(api)->setIntervals(fastIntervals());
        runner.setRoundDelay(200);
    }

private Q_SLOTS:
    void twentyEnvironmentsUnderInjectedFailuresGiveExactlyTwentySnapshots_data()
    {
        // With the client's own retries, and without them: then every retry is one of the
        // runner's rounds, which must carry the environment's key just the same.
        QTest::addColumn<int>("clientAttempts");
        QTest::newRow("client retries") << 6;
        QTest::newRow("runner rounds only") << 1;
    }
    void twentyEnvironmentsUnderInjectedFailuresGiveExactlyTwentySnapshots()
    {
        QFETCH(int, clientAttempts);
        SandboxProcess sandbox;
        SandboxProcess::Options o;
        o.seed = QStringLiteral("fleet:10");
        o.extraArgs = {QStringLiteral("--no-schedule"), QStringLiteral("--fail-rate"), QStringLiteral("0.3"),
                       QStringLiteral("--fail-methods"), QStringLiteral("POST")};
        QVERIFY2(sandbox.start(o), qPrintable(sandbox.errorString()));
        ApiClient::Options clientOptions;
        clientOptions.maxAttempts = clientAttempts;
        clientOptions.baseBackoffMs = 100;
        auto api = std::make_unique<ApiClient>(sandbox.apiUrl(), clientOptions);
        api->setApiKey(sandbox.apiKey());

        QString error;
        const QJsonArray sites = await(api->listSites(), &error).toArray();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QList<BulkSnapshotRunner::Target> targets;
        for (const QJsonValue &v : sites) {
            const Result<Site> s = ApiParser::site(v);
            QVERIFY(s.ok());
            for (const Environment &env : s->environments)
                targets.append({s->slug, s->name, env.name});
        }
        QCOMPARE(targets.size(), 20);

        const QString label = uniqueLabel();
        BulkSnapshotRunner runner(api.get(), targets, label);
        tune(runner, api.get());
        runner.setMaxRounds(12); // 0.3^12: a run failing for bad luck is not what this tests
        QCOMPARE(runner.concurrency(), 4);
        int maxInFlight = 0;
        connect(&runner, &BulkSnapshotRunner::entryChanged, this, [&runner, &maxInFlight] {
            int n = 0;
            for (const auto &e : runner.entries())
                n += e.outcome == Outcome::Requesting || e.outcome == Outcome::Capturing
                    || e.outcome == Outcome::WaitingForBusy;
            maxInFlight = qMax(maxInFlight, n);
        });
        QSignalSpy finished(&runner, &BulkSnapshotRunner::finished);
        runner.start();
        QVERIFY(finished.wait(240000));
        QCOMPARE(finished.size(), 1);
        QVERIFY(maxInFlight <= 4);
        QVERIFY(maxInFlight >= 2);
        for (const auto &e : runner.entries())
            QVERIFY2(e.outcome == Outcome::Done, qPrintable(e.target.siteName + u' ' + e.reason));
        QCOMPARE(runner.count(Outcome::Done), 20);

        // Counted on the platform: exactly one snapshot with our label per environment.
        int total = 0;
        for (const QJsonValue &v : sites) {
            const Result<Site> s = ApiParser::site(v);
            const QList<Snapshot> list = snapshots(*api, s->slug);
            for (const Environment &env : s->environments) {
                const int n = int(std::count_if(list.cbegin(), list.cend(), [&](const Snapshot &snap) {
                    return snap.label == label && snap.environment == env.name;
                }));
                QVERIFY2(n == 1, qPrintable(QStringLiteral("%1/%2: %3 snapshots").arg(s->slug, env.name).arg(n)));
                total += n;
            }
        }
        QCOMPARE(total, 20);
        const QString report = runner.reportText();
        QCOMPARE(report.count(u'\n'), 21); // header + one line per environment
        sandbox.stop();
    }

    void busyEnvironmentsAreSkippedOrWaitedFor()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.startWith({QStringLiteral("--no-schedule"), QStringLiteral("--job-delay-ms"),
                                    QStringLiteral("300")}),
                 qPrintable(sandbox.errorString()));
        auto api = client(sandbox);
        const QList<BulkSnapshotRunner::Target> targets{
            {QStringLiteral("acme-store"), QStringLiteral("Acme Store"), QStringLiteral("staging")},
            {QStringLiteral("acme-store"), QStringLiteral("Acme Store"), QStringLiteral("production")}};

        for (const auto policy : {BulkSnapshotRunner::BusyPolicy::Skip, BulkSnapshotRunner::BusyPolicy::Wait}) {
            const Result<Accepted> occupying = ApiParser::accepted(await(api->createBackup(
                QStringLiteral("acme-store"), QStringLiteral("staging"), QStringLiteral("occupying"),
                ApiClient::newIdempotencyKey())));
            QVERIFY(occupying.ok());
            const QString label = uniqueLabel();
            BulkSnapshotRunner runner(api.get(), targets, label);
            tune(runner, api.get());
            runner.setBusyPolicy(policy);
            QSignalSpy finished(&runner, &BulkSnapshotRunner::finished);
            runner.start();
            QVERIFY(finished.wait(120000));
            const auto &staging = runner.entries().at(0);
            QCOMPARE(runner.entries().at(1).outcome, Outcome::Done);
            const QList<Snapshot> list = snapshots(*api, QStringLiteral("acme-store"), QStringLiteral("staging"));
            const int labelled = int(std::count_if(list.cbegin(), list.cend(),
                                                   [&](const Snapshot &s) { return s.label == label; }));
            if (policy == BulkSnapshotRunner::BusyPolicy::Skip) {
                QCOMPARE(staging.outcome, Outcome::Skipped);
                QVERIFY(!staging.reason.isEmpty());
                QVERIFY(!staging.requestId.isEmpty());
                QCOMPARE(labelled, 0);
                // Let the occupying capture end before the next round.
                QTRY_VERIFY_WITH_TIMEOUT(jobEnded(*api, occupying->job.id), 30000);
            } else {
                QCOMPARE(staging.outcome, Outcome::Done);
                QCOMPARE(labelled, 1);
                // Ours started only after the occupying capture had ended.
                QVERIFY(snapshot(*api, QStringLiteral("acme-store"), occupying->snapshot->id).isReady());
            }
        }
        sandbox.stop();
    }

    void rateLimitsAreWaitedOutAndFailuresReportedWithTheirReason()
    {
        // A bucket of 2 requests a second for 4 captures at a time and their polling: 429s are
        // certain. None may cost a snapshot or give a duplicate; an unknown environment fails
        // with a sentence and the request id, and the others are not held up by it.
        SandboxProcess sandbox;
        QVERIFY2(sandbox.startWith({QStringLiteral("--no-schedule"), QStringLiteral("--rate-limit"),
                                    QStringLiteral("2/2")}),
                 qPrintable(sandbox.errorString()));
        auto api = client(sandbox);
        QList<BulkSnapshotRunner::Target> targets;
        for (const QString &slug : {QStringLiteral("acme-store"), QStringLiteral("city-dental"), QStringLiteral("hooli-docs")}) {
            targets.append({slug, slug, QStringLiteral("staging")});
            targets.append({slug, slug, QStringLiteral("production")});
        }
        targets.append({QStringLiteral("acme-store"), QStringLiteral("acme-store"), QStringLiteral("no-such-environment")});
        const QString label = uniqueLabel();
        BulkSnapshotRunner runner(api.get(), targets, label);
        tune(runner, api.get());
        QSignalSpy finished(&runner, &BulkSnapshotRunner::finished);
        runner.start();
        QVERIFY(finished.wait(240000));
        QVERIFY2(sandbox.log().contains(" 429 "), "the rate limit was never reached: the test proves nothing");

        QCOMPARE(runner.count(Outcome::Done), 6);
        QCOMPARE(runner.count(Outcome::Failed), 1);
        const BulkSnapshotRunner::Entry &unknown = runner.entries().last();
        QCOMPARE(unknown.outcome, Outcome::Failed);
        QVERIFY2(unknown.reason.size() > 10 && !unknown.reason.contains(QStringLiteral("not_found")),
                 qPrintable(unknown.reason)); // a sentence, not the error code
        QVERIFY(unknown.requestId.startsWith(QStringLiteral("req_")));
        const QStringList report = runner.reportText().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(report.size(), 8);
        QVERIFY2(report.last().contains(unknown.reason), qPrintable(report.last()));
        for (const QString &slug : {QStringLiteral("acme-store"), QStringLiteral("city-dental"), QStringLiteral("hooli-docs")}) {
            const QList<Snapshot> list = snapshots(*api, slug);
            QCOMPARE(std::count_if(list.cbegin(), list.cend(), [&](const Snapshot &s) { return s.label == label; }), 2);
        }
        sandbox.stop();
    }

    void cancelSkipsWhatHasNotStarted()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.startWith({QStringLiteral("--no-schedule"), QStringLiteral("--job-delay-ms"),
                                    QStringLiteral("200")}),
                 qPrintable(sandbox.errorString()));
        auto api = client(sandbox);
        const QList<BulkSnapshotRunner::Target> targets{
            {QStringLiteral("acme-store"), QStringLiteral("Acme Store"), QStringLiteral("staging")},
            {QStringLiteral("acme-store"), QStringLiteral("Acme Store"), QStringLiteral("production")},
            {QStringLiteral("acme-blog"), QStringLiteral("Acme Blog"), QStringLiteral("production")}};
        BulkSnapshotRunner runner(api.get(), targets, uniqueLabel());
        tune(runner, api.get());
        runner.setConcurrency(1);
        QSignalSpy accepted(&runner, &BulkSnapshotRunner::captureAccepted);
        QSignalSpy finished(&runner, &BulkSnapshotRunner::finished);
        runner.start();
        QVERIFY(accepted.wait(20000));
        runner.cancel();
        QVERIFY(finished.wait(60000));
        QCOMPARE(runner.entries().at(0).outcome, Outcome::Done); // accepted work is followed to its end
        QCOMPARE(runner.entries().at(1).outcome, Outcome::Skipped);
        QCOMPARE(runner.entries().at(2).outcome, Outcome::Skipped);
        QCOMPARE(accepted.size(), 1);
        sandbox.stop();
    }

    void unknownOutcomeKeepsTheKey()
    {
        ApiError e;
        e.kind = ApiError::Kind::Timeout;
        QVERIFY(JobStart::outcomeUnknown(e));
        e.kind = ApiError::Kind::Http;
        e.httpStatus = 503;
        QVERIFY(JobStart::outcomeUnknown(e));
        e.httpStatus = 429;
        QVERIFY(JobStart::outcomeUnknown(e));
        e.httpStatus = 409;
        QVERIFY(!JobStart::outcomeUnknown(e));
        e.httpStatus = 422;
        QVERIFY(!JobStart::outcomeUnknown(e));
    }
};

QTEST_GUILESS_MAIN(TestBulkSnapshotRunner)
#include "tst_BulkSnapshotRunner.moc"
