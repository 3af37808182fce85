// The account's job follower seen from the platform (issue 12): a restore and a bulk run of five
// environments driven through the desktop classes (ActionController and its dialogs) poll each
// job at most once a second, counted in mf-sandbox's request log; and signing in again to an
// account (a refused key replaced) keeps the jobs it follows.
#include "ActionsTestSupport.h"
#include "ActionsTestWidgets.h"
#include "SandboxProcess.h"
#include "actions/ActionController.h"
#include "actions/BulkSnapshotDialog.h"
#include "actions/RestoreDialog.h"
#include "api/ApiClient.h"
#include "api/ApiParser.h"
#include "auth/AccountStore.h"
#include "jobs/BulkSnapshotRunner.h"
#include "jobs/JobTracker.h"
#include "jobs/RestoreFlow.h"
#include "main/SessionActions.h"

#include <QAction>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>

#include <cmath>

using namespace ActionsTestSupport;
using namespace ActionsTestWidgets;

namespace {
const QString SiteSlug = QStringLiteral("acme-store");
}

class TestJobFollowing : public QObject
{
    Q_OBJECT
private:
    SandboxProcess m_sandbox;
    std::unique_ptr<ApiClient> m_api;
    Site m_site;

    // The sandbox's request log from `from` on: one line per request, "api GET /v1/jobs/… 200".
    QList<QByteArray> logSince(qsizetype from) const
    {
        QList<QByteArray> lines;
        for (const QByteArray &line : m_sandbox.log().mid(from).split('\n')) {
            if (line.contains(" api GET "))
                lines << line;
        }
        return lines;
    }
    static int count(const QList<QByteArray> &lines, const QByteArray &path)
    {
        const QByteArray needle = " GET " + path + ' ';
        return int(std::count_if(lines.cbegin(), lines.cend(), [&](const QByteArray &l) { return l.contains(needle); }));
    }
    Snapshot readySnapshot(const QString &env)
    {
        const QList<Snapshot> list = snapshots(*m_api, SiteSlug, env);
        const auto it = std::find_if(list.cbegin(), list.cend(), [](const Snapshot &s) { return s.isReady(); });
        return it == list.cend() ? Snapshot() : *it;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings away from the real ones
        QCoreApplication::setOrganizationName(QStringLiteral("mf-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_JobFollowing"));
        QSettings().clear();
        // Slow enough phases that each job runs a few seconds: long enough to count polls.
        QVERIFY2(startQuietSandbox(m_sandbox, 500), qPrintable(m_sandbox.errorString()));
        m_api = clientFor(m_sandbox);
        m_site = site(*m_api, SiteSlug);
        QVERIFY(!m_site.id.isEmpty());
    }
    void cleanupTestCase()
    {
        m_api.reset();
        m_sandbox.stop();
        QSettings().clear();
    }

