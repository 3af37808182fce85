#include "SandboxProcess.h"
#include "api/ApiClient.h"
#include "api/ApiParser.h"
#include "api/ErrorText.h"
#include "jobs/JobTracker.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The core client against mf-sandbox, a real implementation of the contract: idempotent actions
// under injected 5xx, a 429 storm, a revoked key, pagination, and jobs followed across a restart.
class TestSandboxClient : public QObject
{
    Q_OBJECT

    static ApiClient::Options patientOptions()
    {
        ApiClient::Options o;
        o.maxAttempts = 10; // injected faults must not exhaust retries by bad luck
        o.baseBackoffMs = 50;
        o.maxBackoffMs = 400;
        return o;
    }

    static std::unique_ptr<ApiClient> clientFor(const SandboxProcess &sandbox, const ApiClient::Options &o = patientOptions())
    {
        auto c = std::make_unique<ApiClient>(sandbox.apiUrl(), o);
        c->setApiKey(sandbox.apiKey());
        return c;
    }

    static bool finish(ApiReply *reply, int ms = 60000)
    {
        reply->setAutoDelete(false);
        QSignalSpy spy(reply, &ApiReply::finished);
        return reply->isFinished() || spy.wait(ms);
    }

    static QList<Snapshot> snapshots(ApiClient *c, const QString &site, const QString &env)
    {
        ApiClient::SnapshotFilter f;
        f.environment = env;
        std::unique_ptr<ApiReply> r(c->listSnapshots(site, f));
        if (!finish(r.get()) || !r->ok())
            return {};
        return ApiParser::list<Snapshot>(r->json().toArray(), &ApiParser::snapshot).value();
    }

    // Follows a job with the tracker until it ends; the final state.
    static std::optional<Job> follow(JobTracker *tracker, const Job &job)
    {
        QSignalSpy finished(tracker, &JobTracker::jobFinished);
        tracker->track(job);
        for (int waited = 0; waited < 120000; waited += 100) {
            for (const auto &args : finished) {
                const Job j = args.at(0).value<Job>();
                if (j.id == job.id)
                    return j;
            }
            finished.wait(100);
        }
        return std::nullopt;
    }

    static std::optional<Accepted> accepted(ApiReply *reply)
    {
        if (!reply->ok())
            return std::nullopt;
        const Result<Accepted> a = ApiParser::accepted(reply->json());
        return a.ok() ? std::optional<Accepted>(a.value()) : std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Job>();
        QVERIFY2(QFileInfo::exists(SandboxProcess::binaryPath()), "mf-sandbox not built");
    }

