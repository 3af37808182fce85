#include "FakeHttpServer.h"
#include "Fixtures.h"
#include "api/ApiClient.h"
#include "api/ApiParser.h"
#include "jobs/JobTracker.h"
#include "util/ManualClock.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Response = FakeHttpServer::Response;

namespace {

QJsonObject jobState(const QString &id, const char *status, int progress, const char *phase)
{
    QJsonObject j = Fixtures::job();
    j.insert("id", id);
    j.insert("status", QLatin1String(status));
    j.insert("progress", progress);
    j.insert("phase", QLatin1String(phase));
    if (QByteArray(status) == "succeeded" || QByteArray(status) == "failed")
        j.insert("finished_at", "2026-11-24T09:35:00Z");
    return j;
}

Job parsed(const QJsonObject &o)
{
    return ApiParser::job(o).value();
}

} // namespace

// JobTracker against a scripted server: running jobs followed through one list request per
// interval, one GET for a job that leaves the list, queued jobs looked at slower, updates only on
// change, one failure policy, ids remembered across restarts, and one follower per client.
class TestJobTracker : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeHttpServer> server;
    std::unique_ptr<ApiClient> client;
    const QString idA = Fixtures::id("job", QLatin1Char('A'));
    const QString idB = Fixtures::id("job", QLatin1Char('B'));
    const QString idC = Fixtures::id("job", QLatin1Char('C'));

    static JobTracker::Intervals fast()
    {
        JobTracker::Intervals i;
        i.runningMs = 20;
        i.queuedMs = 40;
        i.errorMs = 20;
        i.maxErrorMs = 40;
        return i;
    }
    static bool isList(const FakeHttpServer::Request &req) { return req.target.startsWith("/v1/jobs?"); }
    static Response page(const QJsonArray &jobs) { return Response::json(200, Fixtures::page(jobs, QJsonValue::Null)); }
    int lists() const { return server->count("GET", "/v1/jobs?"); }
    int gets(const QString &id) const { return server->count("GET", "/v1/jobs/" + id.toLatin1()); }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Job>();
    }

    void init()
    {
        server = std::make_unique<FakeHttpServer>();
        QVERIFY(server->listen());
        ApiClient::Options o;
        o.maxAttempts = 1; // the tracker's own error handling is under test
        client = std::make_unique<ApiClient>(server->url(QStringLiteral("/v1")), o);
        client->setApiKey(QStringLiteral("mfk_test_AbCdEfGhIjKlMnOpQrStUvWxYz012345"));
    }

    void runningJobFollowedThroughTheListThenOneLook()
    {
        const QList<QJsonArray> listed = {
            {jobState(idA, "running", 10, "Dumping database")},
            {jobState(idA, "running", 10, "Dumping database")},
            {jobState(idA, "running", 60, "Archiving files")},
            {},
        };
        int n = 0;
        server->setHandler([&](const FakeHttpServer::Request &req) {
            if (isList(req))
                return page(listed.value(n++, QJsonArray{}));
            const bool first = gets(idA) == 1;
            return Response::json(200, Fixtures::bytes(first ? jobState(idA, "queued", 0, "Waiting")
                                                             : jobState(idA, "succeeded", 100, "Done")));
        });
        JobTracker tracker(client.get());
        JobTracker::Intervals i = fast();
        i.queuedMs = 60000; // the list, not a look at the job, tells that it runs
        tracker.setIntervals(i);
        QSignalSpy updated(&tracker, &JobTracker::jobUpdated);
        QSignalSpy finished(&tracker, &JobTracker::jobFinished);
        tracker.track(idA);
        QVERIFY(tracker.isTracking(idA));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(updated.size(), 4); // the unchanged listing is not an update
        QList<int> progress;
        for (const auto &args : updated)
            progress << args[0].value<Job>().progress;
        QCOMPARE(progress, (QList<int>{0, 10, 60, 100}));
        QCOMPARE(finished[0][0].value<Job>().status, JobStatus::Succeeded);
        QVERIFY(!tracker.isTracking(idA));
        QCOMPARE(tracker.activeCount(), 0);
        QCOMPARE(tracker.job(idA)->phase, QStringLiteral("Done"));
        QCOMPARE(gets(idA), 2);  // the first look, and the one after it left the list
        QCOMPARE(lists(), 4);
        const int requests = int(server->requests().size());
        QTest::qWait(150);
        QCOMPARE(server->requests().size(), requests); // no polling after the end
    }

    void manyRunningJobsOneListRequestEach()
    {
        QStringList ids;
        for (int i = 0; i < 20; ++i)
            ids << QStringLiteral("job_01") + QString::number(i).rightJustified(24, u'0');
        bool halfDone = false;
        server->setHandler([&](const FakeHttpServer::Request &req) {
            QJsonArray running;
            for (int i = 0; i < ids.size(); ++i) {
                if (!halfDone || i % 2 == 0)
                    running.append(jobState(ids[i], "running", 30, "Archiving files"));
            }
            if (isList(req))
                return page(running);
            const QString id = QString::fromLatin1(req.target.mid(req.target.lastIndexOf('/') + 1));
            return Response::json(200, Fixtures::bytes(jobState(id, "succeeded", 100, "Done")));
        });
        JobTracker tracker(client.get());
        tracker.setIntervals(fast());
        QSignalSpy finished(&tracker, &JobTracker::jobFinished);
        for (const QString &id : std::as_const(ids))
            tracker.track(parsed(jobState(id, "running", 5, "Dumping database")));
        QTRY_VERIFY(lists() >= 5);
        QCOMPARE(server->count("GET", "/v1/jobs/"), 0); // however many run, one request per interval
        halfDone = true;
        QTRY_COMPARE(finished.size(), 10);
        QCOMPARE(server->count("GET", "/v1/jobs/"), 10); // one look at each job that left the list
        QCOMPARE(tracker.activeCount(), 10);
    }

    void queuedJobsLookedAtSlower()
    {
        server->setHandler([&](const FakeHttpServer::Request &req) {
            if (isList(req))
                return page({jobState(idB, "running", 0, "x")});
            return Response::json(200, Fixtures::bytes(jobState(idA, "queued", 0, "x")));
        });
        JobTracker tracker(client.get());
        JobTracker::Intervals i = fast();
        i.queuedMs = 60000;
        tracker.setIntervals(i);
        tracker.track(parsed(jobState(idA, "queued", 0, "Waiting")));
        tracker.track(parsed(jobState(idB, "running", 0, "Starting")));
        QTRY_VERIFY(lists() >= 5);
        QCOMPARE(gets(idA), 0);
        QCOMPARE(gets(idB), 0);
    }

    void finishedJobReportedWithoutPolling()
    {
        JobTracker tracker(client.get());
        QSignalSpy finished(&tracker, &JobTracker::jobFinished);
        tracker.track(parsed(jobState(idA, "failed", 30, "Archiving files")));
        QCOMPARE(finished.size(), 0); // from the event loop, not inside track()
        QTRY_COMPARE(finished.size(), 1);
        // A subscriber that comes later and asks for it hears the end too.
        tracker.track(idA);
        QTRY_COMPARE(finished.size(), 2);
        QTest::qWait(50);
        QCOMPARE(server->requests().size(), 0);
    }

    void lostAndFailingJobs()
    {
        int calls = 0;
        server->setHandler([&](const FakeHttpServer::Request &req) {
            if (isList(req))
                return page({});
            if (req.target.contains(idA.toLatin1()))
                return Response::error(404, "not_found");
            return ++calls <= 2 ? Response::error(500, "internal")
                                : Response::json(200, Fixtures::bytes(jobState(idB, "succeeded", 100, "Done")));
        });
        QTemporaryDir dir;
        QSettings settings(dir.filePath("s.ini"), QSettings::IniFormat);
        JobTracker tracker(client.get());
        tracker.setIntervals(fast());
        tracker.setPersistence(&settings, QStringLiteral("acct/jobs"));
        QSignalSpy lost(&tracker, &JobTracker::jobLost);
        QSignalSpy failed(&tracker, &JobTracker::pollFailed);
        QSignalSpy finished(&tracker, &JobTracker::jobFinished);
        tracker.track(idA);
        tracker.track(idB);
        QCOMPARE(tracker.storedIds().size(), 2);
        QTRY_COMPARE(lost.size(), 1);
        QCOMPARE(lost[0][0].toString(), idA);
        QCOMPARE(lost[0][1].value<ApiError>().httpStatus, 404);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(failed.size(), 2); // polling went on through the failures
        QCOMPARE(failed[1][2].toInt(), 2);
        QVERIFY(tracker.storedIds().isEmpty());
        QTest::qWait(100);
        QCOMPARE(gets(idA), 1);
    }

    void givesUpAfterRepeatedFailuresAndPicksUpAgain()
    {
        bool healthy = false;
        server->setHandler([&](const FakeHttpServer::Request &req) {
            if (!healthy)
                return Response::error(503, "unavailable");
            if (isList(req))
                return page({});
            return Response::json(200, Fixtures::bytes(jobState(idA, "succeeded", 100, "Done")));
        });
        QTemporaryDir dir;
        QSettings settings(dir.filePath("s.ini"), QSettings::IniFormat);
        JobTracker tracker(client.get());
        JobTracker::Intervals i = fast();
        i.lostAfterFailures = 3;
        tracker.setIntervals(i);
        tracker.setPersistence(&settings, QStringLiteral("acct/jobs"));
        QSignalSpy lost(&tracker, &JobTracker::jobLost);
        QSignalSpy failed(&tracker, &JobTracker::pollFailed);
        QSignalSpy finished(&tracker, &JobTracker::jobFinished);
        tracker.track(parsed(jobState(idA, "running", 10, "Dumping database")));
        QTRY_COMPARE(lost.size(), 1); // the failed list counts against the running job it covers
        QCOMPARE(failed.size(), 2);
        QCOMPARE(lost[0][1].value<ApiError>().httpStatus, 503);
        QVERIFY(!tracker.isTracking(idA));
        QCOMPARE(tracker.storedIds(), QStringList{idA}); // may pass: kept for resume()
        const int requests = int(server->requests().size());
        QTest::qWait(150);
        QCOMPARE(server->requests().size(), requests);
        healthy = true;
        tracker.track(idA); // asked again (a retry, or resume())
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(tracker.storedIds().isEmpty());
    }

    void refusedKeyStopsFollowingButRemembers()
    {
        server->setHandler([](const FakeHttpServer::Request &) { return Response::error(401, "unauthorized"); });
        QTemporaryDir dir;
        QSettings settings(dir.filePath("s.ini"), QSettings::IniFormat);
        JobTracker tracker(client.get());
        tracker.setIntervals(fast());
        tracker.setPersistence(&settings, QStringLiteral("acct/jobs"));
        QSignalSpy lost(&tracker, &JobTracker::jobLost);
        tracker.track(idA);
        QTRY_COMPARE(lost.size(), 1);
        QVERIFY(lost[0][1].value<ApiError>().isUnauthorized());
        QCOMPARE(tracker.storedIds(), QStringList{idA}); // a new key follows it again
    }

    void resumeFromStoredIdsAndRunningList()
    {
        ManualClock clock;
        QTemporaryDir dir;
        QSettings settings(dir.filePath("s.ini"), QSettings::IniFormat);
        const QString group = QStringLiteral("accounts/acct_1/jobs");
        settings.setValue(group + u'/' + idA, clock.now().addDays(-8).toString(Qt::ISODate)); // past retention
        settings.setValue(group + u'/' + idB, clock.now().addDays(-1).toString(Qt::ISODate));
        settings.setValue(group + QStringLiteral("/not-a-job"), clock.now().toString(Qt::ISODate));
        server->setHandler([&](const FakeHttpServer::Request &req) {
            if (isList(req)) {
                const bool running = req.target.contains("status=running");
                return page(running ? QJsonArray{jobState(idC, "running", 5, "Dumping database")} : QJsonArray{});
            }
            if (req.target.contains(idB.toLatin1()))
                return Response::json(200, Fixtures::bytes(jobState(idB, "succeeded", 100, "Done")));
            return Response::json(200, Fixtures::bytes(jobState(idC, "running", 50, "Archiving files")));
        });
        JobTracker tracker(client.get());
        tracker.setClock(&clock);
        tracker.setIntervals(fast());
        tracker.setPersistence(&settings, group);
        QSignalSpy resumed(&tracker, &JobTracker::resumed);
        QSignalSpy finished(&tracker, &JobTracker::jobFinished);
        tracker.resume();
        QVERIFY(!tracker.isTracking(idA));
        QVERIFY(tracker.isTracking(idB));
        QTRY_COMPARE(resumed.size(), 1);
        QCOMPARE(resumed[0][0].toInt(), 2); // B from storage, C from the platform
        QVERIFY(!resumed[0][1].value<ApiError>().isError());
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished[0][0].value<Job>().id, idB);
        QVERIFY(tracker.isTracking(idC));
        QCOMPARE(tracker.storedIds(), QStringList{idC});
        QCOMPARE(gets(idA), 0);
        QCOMPARE(gets(idC), 0); // running: the list speaks for it
        QCOMPARE(tracker.lastUpdate(idC), clock.now());
        tracker.untrack(idC);
        QVERIFY(tracker.storedIds().isEmpty());
        QVERIFY(!tracker.job(idC));
    }

    void oneFollowerPerClient()
    {
        QCOMPARE(JobTracker::of(nullptr), nullptr);
        {
            JobTracker first(client.get());
            QCOMPARE(JobTracker::of(client.get()), &first);
            JobTracker second(client.get()); // a test's own: follows only what it is given
            QCOMPARE(JobTracker::of(client.get()), &first);
        }
        JobTracker *made = JobTracker::of(client.get());
        QVERIFY(made);
        QCOMPARE(made->parent(), client.get());
        QCOMPARE(JobTracker::of(client.get()), made);
    }
};

QTEST_GUILESS_MAIN(TestJobTracker)
#include "tst_jobtracker.moc"
