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

// JobTracker against a scripted server: updates only on change, one finish, cadence by status,
// lost and failing jobs, and ids remembered across restarts with a ManualClock for their age.
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

    void updatesOnlyOnChangeThenFinishes()
    {
        const QList<QJsonObject> states = {
            jobState(idA, "queued", 0, "Waiting"),
            jobState(idA, "running", 10, "Dumping database"),
            jobState(idA, "running", 10, "Dumping database"),
            jobState(idA, "running", 60, "Archiving files"),
            jobState(idA, "succeeded", 100, "Done"),
        };
        int n = 0;
        server->setHandler([&](const FakeHttpServer::Request &) {
            return Response::json(200, Fixtures::bytes(states.value(n++, states.last())));
        });
        JobTracker tracker(client.get());
        tracker.setIntervals(fast());
        QSignalSpy updated(&tracker, &JobTracker::jobUpdated);
        QSignalSpy finished(&tracker, &JobTracker::jobFinished);
        tracker.track(idA);
        QVERIFY(tracker.isTracking(idA));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(updated.size(), 4); // the unchanged poll is not an update
        QList<int> progress;
        for (const auto &args : updated)
            progress << args[0].value<Job>().progress;
        QCOMPARE(progress, (QList<int>{0, 10, 60, 100}));
        QCOMPARE(finished[0][0].value<Job>().status, JobStatus::Succeeded);
        QVERIFY(!tracker.isTracking(idA));
        QCOMPARE(tracker.activeCount(), 0);
        QCOMPARE(tracker.job(idA)->phase, QStringLiteral("Done"));
        QTest::qWait(150);
        QCOMPARE(server->requests().size(), 5); // no polling after the end
    }

    void queuedJobsPolledSlower()
    {
        server->setHandler([&](const FakeHttpServer::Request &req) {
            const bool a = req.target.contains(idA.toLatin1());
            return Response::json(200, Fixtures::bytes(jobState(a ? idA : idB, a ? "queued" : "running", 0, "x")));
        });
        JobTracker tracker(client.get());
        JobTracker::Intervals i = fast();
        i.queuedMs = 60000;
        tracker.setIntervals(i);
        tracker.track(parsed(jobState(idA, "queued", 0, "Waiting")));
        tracker.track(parsed(jobState(idB, "running", 0, "Starting")));
        QTRY_VERIFY(server->count("GET", "/v1/jobs/" + idB.toLatin1()) >= 5);
        QCOMPARE(server->count("GET", "/v1/jobs/" + idA.toLatin1()), 0);
    }

    void finishedJobReportedWithoutPolling()
    {
        JobTracker tracker(client.get());
        QSignalSpy finished(&tracker, &JobTracker::jobFinished);
        tracker.track(parsed(jobState(idA, "failed", 30, "Archiving files")));
        QCOMPARE(finished.size(), 0); // from the event loop, not inside track()
        QTRY_COMPARE(finished.size(), 1);
        QTest::qWait(50);
        QCOMPARE(server->requests().size(), 0);
    }

    void lostAndFailingJobs()
    {
        int calls = 0;
        server->setHandler([&](const FakeHttpServer::Request &req) {
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
        QVERIFY(tracker.storedIds().isEmpty());
        QTest::qWait(100);
        QCOMPARE(server->count("GET", "/v1/jobs/" + idA.toLatin1()), 1);
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
            if (req.target.startsWith("/v1/jobs?")) {
                const bool running = req.target.contains("status=running");
                return Response::json(200, Fixtures::page(running ? QJsonArray{jobState(idC, "running", 5, "Dumping database")}
                                                                  : QJsonArray{},
                                                          QJsonValue::Null));
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
        QCOMPARE(server->count("GET", "/v1/jobs/" + idA.toLatin1()), 0);
        QCOMPARE(tracker.lastUpdate(idC), clock.now());
        tracker.untrack(idC);
        QVERIFY(tracker.storedIds().isEmpty());
        QVERIFY(!tracker.job(idC));
    }
};

QTEST_GUILESS_MAIN(TestJobTracker)
#include "tst_jobtracker.moc"
