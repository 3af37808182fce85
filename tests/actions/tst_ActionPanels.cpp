// The Jobs and Transfers panels over the real engines, and the ActionController that ties the
// actions to them, against mf-sandbox: models pass QAbstractItemModelTester; jobs and downloads
// are shown again after a restart and followed to their end; a finished download is extracted
// and checked; notifications when the window is not active.
#include "ActionsTestSupport.h"
#include "ActionsTestWidgets.h"
#include "SandboxProcess.h"
#include "actions/ActionController.h"
#include "actions/BulkSnapshotDialog.h"
#include "actions/DownloadDialog.h"
#include "actions/JobsModel.h"
#include "actions/JobsPanel.h"
#include "actions/RestoreDialog.h"
#include "actions/TakeSnapshotDialog.h"
#include "actions/TransfersModel.h"
#include "actions/TransfersPanel.h"
#include "api/ApiClient.h"
#include "api/ApiParser.h"
#include "common/CompletionNotifier.h"
#include "common/Dialogs.h"
#include "jobs/BulkSnapshotRunner.h"
#include "jobs/JobTracker.h"
#include "jobs/RestoreFlow.h"
#include "transfer/TransferManager.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace ActionsTestSupport;
using namespace ActionsTestWidgets;

namespace {
const QString SiteSlug = QStringLiteral("acme-store");

} // namespace

// Receives QDesktopServices::openUrl("file://…") so "Show in Folder" can be checked.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

class TestActionPanels : public QObject
{
    Q_OBJECT
private:
    SandboxProcess m_sandbox;
    std::unique_ptr<ApiClient> m_api;
    Site m_site;

    TransferManager::Options transferOptions(const QString &stateDir) const
    {
        TransferManager::Options o;
        o.stateDirectory = stateDir;
        o.updateIntervalMs = 50;
        return o;
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
        QStandardPaths::setTestModeEnabled(true); // QSettings and app data away from the real ones
        QCoreApplication::setOrganizationName(QStringLiteral("mf-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ActionPanels"));
        QSettings().clear();
        QVERIFY2(startQuietSandbox(m_sandbox, 200), qPrintable(m_sandbox.errorString()));
        m_api = clientFor(m_sandbox);
        m_site = site(*m_api, SiteSlug);
        QVERIFY(!m_site.id.isEmpty());
    }
    void cleanupTestCase()
    {
        m_api.reset();
        m_sandbox.stop();
    }
    void cleanup() { Dialogs::clearPendingAnswers(); }