    void oneSnapshotAndOneRestorePerActionUnderFaults()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.startWith({"--fail-rate", "0.3", "--fail-methods", "POST"}),
                 qPrintable(sandbox.errorString()));
        auto c = clientFor(sandbox);
        JobTracker tracker(c.get());
        const QString site = QStringLiteral("acme-blog"), env = QStringLiteral("staging");
        const qsizetype before = snapshots(c.get(), site, env).size();

        constexpr int captures = 4;
        int retried = 0;
        for (int i = 0; i < captures; ++i) {
            const QString key = ApiClient::newIdempotencyKey();
            std::unique_ptr<ApiReply> r(c->createBackup(site, env, QStringLiteral("action %1").arg(i), key));
            QVERIFY(finish(r.get()));
            QVERIFY2(r->ok(), qPrintable(ErrorText::describe(r->error())));
            retried += r->attempts() > 1 ? 1 : 0;
            const auto a = accepted(r.get());
            QVERIFY(a && a->snapshot);
            const auto done = follow(&tracker, a->job);
            QVERIFY(done);
            QCOMPARE(done->status, JobStatus::Succeeded);
        }
        const QList<Snapshot> after = snapshots(c.get(), site, env);
        QCOMPARE(after.size(), before + captures);

        // Restores of the newest snapshot, each its own action with its own key.
        const Snapshot source = after.first(); // newest first
        QVERIFY(source.isReady());
        constexpr int restores = 3;
        for (int i = 0; i < restores; ++i) {
            std::unique_ptr<ApiReply> r(c->restoreSnapshot(site, source.id, {"db"}, env, ApiClient::newIdempotencyKey()));
            QVERIFY(finish(r.get()));
            QVERIFY2(r->ok(), qPrintable(ErrorText::describe(r->error())));
            retried += r->attempts() > 1 ? 1 : 0;
            const auto a = accepted(r.get());
            QVERIFY(a);
            const auto done = follow(&tracker, a->job);
            QVERIFY(done);
            QCOMPARE(done->status, JobStatus::Succeeded);
        }
        std::unique_ptr<ApiReply> jobs(c->listJobs({}, site));
        QVERIFY(finish(jobs.get()));
        QVERIFY(jobs->ok());
        const QList<Job> all = ApiParser::list<Job>(jobs->json().toArray(), &ApiParser::job).value();
        const auto restoreCount = std::count_if(all.cbegin(), all.cend(), [&](const Job &j) {
            return j.type == JobType::Restore && j.snapshotId == source.id;
        });
        QCOMPARE(int(restoreCount), restores);
        qInfo() << retried << "of" << captures + restores << "actions needed a retry";
        sandbox.stop();
    }

    void rateLimitStormHonoursRetryAfter()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.startWith({"--rate-limit-storm", "0.4"}), qPrintable(sandbox.errorString()));
        auto c = clientFor(sandbox);
        int extraAttempts = 0;
        // At least six calls, and on until one met a 429 (0.6^6 = 5% of runs would not).
        for (int i = 0; i < 6 || (extraAttempts == 0 && i < 40); ++i) {
            QElapsedTimer t;
            t.start();
            std::unique_ptr<ApiReply> r(c->me());
            QVERIFY(finish(r.get()));
            QVERIFY2(r->ok(), qPrintable(ErrorText::describe(r->error())));
            // Every retry here answered a 429 with Retry-After: 1, so each one waited a second.
            QVERIFY2(t.elapsed() >= (r->attempts() - 1) * 1000, "a retry came before Retry-After");
            extraAttempts += r->attempts() - 1;
        }
        JobTracker tracker(c.get());
        std::unique_ptr<ApiReply> r(c->createBackup("acme-store", "staging", "storm", ApiClient::newIdempotencyKey()));
        QVERIFY(finish(r.get()));
        QVERIFY2(r->ok(), qPrintable(ErrorText::describe(r->error())));
        const auto a = accepted(r.get());
        QVERIFY(a);
        const auto done = follow(&tracker, a->job);
        QVERIFY(done);
        QCOMPARE(done->status, JobStatus::Succeeded);
        sandbox.stop();
        const QString log = QString::fromUtf8(sandbox.log());
        QVERIFY2(log.count(QRegularExpression(QStringLiteral(" 429 "))) > 0, "the storm never happened");
        qInfo() << extraAttempts << "retries after 429";
    }

    void staysUnderTheRateLimitByItself()
    {
        // The platform's own limits (20/s, bursts of 100) and twice a burst's worth of calls at
        // once: the client's queue paces them, so not one is answered 429.
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        auto c = clientFor(sandbox, ApiClient::Options());
        std::vector<std::unique_ptr<ApiReply>> replies;
        for (int i = 0; i < 200; ++i) {
            replies.emplace_back(c->me());
            replies.back()->setAutoDelete(false);
        }
        for (const auto &r : replies) {
            QVERIFY(finish(r.get()));
            QVERIFY2(r->ok(), qPrintable(ErrorText::describe(r->error())));
            QCOMPARE(r->attempts(), 1);
        }
        sandbox.stop();
        const QString log = QString::fromUtf8(sandbox.log());
        QCOMPARE(log.count(QStringLiteral("api GET /v1/me 200 ")), 200);
        QCOMPARE(log.count(QStringLiteral(" 429 ")), 0);
    }

    void revokedKeyIsReported()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        auto c = clientFor(sandbox);
        std::unique_ptr<ApiReply> ok(c->me());
        QVERIFY(finish(ok.get()));
        QVERIFY(ok->ok());
        int exitCode = -1;
        sandbox.runTool({"keys", "revoke", sandbox.apiKey().left(12)}, &exitCode);
        QCOMPARE(exitCode, 0);
        QSignalSpy unauthorized(c.get(), &ApiClient::unauthorized);
        std::unique_ptr<ApiReply> r(c->me());
        QVERIFY(finish(r.get()));
        QVERIFY(r->error().isUnauthorized());
        QCOMPARE(r->error().code, QStringLiteral("unauthorized"));
        QVERIFY(!r->error().requestId.isEmpty());
        QVERIFY(ErrorText::describe(r->error()).contains(QStringLiteral("revoked or has expired")));
        QCOMPARE(r->attempts(), 1);
        QTRY_COMPARE(unauthorized.size(), 1);
        sandbox.stop();
    }

    void paginationDeliversAllPagesInOrder()
    {
        SandboxProcess sandbox;
        SandboxProcess::Options so;
        so.seed = QStringLiteral("fleet:250");
        so.readyTimeoutMs = 120000;
        QVERIFY2(sandbox.start(so), qPrintable(sandbox.errorString()));
        auto c = clientFor(sandbox);
        std::unique_ptr<ApiReply> r(c->listSites());
        r->setAutoDelete(false);
        QList<int> pageSizes;
        QStringList slugs;
        connect(r.get(), &ApiReply::pageReceived, this, [&](const QJsonArray &items) {
            pageSizes << int(items.size());
            for (const QJsonValue &v : items)
                slugs << v.toObject().value(QLatin1String("slug")).toString();
        });
        QVERIFY(finish(r.get()));
        QVERIFY2(r->ok(), qPrintable(ErrorText::describe(r->error())));
        QCOMPARE(pageSizes, (QList<int>{100, 100, 50}));
        QCOMPARE(r->json().toArray().size(), 250);
        QStringList sorted = slugs;
        sorted.sort();
        QCOMPARE(slugs, sorted); // ordered by slug across page boundaries
        QCOMPARE(QSet<QString>(slugs.cbegin(), slugs.cend()).size(), 250);
        const Result<QList<Site>> sites = ApiParser::list<Site>(r->json().toArray(), &ApiParser::site);
        QVERIFY2(sites.ok(), qPrintable(sites.error().toString()));
        sandbox.stop();
    }

    void jobFollowedAfterRestart()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.startWith({"--job-delay-ms", "700"}), qPrintable(sandbox.errorString()));
        auto c = clientFor(sandbox);
        QTemporaryDir dir;
        QSettings settings(dir.filePath("state.ini"), QSettings::IniFormat);
        const QString group = QStringLiteral("accounts/test/jobs");

        Job started;
        {
            JobTracker first(c.get());
            first.setPersistence(&settings, group);
            std::unique_ptr<ApiReply> r(c->createBackup("city-dental", "production", "restart", ApiClient::newIdempotencyKey()));
            QVERIFY(finish(r.get()));
            const auto a = accepted(r.get());
            QVERIFY(a);
            started = a->job;
            first.track(started);
            QVERIFY(first.storedIds().contains(started.id));
            QSignalSpy updated(&first, &JobTracker::jobUpdated);
            QVERIFY(updated.wait(10000));
        } // the app quits while the job runs

        JobTracker second(c.get());
        second.setPersistence(&settings, group);
        QCOMPARE(second.storedIds(), QStringList{started.id});
        QSignalSpy resumed(&second, &JobTracker::resumed);
        QSignalSpy finished(&second, &JobTracker::jobFinished);
        second.resume();
        QVERIFY(second.isTracking(started.id));
        QVERIFY(resumed.wait(20000));
        QVERIFY(resumed[0][0].toInt() >= 1);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        QCOMPARE(finished[0][0].value<Job>().id, started.id);
        QCOMPARE(finished[0][0].value<Job>().status, JobStatus::Succeeded);
        QVERIFY(second.storedIds().isEmpty());
        sandbox.stop();
    }
};

QTEST_GUILESS_MAIN(TestSandboxClient)
#include "tst_sandboxclient.moc"
