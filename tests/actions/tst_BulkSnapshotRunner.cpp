// BulkSnapshotRunner against mf-sandbox: 20 environments under 30% injected 5xx on POSTs give
// exactly 20 snapshots (never a duplicate: one key per environment, kept across retries); so do
// 200 under 20% 5xx on everything and a 429 storm; the concurrency limit holds; busy environments
// are joined, skipped or waited for, as chosen; cancel; a second start continues the first.
#include "ActionsTestSupport.h"
#include "SandboxProcess.h"
#include "api/ApiClient.h"
#include "api/ApiParser.h"
#include "jobs/BulkRunJournal.h"
#include "jobs/BulkSnapshotRunner.h"
#include "jobs/JobStart.h"

#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTemporaryDir>
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
        QCOMPARE(runner.concurrency(), 0); // by default only the rate limit paces a run
        runner.setConcurrency(4);
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

        for (const auto policy : {BulkSnapshotRunner::BusyPolicy::Skip, BulkSnapshotRunner::BusyPolicy::Wait,
                                  BulkSnapshotRunner::BusyPolicy::Join}) {
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
            } else if (policy == BulkSnapshotRunner::BusyPolicy::Join) {
                // The capture already running is this environment's snapshot: no second one.
                QCOMPARE(staging.outcome, Outcome::Done);
                QVERIFY(staging.joined);
                QCOMPARE(staging.jobId, occupying->job.id);
                QCOMPARE(staging.snapshotId, occupying->snapshot->id);
                QCOMPARE(labelled, 0);
                QVERIFY(snapshot(*api, QStringLiteral("acme-store"), occupying->snapshot->id).isReady());
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

    void twoHundredEnvironmentsUnderFailuresAndA429StormGetOneSnapshotEach()
    {
        // 20% of every request (POSTs, the job lists, the looks) answered 500 or 503, and 10%
        // answered 429 whatever the bucket: a fleet-sized run still gives each environment
        // exactly one snapshot, and the follower reads the jobs from lists, not one by one.
        SandboxProcess sandbox;
        SandboxProcess::Options o;
        o.seed = QStringLiteral("fleet:100");
        o.extraArgs = {QStringLiteral("--no-schedule"), QStringLiteral("--fail-rate"), QStringLiteral("0.2"),
                       QStringLiteral("--rate-limit-storm"), QStringLiteral("0.1")};
        QVERIFY2(sandbox.start(o), qPrintable(sandbox.errorString()));
        ApiClient::Options clientOptions;
        clientOptions.baseBackoffMs = 100;
        auto api = std::make_unique<ApiClient>(sandbox.apiUrl(), clientOptions);
        api->setApiKey(sandbox.apiKey());
        QString error;
        const QJsonArray sites = await(api->listSites(), &error, 120000).toArray();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QList<BulkSnapshotRunner::Target> targets;
        for (const QJsonValue &v : sites) {
            const Result<Site> s = ApiParser::site(v);
            QVERIFY(s.ok());
            for (const Environment &env : s->environments)
                targets.append({s->slug, s->name, env.name});
        }
        QCOMPARE(targets.size(), 200);

        const QString label = uniqueLabel();
        BulkSnapshotRunner runner(api.get(), targets, label);
        runner.setRoundDelay(200); // the follower at its real pace: what is counted below is its design
        runner.setMaxRounds(12);
        const qsizetype logStart = sandbox.log().size();
        QSignalSpy finished(&runner, &BulkSnapshotRunner::finished);
        runner.start();
        QVERIFY(finished.wait(480000));
        for (const auto &e : runner.entries())
            QVERIFY2(e.outcome == Outcome::Done, qPrintable(e.target.siteRef + u' ' + e.target.environment + u' ' + e.reason));
        const QByteArray log = sandbox.log().mid(logStart);
        QVERIFY2(log.contains(" 429 ") && log.contains(" 503 ") && log.contains(" 500 "), "no storm happened");
        // One look at a job apiece would be 200 GET /jobs/{id}; the recent-jobs list spares most.
        QSet<QByteArray> looked;
        for (const QByteArray &line : log.split('\n')) {
            const qsizetype at = line.indexOf("GET /v1/jobs/job_");
            if (at >= 0)
                looked.insert(line.mid(at + 13, 30));
        }
        qInfo("200 environments: %d job(s) looked at one by one, %d GET /jobs/{id} in all (retries included)",
              int(looked.size()), int(log.count("GET /v1/jobs/job_")));
        // Without the list it would be every one of the 200, most of them several times. On a loaded
        // machine the list's pages come later and more jobs get a look of their own (up to 110 of
        // 200 seen with a core kept busy), so the bound leaves room for that.
        QVERIFY2(looked.size() < 150, qPrintable(QString::number(looked.size())));

        // The check reads through the same storm: a client patient enough that a listing never
        // gives up (an empty list would read as "no snapshot").
        ApiClient::Options patient = clientOptions;
        patient.maxAttempts = 40;
        patient.callDeadlineMs = 600000;
        ApiClient verifier(sandbox.apiUrl(), patient);
        verifier.setApiKey(sandbox.apiKey());
        QSet<QString> snapshotIds;
        for (const QJsonValue &v : sites) {
            const Result<Site> s = ApiParser::site(v);
            const QList<Snapshot> list = snapshots(verifier, s->slug);
            for (const Environment &env : s->environments) {
                const int n = int(std::count_if(list.cbegin(), list.cend(), [&](const Snapshot &snap) {
                    return snap.label == label && snap.environment == env.name;
                }));
                QVERIFY2(n == 1, qPrintable(QStringLiteral("%1/%2: %3 snapshots").arg(s->slug, env.name).arg(n)));
            }
        }
        for (const auto &e : runner.entries())
            snapshotIds.insert(e.snapshotId);
        QCOMPARE(snapshotIds.size(), 200);
        sandbox.stop();
    }

    void aSecondStartContinuesTheFirst()
    {
        // A run cancelled after a few captures keeps its journal; the same targets and label
        // started again do only what is left, and no environment gets a second snapshot.
        SandboxProcess sandbox;
        SandboxProcess::Options o;
        o.seed = QStringLiteral("fleet:6");
        o.extraArgs = {QStringLiteral("--no-schedule"), QStringLiteral("--job-delay-ms"), QStringLiteral("100")};
        QVERIFY2(sandbox.start(o), qPrintable(sandbox.errorString()));
        auto api = client(sandbox);
        QList<BulkSnapshotRunner::Target> targets;
        QStringList keys;
        for (int i = 1; i <= 6; ++i) {
            for (const QString &env : {QStringLiteral("production"), QStringLiteral("staging")}) {
                const QString slug = QStringLiteral("fleet-%1").arg(i, 5, 10, QLatin1Char('0'));
                targets.append({slug, slug, env});
                keys << BulkSnapshotRunner::targetKey(targets.last());
            }
        }
        QTemporaryDir dir;
        const QString label = uniqueLabel();
        const QString runId = BulkRunJournal::runId(QStringLiteral("acct_test"), label, keys);
        QCOMPARE(BulkRunJournal::runId(QStringLiteral("acct_test"), label, QStringList(keys.crbegin(), keys.crend())), runId);
        QVERIFY(BulkRunJournal::runId(QStringLiteral("acct_other"), label, keys) != runId);
        int firstDone = 0;
        {
            BulkRunJournal journal(dir.path(), runId);
            QString error;
            QVERIFY2(journal.open(label, &error), qPrintable(error));
            QVERIFY(!journal.isContinued());
            BulkRunJournal second(dir.path(), runId);
            QVERIFY(!second.open(label, &error)); // one process per run
            QVERIFY2(error.contains(QStringLiteral("another process")), qPrintable(error));

            BulkSnapshotRunner runner(api.get(), targets, label);
            tune(runner, api.get());
            runner.setConcurrency(3);
            runner.setJournal(&journal);
            QSignalSpy accepted(&runner, &BulkSnapshotRunner::captureAccepted);
            QSignalSpy finished(&runner, &BulkSnapshotRunner::finished);
            runner.start();
            QTRY_VERIFY_WITH_TIMEOUT(accepted.size() >= 3, 30000);
            runner.cancel();
            QVERIFY(finished.wait(60000));
            firstDone = runner.count(Outcome::Done);
            QVERIFY(firstDone >= 3 && firstDone < 12);
            QVERIFY(QFile::exists(journal.path()));
        }
        BulkRunJournal journal(dir.path(), runId);
        QString error;
        QVERIFY2(journal.open(label, &error), qPrintable(error));
        QVERIFY(journal.isContinued());
        BulkSnapshotRunner runner(api.get(), targets, label);
        tune(runner, api.get());
        runner.setJournal(&journal);
        QSignalSpy accepted(&runner, &BulkSnapshotRunner::captureAccepted);
        QSignalSpy finished(&runner, &BulkSnapshotRunner::finished);
        runner.start();
        QVERIFY(finished.wait(120000));
        QCOMPARE(runner.count(Outcome::Done), 12);
        QCOMPARE(accepted.size(), 12 - firstDone);
        QCOMPARE(int(std::count_if(runner.entries().cbegin(), runner.entries().cend(),
                                   [](const BulkSnapshotRunner::Entry &e) { return e.earlier; })),
                 firstDone);
        QVERIFY(!QFile::exists(journal.path())); // complete: nothing left to continue
        for (int i = 1; i <= 6; ++i) {
            const QString slug = QStringLiteral("fleet-%1").arg(i, 5, 10, QLatin1Char('0'));
            const QList<Snapshot> list = snapshots(*api, slug);
            QCOMPARE(std::count_if(list.cbegin(), list.cend(), [&](const Snapshot &s) { return s.label == label; }), 2);
        }
        sandbox.stop();
    }

    void damagedJournalIsReportedAndKept()
    {
        QTemporaryDir dir;
        const QString runId = BulkRunJournal::runId(QStringLiteral("acct_test"), QStringLiteral("x"), {QStringLiteral("a/b")});
        QFile file(dir.filePath(runId + QStringLiteral(".json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": 1, \"environments\": [");
        file.close();
        BulkRunJournal journal(dir.path(), runId);
        QString error;
        QVERIFY(!journal.open(QStringLiteral("x"), &error));
        QVERIFY2(error.contains(QStringLiteral("damaged")) && error.contains(runId), qPrintable(error));
        QVERIFY(QFile::exists(file.fileName())); // it holds the keys: never thrown away silently
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