    void aRestoreIsPolledAtMostOnceASecond()
    {
        const Snapshot snap = readySnapshot(QStringLiteral("staging"));
        QVERIFY(!snap.id.isEmpty());
        QMainWindow window;
        JobTracker tracker(m_api.get()); // the account's follower, at the app's own pace
        ActionController controller(m_api.get(), &tracker, nullptr, &window);
        controller.setContext(m_site, QStringLiteral("staging"), snap, {});
        const qsizetype logStart = m_sandbox.log().size();
        QElapsedTimer clock;
        clock.start();

        controller.restoreAction()->trigger();
        auto *dialog = findTopLevel<RestoreDialog>("restoreDialog");
        QVERIFY(dialog);
        QTest::mouseClick(child<QPushButton>(dialog, "nextButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(dialog, "restoreButton"), Qt::LeftButton);
        QVERIFY(dialog->flow());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->flow()->stage() == RestoreFlow::Stage::Succeeded
                                     || dialog->flow()->stage() == RestoreFlow::Stage::Failed, 60000);
        QCOMPARE(dialog->flow()->stage(), RestoreFlow::Stage::Succeeded);
        QTRY_COMPARE(tracker.activeCount(), 0);
        const double seconds = clock.elapsed() / 1000.0;
        QTest::qWait(300); // the log line of the last request

        const QString jobId = dialog->flow()->restoreJob().id;
        const QList<QByteArray> lines = logSince(logStart);
        const int looks = count(lines, "/v1/jobs/" + jobId.toLatin1());
        const int lists = count(lines, "/v1/jobs");
        qInfo("restore %s: %.1f s, %d look(s) at the job, %d running list(s)", qPrintable(jobId), seconds, looks, lists);
        // Before: the flow and the tracker each polled GET /jobs/{id}, 10-11 times for a restore
        // like this one. Now: the list covers it while it runs; one look when it leaves the list,
        // at most one more while it was queued.
        QVERIFY2(looks >= 1 && looks <= 2, qPrintable(QString::number(looks)));
        QVERIFY2(lists + looks <= std::ceil(seconds) + 2, qPrintable(QString::number(lists + looks)));
        dialog->close();
    }

    void aBulkRunOfFiveEnvironmentsIsPolledOnceASecondForAll()
    {
        QList<QPair<Site, QString>> targets;
        for (const QString &slug : {QStringLiteral("acme-store"), QStringLiteral("acme-blog")}) {
            const Site s = site(*m_api, slug);
            for (const Environment &e : s.environments) {
                if (targets.size() < 5)
                    targets.append({s, e.name});
            }
        }
        QCOMPARE(targets.size(), 5);
        QMainWindow window;
        JobTracker tracker(m_api.get());
        ActionController controller(m_api.get(), &tracker, nullptr, &window);
        controller.setContext(m_site, QStringLiteral("staging"), std::nullopt, targets);
        const qsizetype logStart = m_sandbox.log().size();
        QElapsedTimer clock;
        clock.start();

        controller.bulkSnapshotAction()->trigger();
        auto *dialog = findTopLevel<BulkSnapshotDialog>("bulkSnapshotDialog");
        QVERIFY(dialog);
        QTest::mouseClick(child<QPushButton>(dialog, "startButton"), Qt::LeftButton);
        QVERIFY(dialog->runner());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->runner()->isFinished(), 120000);
        QCOMPARE(dialog->runner()->count(BulkSnapshotRunner::Outcome::Done), 5);
        QTRY_COMPARE(tracker.activeCount(), 0);
        const double seconds = clock.elapsed() / 1000.0;
        QTest::qWait(300);

        const QList<QByteArray> lines = logSince(logStart);
        const int lists = count(lines, "/v1/jobs");
        int looks = 0;
        for (const BulkSnapshotRunner::Entry &e : dialog->runner()->entries()) {
            const int n = count(lines, "/v1/jobs/" + e.jobId.toLatin1());
            QVERIFY2(n >= 1 && n <= 2, qPrintable(e.jobId + QStringLiteral(": ") + QString::number(n)));
            looks += n;
        }
        qInfo("bulk of 5: %.1f s, %d look(s) at jobs, %d running list(s)", seconds, looks, lists);
        // One list a second for all five, not five polls a second.
        QVERIFY2(lists <= std::ceil(seconds) + 1, qPrintable(QString::number(lists)));
        dialog->close();
    }

    void signingInAgainKeepsTheJobsItFollows()
    {
        AccountStore accounts; // the application's settings, as the desktop keeps them
        Account account;
        account.id = Account::newId();
        account.apiUrl = m_sandbox.apiUrl();
        account.keyPrefix = m_sandbox.apiKey().left(12);
        QVERIFY(accounts.save(account));

        QMainWindow window;
        auto *snapshotMenu = new QMenu(&window);
        auto *viewMenu = new QMenu(&window);
        auto *toolBar = new QToolBar(&window);
        SessionActions session(&window, snapshotMenu, toolBar, viewMenu);
        auto first = clientFor(m_sandbox);
        session.setSession(first.get(), account);
        const Result<Accepted> a = ApiParser::accepted(await(m_api->createBackup(
            SiteSlug, QStringLiteral("preview-checkout"), QStringLiteral("across sign-in"), ApiClient::newIdempotencyKey())));
        QVERIFY(a.ok());
        JobTracker::of(first.get())->track(a->job);
        const QString key = QStringLiteral("accounts/%1/jobs/%2").arg(account.id, a->job.id);
        QVERIFY(QSettings().contains(key));

        // The key was refused; the person enters a new one: the account is saved again and a
        // new session (a new client) starts.
        session.setSession(nullptr, {});
        first.reset();
        account.keyPrefix = QStringLiteral("mfk_test_new");
        QVERIFY(accounts.save(account));
        QVERIFY(QSettings().contains(key));
        auto second = clientFor(m_sandbox);
        session.setSession(second.get(), account);
        JobTracker *follower = JobTracker::of(second.get());
        QVERIFY(follower->isTracking(a->job.id)); // from the remembered ids, before any answer
        QSignalSpy finished(follower, &JobTracker::jobFinished);
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(finished.cbegin(), finished.cend(),
                                             [&](const QList<QVariant> &f) { return f.first().value<Job>().id == a->job.id; }),
                                 60000);
        session.setSession(nullptr, {});
        QVERIFY(accounts.remove(account.id));
        SessionActions::forgetAccount(account.id);
        QVERIFY(!QSettings().contains(key));
    }
};

QTEST_MAIN(TestJobFollowing)
#include "tst_JobFollowing.moc"
