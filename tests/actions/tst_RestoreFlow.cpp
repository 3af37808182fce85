// RestoreFlow against mf-sandbox: exactly the selected components change, on the sandbox's disk;
// the safety snapshot is ready before the restore starts; cancelling changes nothing; a busy
// environment is reported with the running job and a retry then works.
#include "ActionsTestSupport.h"
#include "SandboxProcess.h"
#include "api/ApiClient.h"
#include "api/ApiParser.h"
#include "jobs/RestoreFlow.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace ActionsTestSupport;

namespace {
const QString SiteSlug = QStringLiteral("acme-store");
const QString Staging = QStringLiteral("staging");
const QString Production = QStringLiteral("production");
}

class TestRestoreFlow : public QObject
{
    Q_OBJECT
private:
    SandboxProcess m_sandbox;
    std::unique_ptr<ApiClient> m_api;

    struct State
    {
        QByteArray db, files;
    };
    State state(const QString &env) const
    {
        return {databaseDigest(m_sandbox.environmentDatabasePath(SiteSlug, env)),
                filesDigest(m_sandbox.environmentFilesPath(SiteSlug, env))};
    }
    void change(const QString &env)
    {
        const QString marker = QUuid::createUuid().toString(QUuid::Id128);
        QString error;
        QVERIFY2(changeDatabase(m_sandbox.environmentDatabasePath(SiteSlug, env), marker, &error), qPrintable(error));
        QVERIFY(changeFiles(m_sandbox.environmentFilesPath(SiteSlug, env), marker));
    }
    std::unique_ptr<RestoreFlow> makeFlow(const QString &snapshotId, const QStringList &selectors,
                                          const QString &target, bool safety)
    {
        RestoreFlow::Request r;
        r.siteRef = SiteSlug;
        r.snapshotId = snapshotId;
        r.selectors = selectors;
        r.targetEnvironment = target;
        r.safetySnapshot = safety;
        r.safetyLabel = QStringLiteral("Safety before test restore");
        auto flow = std::make_unique<RestoreFlow>(m_api.get(), r);
        JobTracker::of(m_api.get())->setIntervals(fastIntervals());
        return flow;
    }
    static bool ended(const RestoreFlow &f)
    {
        return f.stage() == RestoreFlow::Stage::Succeeded || f.stage() == RestoreFlow::Stage::Failed;
    }
    void restoreSelected(const QStringList &selectors, bool expectDbBack, bool expectFilesBack);

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(startQuietSandbox(m_sandbox, 150), qPrintable(m_sandbox.errorString()));
        m_api = clientFor(m_sandbox);
    }
    void cleanupTestCase()
    {
        m_api.reset();
        m_sandbox.stop();
    }

    void databaseOnly() { restoreSelected({QStringLiteral("db")}, true, false); }
    void filesOnly() { restoreSelected({QStringLiteral("files")}, false, true); }
    void both() { restoreSelected({QStringLiteral("db"), QStringLiteral("files")}, true, true); }

    void intoAnotherEnvironment()
    {
        const Snapshot snap = takeReadySnapshot(*m_api, SiteSlug, Production, QStringLiteral("for staging"));
        QVERIFY(snap.isReady());
        const State production = state(Production);
        const State stagingBefore = state(Staging);
        QVERIFY(stagingBefore.db != production.db);
        QVERIFY(stagingBefore.files != production.files);

        auto flow = makeFlow(snap.id, {QStringLiteral("db"), QStringLiteral("files")}, Staging, false);
        flow->start();
        QTRY_VERIFY_WITH_TIMEOUT(ended(*flow), 60000);
        QCOMPARE(flow->stage(), RestoreFlow::Stage::Succeeded);
        QCOMPARE(flow->restoreJob().environment, Staging);
        const State after = state(Staging);
        QCOMPARE(after.db, production.db);
        QCOMPARE(after.files, production.files);
        QCOMPARE(state(Production).db, production.db); // the source is untouched
        QVERIFY(!flow->restoreRequestId().isEmpty());
    }

    void safetySnapshotIsReadyBeforeTheRestore()
    {
        const Snapshot snap = takeReadySnapshot(*m_api, SiteSlug, Staging, QStringLiteral("base"));
        QVERIFY(snap.isReady());
        change(Staging);
        const int before = int(snapshots(*m_api, SiteSlug, Staging).size());

        auto flow = makeFlow(snap.id, {QStringLiteral("db")}, Staging, true);
        QList<QString> order;
        connect(flow.get(), &RestoreFlow::safetySnapshotReady, this, [&order] { order << QStringLiteral("safety ready"); });
        connect(flow.get(), &RestoreFlow::restoreAccepted, this, [&order] { order << QStringLiteral("restore accepted"); });
        flow->start();
        QTRY_VERIFY_WITH_TIMEOUT(ended(*flow), 60000);
        QCOMPARE(flow->stage(), RestoreFlow::Stage::Succeeded);
        QCOMPARE(order, (QList<QString>{QStringLiteral("safety ready"), QStringLiteral("restore accepted")}));

        const QList<Snapshot> after = snapshots(*m_api, SiteSlug, Staging);
        QCOMPARE(after.size(), before + 1);
        const Snapshot safety = snapshot(*m_api, SiteSlug, flow->safetySnapshot().id);
        QVERIFY(safety.isReady());
        QCOMPARE(safety.label, QStringLiteral("Safety before test restore"));
        QVERIFY(safety.completedAt.isValid());
        QVERIFY(safety.completedAt <= flow->restoreJob().createdAt);
    }

    void cancellingDuringTheSafetyCaptureChangesNothing()
    {
        const Snapshot snap = takeReadySnapshot(*m_api, SiteSlug, Staging, QStringLiteral("base"));
        QVERIFY(snap.isReady());
        change(Staging);
        const State before = state(Staging);
        const QList<Job> jobsBefore = jobs(*m_api);
        const int restoresBefore = int(std::count_if(jobsBefore.cbegin(), jobsBefore.cend(),
                                                     [](const Job &j) { return j.type == JobType::Restore; }));

        auto flow = makeFlow(snap.id, {QStringLiteral("db"), QStringLiteral("files")}, Staging, true);
        QSignalSpy accepted(flow.get(), &RestoreFlow::safetySnapshotAccepted);
        flow->start();
        QVERIFY(accepted.wait(20000));
        QVERIFY(flow->canCancel());
        QVERIFY(flow->cancel());
        QCOMPARE(flow->stage(), RestoreFlow::Stage::Cancelled);
        // Let the safety capture end on the platform; the restore must never be sent.
        QTRY_VERIFY_WITH_TIMEOUT(snapshot(*m_api, SiteSlug, flow->safetySnapshot().id).isReady(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(jobEnded(*m_api, snapshot(*m_api, SiteSlug, flow->safetySnapshot().id).jobId), 30000);
        QTest::qWait(500);
        QCOMPARE(flow->stage(), RestoreFlow::Stage::Cancelled);
        const QList<Job> all = jobs(*m_api);
        QCOMPARE(int(std::count_if(all.cbegin(), all.cend(), [](const Job &j) { return j.type == JobType::Restore; })),
                 restoresBefore);
        const State after = state(Staging);
        QCOMPARE(after.db, before.db);
        QCOMPARE(after.files, before.files);
    }

    void busyEnvironmentIsReportedThenRetried()
    {
        const Snapshot snap = takeReadySnapshot(*m_api, SiteSlug, Staging, QStringLiteral("base"));
        QVERIFY(snap.isReady());
        const State base = state(Staging);
        change(Staging);
        // Occupy staging with a capture, then ask for the restore at once.
        const Result<Accepted> running = ApiParser::accepted(
            await(m_api->createBackup(SiteSlug, Staging, QStringLiteral("occupying"), ApiClient::newIdempotencyKey())));
        QVERIFY(running.ok());

        auto flow = makeFlow(snap.id, {QStringLiteral("db"), QStringLiteral("files")}, Staging, false);
        QSignalSpy busy(flow.get(), &RestoreFlow::environmentBusy);
        flow->start();
        QTRY_VERIFY_WITH_TIMEOUT(ended(*flow), 30000);
        QCOMPARE(flow->stage(), RestoreFlow::Stage::Failed);
        QCOMPARE(busy.size(), 1);
        QCOMPARE(flow->busyJobId(), running->job.id);
        QCOMPARE(flow->error().code, QStringLiteral("environment_busy"));
        QVERIFY(!flow->failureMessage().isEmpty());
        QVERIFY(!flow->error().requestId.isEmpty());

        QTRY_VERIFY_WITH_TIMEOUT(jobEnded(*m_api, running->job.id), 30000);
        flow->retry();
        QTRY_VERIFY_WITH_TIMEOUT(ended(*flow), 60000);
        QCOMPARE(flow->stage(), RestoreFlow::Stage::Succeeded);
        QCOMPARE(state(Staging).db, base.db);
        QCOMPARE(state(Staging).files, base.files);
    }
};

void TestRestoreFlow::restoreSelected(const QStringList &selectors, bool expectDbBack, bool expectFilesBack)
{
    const State base = state(Staging);
    const Snapshot snap = takeReadySnapshot(*m_api, SiteSlug, Staging, QStringLiteral("base"));
    QVERIFY(snap.isReady());
    change(Staging);
    const State changed = state(Staging);
    QVERIFY(changed.db != base.db);
    QVERIFY(changed.files != base.files);

    auto flow = makeFlow(snap.id, selectors, Staging, false);
    QSignalSpy succeeded(flow.get(), &RestoreFlow::succeeded);
    flow->start();
    QTRY_VERIFY_WITH_TIMEOUT(ended(*flow), 60000);
    QVERIFY2(flow->stage() == RestoreFlow::Stage::Succeeded, qPrintable(flow->failureMessage()));
    QCOMPARE(succeeded.size(), 1);
    QCOMPARE(flow->progress(), 100);
    const State after = state(Staging);
    QCOMPARE(after.db, expectDbBack ? base.db : changed.db);
    QCOMPARE(after.files, expectFilesBack ? base.files : changed.files);
}

QTEST_GUILESS_MAIN(TestRestoreFlow)
#include "tst_RestoreFlow.moc"