    void jobsModelFollowsTheTracker()
    {
        JobTracker tracker(m_api.get());
        tracker.setIntervals(fastIntervals());
        JobsPanel panel(&tracker);
        JobsModel *model = panel.model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->setUpdateInterval(50);
        model->setSiteName(m_site.id, m_site.name);
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        QSignalSpy updates(&tracker, &JobTracker::jobUpdated);

        const Result<Accepted> a = ApiParser::accepted(await(
            m_api->createBackup(SiteSlug, QStringLiteral("staging"), QStringLiteral("jobs panel"), ApiClient::newIdempotencyKey())));
        QVERIFY(a.ok());
        tracker.track(a->job);
        QTRY_COMPARE(model->rowCount(), 1);
        const QModelIndex row = model->index(0, 0);
        QCOMPARE(row.data(JobsModel::JobIdRole).toString(), a->job.id);
        QCOMPARE(model->index(0, JobsModel::TypeColumn).data().toString(), QStringLiteral("Snapshot"));
        QCOMPARE(model->index(0, JobsModel::SiteColumn).data().toString(), m_site.name); // a name, not the id
        QCOMPARE(model->index(0, JobsModel::EnvironmentColumn).data().toString(), QStringLiteral("staging"));
        QTRY_VERIFY_WITH_TIMEOUT(row.data(JobsModel::FinishedRole).toBool(), 30000);
        QTRY_COMPARE(model->index(0, 0).data(JobsModel::StatusRole).toInt(), int(JobStatus::Succeeded));
        QCOMPARE(model->index(0, 0).data(JobsModel::ProgressRole).toInt(), 100);
        QVERIFY(model->index(0, 0).data(JobsModel::DurationRole).toLongLong() >= 0);
        QVERIFY(!model->index(0, JobsModel::StartedColumn).data().toString().isEmpty());
        QVERIFY(changed.size() <= updates.size()); // coalesced, never more than one per update
        QVERIFY(!panel.view()->isHidden());

        model->clearFinished();
        QCOMPARE(model->rowCount(), 0);

        // A job the platform does not know (any more): shown as no longer followed, not running.
        const QString unknown = QStringLiteral("job_01") + QString(24, u'Z');
        tracker.track(unknown);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(unknown) >= 0
                                     && model->index(model->rowOf(unknown), 0).data(JobsModel::FinishedRole).toBool(),
                                 20000);
        QTRY_VERIFY(model->index(model->rowOf(unknown), JobsModel::StatusColumn)
                        .data().toString().startsWith(QStringLiteral("No longer followed")));
        model->clearFinished();
        QCOMPARE(model->rowCount(), 0);
    }

    void jobsAreShownAgainAfterARestart()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("jobs.ini")), QSettings::IniFormat);
        QString jobId;
        {
            JobTracker first(m_api.get());
            first.setPersistence(&settings, QStringLiteral("accounts/test/jobs"));
            const Result<Accepted> a = ApiParser::accepted(await(m_api->createBackup(
                SiteSlug, QStringLiteral("production"), QStringLiteral("across restart"), ApiClient::newIdempotencyKey())));
            QVERIFY(a.ok());
            jobId = a->job.id;
            first.track(a->job);
        } // the app is closed while the capture runs
        JobTracker second(m_api.get());
        second.setIntervals(fastIntervals());
        second.setPersistence(&settings, QStringLiteral("accounts/test/jobs"));
        JobsPanel panel(&second);
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        second.resume();
        QTRY_VERIFY_WITH_TIMEOUT(panel.model()->rowOf(jobId) >= 0, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(panel.model()->jobAt(panel.model()->rowOf(jobId)).status == JobStatus::Succeeded, 30000);
    }

    void transfersPanelDownloadsShowsAndExtracts()
    {
        QTemporaryDir dir;
        const Snapshot snap = readySnapshot(QStringLiteral("staging"));
        QVERIFY(!snap.id.isEmpty());
        TransferManager manager(RequestFactory::forApi(m_api.get()), transferOptions(dir.filePath(QStringLiteral("state"))));
        TransfersPanel panel(&manager);
        TransfersModel *model = panel.model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->setUpdateInterval(50);
        QVERIFY(panel.findChild<QWidget *>(QStringLiteral("emptyLabel"))->isVisibleTo(&panel));

        const QString id = manager.add(TransferManager::snapshotRequest(*m_api, SiteSlug, snap.id,
                                                                        {QStringLiteral("db"), QStringLiteral("files")},
                                                                        dir.path()));
        QCOMPARE(model->rowCount(), 1);
        panel.select(id);
        QTRY_VERIFY_WITH_TIMEOUT(model->index(0, 0).data(TransfersModel::StateRole).toInt()
                                     == int(TransferInfo::State::Completed), 60000);
        QCOMPARE(model->index(0, 0).data(TransfersModel::ProgressRole).toInt(), 100);
        const QString file = model->index(0, 0).data(TransfersModel::FilePathRole).toString();
        QVERIFY(QFileInfo(file).isFile());
        QCOMPARE(model->index(0, TransfersModel::NameColumn).data().toString(), QFileInfo(file).fileName());
        QTRY_VERIFY(!panel.pauseAction()->isEnabled()); // follows the batched dataChanged
        QVERIFY(!panel.cancelAction()->isEnabled());

        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
        panel.showInFolderAction()->trigger();
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        QCOMPARE(catcher.urls, QList<QUrl>{QUrl::fromLocalFile(dir.path())});

        QTemporaryDir into;
        QVERIFY(panel.extractAction()->isEnabled());
        Dialogs::setNextFileName(into.path());
        QSignalSpy extracted(&panel, &TransfersPanel::extractionFinished);
        panel.extractAction()->trigger();
        QVERIFY(extracted.wait(60000));
        QVERIFY2(extracted.first().at(0).toBool(), qPrintable(extracted.first().at(1).toString()));
        const QStringList made = QDir(into.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(made.size(), 1);
        QVERIFY(QFileInfo::exists(into.filePath(made.first() + QStringLiteral("/manifest.json"))));
        QVERIFY(extracted.first().at(1).toString().contains(QStringLiteral("manifest")));

        panel.clearFinishedAction()->trigger();
        QCOMPARE(model->rowCount(), 0);
    }

    void downloadsAreResumedAfterARestart()
    {
        QTemporaryDir dir;
        const QString state = dir.filePath(QStringLiteral("state"));
        const Snapshot snap = readySnapshot(QStringLiteral("production"));
        QVERIFY(!snap.id.isEmpty());
        QString going, paused;
        {
            TransferManager first(RequestFactory::forApi(m_api.get()), transferOptions(state));
            going = first.add(TransferManager::snapshotRequest(*m_api, SiteSlug, snap.id, {QStringLiteral("files")}, dir.path()));
            paused = first.add(TransferManager::snapshotRequest(*m_api, SiteSlug, snap.id, {QStringLiteral("db")}, dir.path()));
            first.pause(paused); // by the user
        } // the app is closed before either could finish
        TransferManager second(RequestFactory::forApi(m_api.get()), transferOptions(state));
        QCOMPARE(second.restore(), 2);
        QMainWindow window;
        ActionController controller(m_api.get(), nullptr, &second, &window);
        auto *panel = qobject_cast<TransfersPanel *>(controller.transfersPanel());
        QVERIFY(panel);
        QCOMPARE(panel->model()->rowCount(), 2);
        // The one that was going goes on to its end; the one the user paused waits for the user.
        QTRY_COMPARE_WITH_TIMEOUT(second.transfer(going).state, TransferInfo::State::Completed, 60000);
        QTest::qWait(300);
        QCOMPARE(second.transfer(paused).state, TransferInfo::State::Paused);
        QVERIFY(second.transfer(paused).waitsForUser);
    }

    void controllerEnablesActionsFromTheContext()
    {
        QMainWindow window;
        ActionController controller(m_api.get(), nullptr, nullptr, &window);
        QCOMPARE(controller.takeSnapshotAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+S")));
        QCOMPARE(controller.bulkSnapshotAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+B")));
        QCOMPARE(controller.restoreAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+R")));
        QCOMPARE(controller.downloadAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+D")));
        QVERIFY(!controller.takeSnapshotAction()->isEnabled());
        QVERIFY(!controller.restoreAction()->isEnabled());

        controller.setContext(m_site, QStringLiteral("staging"), std::nullopt, {});
        QVERIFY(controller.takeSnapshotAction()->isEnabled());
        QVERIFY(!controller.restoreAction()->isEnabled());
        QVERIFY(!controller.bulkSnapshotAction()->isEnabled());

        Snapshot pending = readySnapshot(QStringLiteral("staging"));
        pending.status = SnapshotStatus::Pending;
        controller.setContext(m_site, QStringLiteral("staging"), pending, {});
        QVERIFY(!controller.restoreAction()->isEnabled()); // only a ready snapshot can be restored
        controller.setContext(m_site, QStringLiteral("staging"), readySnapshot(QStringLiteral("staging")),
                              {{m_site, QStringLiteral("staging")}, {m_site, QStringLiteral("production")}});
        QVERIFY(controller.restoreAction()->isEnabled());
        QVERIFY(!controller.downloadAction()->isEnabled()); // no transfer engine here
        QVERIFY(controller.bulkSnapshotAction()->isEnabled());
        QVERIFY(controller.bulkSnapshotAction()->text().contains(QStringLiteral("of 2 Environment")));
    }

    void controllerTakesSnapshotFollowsItAndNotifies()
    {
        QMainWindow window;
        JobTracker tracker(m_api.get());
        tracker.setIntervals(fastIntervals());
        ActionController controller(m_api.get(), &tracker, nullptr, &window);
        controller.notifier()->setMinimumDurationSeconds(0);
        auto *jobs = qobject_cast<JobsPanel *>(controller.jobsPanel());
        QVERIFY(jobs);
        controller.setContext(m_site, QStringLiteral("staging"), std::nullopt, {});
        QSignalSpy changed(&controller, &ActionController::snapshotsChanged);
        QSignalSpy notified(controller.notifier(), &CompletionNotifier::notified);

        controller.takeSnapshotAction()->trigger();
        auto *dialog = findTopLevel<TakeSnapshotDialog>("takeSnapshotDialog");
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("labelEdit")), QStringLiteral("from the toolbar"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("takeButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 1, 20000); // pending marker for the timeline
        QCOMPARE(changed.first().at(0).toString(), m_site.id);
        QCOMPARE(changed.first().at(1).toString(), QStringLiteral("staging"));
        QCOMPARE(jobs->model()->rowCount(), 1);
        QCOMPARE(jobs->model()->index(0, JobsModel::SiteColumn).data().toString(), m_site.name);
        // The window is not active (offscreen): the end is notified, and the timeline refreshed.
        QVERIFY(notified.wait(30000));
        QCOMPARE(notified.first().at(0).toString(), QStringLiteral("Snapshot ready"));
        QVERIFY(changed.size() >= 2);
    }

    void aFinishedRestoreIsNotifiedOnce()
    {
        QMainWindow window; // never shown, so never active: every end is notified
        JobTracker tracker(m_api.get());
        tracker.setIntervals(fastIntervals());
        ActionController controller(m_api.get(), &tracker, nullptr, &window);
        controller.notifier()->setMinimumDurationSeconds(0);
        const Snapshot snap = readySnapshot(QStringLiteral("staging"));
        QVERIFY(!snap.id.isEmpty());
        controller.setContext(m_site, QStringLiteral("staging"), snap, {});
        QSignalSpy notified(controller.notifier(), &CompletionNotifier::notified);
        QSignalSpy finishedJobs(&tracker, &JobTracker::jobFinished);

        controller.restoreAction()->trigger();
        auto *dialog = findTopLevel<RestoreDialog>("restoreDialog");
        QVERIFY(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("nextButton")), Qt::LeftButton);
        auto *restore = dialog->findChild<QPushButton *>(QStringLiteral("restoreButton"));
        QVERIFY(restore->isEnabled()); // staging is not protected: no name to type
        QTest::mouseClick(restore, Qt::LeftButton);
        QVERIFY(dialog->flow());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->flow()->stage() == RestoreFlow::Stage::Succeeded
                                     || dialog->flow()->stage() == RestoreFlow::Stage::Failed, 60000);
        QCOMPARE(dialog->flow()->stage(), RestoreFlow::Stage::Succeeded);
        const QString jobId = dialog->flow()->restoreJob().id;
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(finishedJobs.cbegin(), finishedJobs.cend(),
                                             [&](const QList<QVariant> &a) { return a.first().value<Job>().id == jobId; }),
                                 30000);
        QTest::qWait(1000); // time for a second notice, if one were coming
        int restoreNotices = 0;
        for (const QList<QVariant> &n : std::as_const(notified))
            restoreNotices += n.at(0).toString().startsWith(QStringLiteral("Restore"));
        QCOMPARE(restoreNotices, 1);
        const auto last = std::find_if(notified.cbegin(), notified.cend(), [](const QList<QVariant> &n) {
            return n.at(0).toString().startsWith(QStringLiteral("Restore"));
        });
        QCOMPARE(last->at(0).toString(), QStringLiteral("Restore finished"));
        QVERIFY(last->at(1).toString().contains(m_site.name)); // a name, not the site id
        dialog->close();
    }

    void aBulkRunIsNotifiedOnceNotPerSnapshot()
    {
        QMainWindow window; // never active
        JobTracker tracker(m_api.get());
        tracker.setIntervals(fastIntervals());
        ActionController controller(m_api.get(), &tracker, nullptr, &window);
        controller.notifier()->setMinimumDurationSeconds(0);
        const Site blog = site(*m_api, QStringLiteral("acme-blog"));
        controller.setContext(m_site, QStringLiteral("staging"), std::nullopt,
                              {{m_site, QStringLiteral("staging")}, {blog, QStringLiteral("staging")}});
        QSignalSpy notified(controller.notifier(), &CompletionNotifier::notified);
        QSignalSpy finishedJobs(&tracker, &JobTracker::jobFinished);
        controller.bulkSnapshotAction()->trigger();
        auto *dialog = findTopLevel<BulkSnapshotDialog>("bulkSnapshotDialog");
        QVERIFY(dialog);
        dialog->setRoundDelay(200);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->runner()->isFinished(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(finishedJobs.size() >= 2, 30000); // the tracker saw both captures end
        QTest::qWait(500);
        QCOMPARE(notified.size(), 1);
        QCOMPARE(notified.first().at(0).toString(), QStringLiteral("Snapshots finished"));
        QVERIFY(notified.first().at(1).toString().startsWith(QStringLiteral("2 of 2")));
        dialog->close();
    }

    void controllerDownloadsIntoTheChosenFolder()
    {
        QTemporaryDir dir;
        QMainWindow window;
        TransferManager manager(RequestFactory::forApi(m_api.get()), transferOptions({}));
        ActionController controller(m_api.get(), nullptr, &manager, &window);
        controller.notifier()->setMinimumDurationSeconds(0);
        controller.setContext(m_site, QStringLiteral("staging"), readySnapshot(QStringLiteral("staging")), {});
        // The first time: the Downloads folder. Afterwards: the folder used last.
        QSettings().remove(QStringLiteral("downloads/lastFolder"));
        controller.downloadAction()->trigger();
        auto *first = findTopLevel<DownloadDialog>("downloadDialog");
        QVERIFY(first);
        QCOMPARE(first->destinationFolder(), QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
        first->reject();
        QSettings().setValue(QStringLiteral("downloads/lastFolder"), dir.path());
        QSignalSpy notified(controller.notifier(), &CompletionNotifier::notified);
        controller.downloadAction()->trigger();
        auto *dialog = findTopLevel<DownloadDialog>("downloadDialog");
        QVERIFY(dialog);
        QCOMPARE(dialog->destinationFolder(), dir.path());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("downloadButton")), Qt::LeftButton);
        QCOMPARE(manager.transfers().size(), 1);
        QVERIFY(notified.wait(60000));
        QCOMPARE(notified.first().at(0).toString(), QStringLiteral("Download finished"));
        QVERIFY(QFileInfo(manager.transfers().first().filePath).isFile());
        // Named for a person: site, environment and when, not the snapshot id.
        const Snapshot snap = readySnapshot(QStringLiteral("staging"));
        QCOMPARE(QFileInfo(manager.transfers().first().filePath).fileName(),
                 QStringLiteral("acme-store-staging-%1.tar.gz")
                     .arg(snap.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd-HHmmss"))));
        QCOMPARE(QFileInfo(manager.transfers().first().filePath).absolutePath(), QFileInfo(dir.path()).absoluteFilePath());
    }
};

QTEST_MAIN(TestActionPanels)
#include "tst_ActionPanels.moc"
