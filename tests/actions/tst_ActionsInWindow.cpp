// The snapshot actions where a person meets them: the main window against mf-sandbox. Take a
// snapshot from the toolbar, the fleet's context menu and the keyboard; restore and download
// from the environment view's context menu and their shortcuts; a bulk snapshot of a search
// result; environment_busy's "Follow Running Job"; a revoked key leading back to the key prompt.
#include "ActionsTestSupport.h"
#include "ActionsTestWidgets.h"
#include "SandboxProcess.h"
#include "actions/BulkSnapshotDialog.h"
#include "actions/DownloadDialog.h"
#include "actions/JobsModel.h"
#include "actions/JobsPanel.h"
#include "actions/RestoreDialog.h"
#include "actions/TakeSnapshotDialog.h"
#include "account/SignInDialog.h"
#include "api/ApiClient.h"
#include "api/ApiParser.h"
#include "auth/AccountStore.h"
#include "auth/CredentialStore.h"
#include "common/Dialogs.h"
#include "environment/EnvironmentView.h"
#include "fleet/FleetFilterProxy.h"
#include "fleet/FleetLoader.h"
#include "fleet/FleetModel.h"
#include "fleet/FleetView.h"
#include "jobs/BulkSnapshotRunner.h"
#include "jobs/RestoreFlow.h"
#include "main/MainWindow.h"
#include "timeline/SnapshotTableModel.h"
#include "timeline/TimelineWidget.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUuid>

using namespace ActionsTestSupport;
using namespace ActionsTestWidgets;

namespace {
const QString SiteSlug = QStringLiteral("acme-store");

} // namespace

class TestActionsInWindow : public QObject
{
    Q_OBJECT
private:
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<ApiClient> m_api; // the test's own client, to look at the platform
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<MainWindow> m_window;
    Site m_site;

    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QLatin1String(name));
    }
    void selectEnvironment(const QString &env)
    {
        QTRY_VERIFY(m_window->fleetView()->select(m_site.id, env)); // the search may be settling
        QTRY_VERIFY_WITH_TIMEOUT(m_window->environmentView()->environment() == env
                                     && !m_window->environmentView()->isLoading()
                                     && m_window->environmentView()->model()->rowCount() > 0,
                                 20000);
    }
    // Right-clicks w at pos and picks actionName from the context menu that opens, as a person
    // would. Returns the texts the menu offered.
    QStringList pickFromContextMenu(QWidget *w, const QPoint &pos, const char *actionName)
    {
        QStringList offered;
        bool picked = false;
        QTimer::singleShot(50, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction *a : menu->actions()) {
                offered << a->text();
                if (a->objectName() == QLatin1String(actionName) && a->isEnabled()) {
                    menu->setActiveAction(a);
                    picked = true;
                }
            }
            if (picked)
                QTest::keyClick(menu, Qt::Key_Return);
            else
                menu->close();
        });
        QContextMenuEvent event(QContextMenuEvent::Mouse, pos, w->mapToGlobal(pos));
        QApplication::sendEvent(w, &event); // the menu runs until the timer answers it
        if (!picked)
            qWarning("%s was not offered (or disabled) in %s", actionName, qPrintable(offered.join(u',')));
        return offered;
    }
    void activate()
    {
        QApplication::setActiveWindow(m_window.get());
        QTRY_VERIFY(m_window->isActiveWindow());
    }
    int readyRow() const
    {
        SnapshotTableModel *model = m_window->environmentView()->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->snapshotAt(r).isReady())
                return r;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings, job ids and transfers away from real ones
        QCoreApplication::setOrganizationName(QStringLiteral("mf-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ActionsInWindow"));
        QSettings().clear();
        QVERIFY2(startQuietSandbox(m_sandbox, 150), qPrintable(m_sandbox.errorString()));
        m_api = clientFor(m_sandbox);
        m_site = site(*m_api, SiteSlug);
        QVERIFY(!m_site.id.isEmpty());

        m_accounts = std::make_unique<AccountStore>(m_dir.filePath(QStringLiteral("accounts.ini")));
        // The key for this run only: these tests are about the actions, not the keychain.
        m_credentials = std::make_unique<CredentialStore>(QStringLiteral("mf-actions-window-test"));
        m_credentials->setSessionOnly(true);
        MainWindow::Options options;
        options.cacheDirectory = m_dir.filePath(QStringLiteral("cache"));
        m_window = std::make_unique<MainWindow>(m_accounts.get(), m_credentials.get(), options);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->connectTo(m_sandbox.apiUrl(), m_sandbox.apiKey());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->fleetModel()->siteCount(), 12, 20000);
        QTRY_VERIFY(!m_window->fleetLoader()->isRefreshing());
        QTRY_VERIFY(action("takeSnapshotAction"));
    }
    void cleanupTestCase()
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (qobject_cast<QDialog *>(w))
                w->close();
        }
        m_window.reset();
        m_api.reset();
        m_sandbox.stop();
    }

    void takeFromToolbarShowsPendingThenReady()
    {
        selectEnvironment(QStringLiteral("staging"));
        m_window->findChild<QDockWidget *>(QStringLiteral("jobsDock"))->hide();
        auto *timeline = m_window->findChild<TimelineWidget *>();
        QVERIFY(timeline);
        QTRY_VERIFY(timeline->isVisible());
        const int timelineHeight = timeline->height();
        auto *toolBar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QWidget *button = toolBar->widgetForAction(action("takeSnapshotAction"));
        QVERIFY(button && button->isVisible() && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        auto *dialog = findTopLevel<TakeSnapshotDialog>("takeSnapshotDialog");
        QVERIFY(dialog);
        const QString label = uniqueLabel(QStringLiteral("window"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("labelEdit")), label);
        QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("labelEdit")), Qt::Key_Return);

        // The timeline gets the pending snapshot, which then becomes ready.
        EnvironmentView *view = m_window->environmentView();
        auto statusOf = [view, &label]() -> std::optional<SnapshotStatus> {
            for (int r = 0; r < view->model()->rowCount(); ++r) {
                if (view->model()->snapshotAt(r).label == label)
                    return view->model()->snapshotAt(r).status;
            }
            return std::nullopt;
        };
        QTRY_VERIFY_WITH_TIMEOUT(statusOf().has_value(), 20000);
        QVERIFY(*statusOf() != SnapshotStatus::Failed);
        QTRY_VERIFY_WITH_TIMEOUT(statusOf() == SnapshotStatus::Ready, 30000);
        auto *jobs = m_window->findChild<JobsPanel *>();
        QVERIFY(jobs);
        QVERIFY(jobs->model()->rowCount() >= 1);
        // The dialog promised the Jobs panel shows the progress: it is in view, and the room it
        // takes comes from the table, not from the timeline.
        QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("jobsDock"))->isVisible());
        QCOMPARE(timeline->height(), timelineHeight);

        // The fleet learns of the new backup without waiting for the next full listing.
        FleetModel *fleet = m_window->fleetModel();
        const QModelIndex staging = fleet->indexFor(m_site.id, QStringLiteral("staging"));
        QTRY_VERIFY_WITH_TIMEOUT(fleet->data(staging, FleetModel::LastSnapshotAtRole).toDateTime().secsTo(QDateTime::currentDateTimeUtc()) < 120,
                                 10000);
    }

    void takeFromTheFleetContextMenu()
    {
        selectEnvironment(QStringLiteral("staging"));
        QTreeView *tree = m_window->fleetView()->tree();
        const QPoint at = tree->visualRect(tree->currentIndex()).center();
        const QStringList offered = pickFromContextMenu(tree->viewport(), at, "takeSnapshotAction");
        QVERIFY2(offered.contains(action("takeSnapshotAction")->text()), qPrintable(offered.join(u',')));
        auto *dialog = findTopLevel<TakeSnapshotDialog>("takeSnapshotDialog");
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("headingLabel"))->text().contains(m_site.name));
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(!dialog->isVisible());
    }

    void restoreFromTheEnvironmentViewsContextMenu()
    {
        selectEnvironment(QStringLiteral("staging"));
        const int row = readyRow();
        QVERIFY(row >= 0);
        QTableView *table = m_window->environmentView()->table();
        const QModelIndex index = table->model()->index(row, 0);
        // Clicked as a person does: the row becomes current before it is selected.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
        QVERIFY(m_window->environmentView()->selectedSnapshot().has_value());
        QVERIFY(action("restoreAction")->isEnabled());
        QVERIFY(action("downloadAction")->isEnabled());
        const QString wanted = m_window->environmentView()->selectedSnapshot()->id;
        const QStringList offered = pickFromContextMenu(table->viewport(), table->visualRect(index).center(),
                                                        "restoreAction");
        QVERIFY(offered.contains(action("downloadAction")->text()));
        auto *dialog = findTopLevel<RestoreDialog>("restoreDialog");
        QVERIFY(dialog);
        // The dialog is about the snapshot that was right-clicked: Copy Details would name it.
        QVERIFY(dialog->detailsText().contains(wanted));
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!findTopLevel<RestoreDialog>("restoreDialog"));
    }

    // After the context menus: on the offscreen platform a popup of the active window closes at
    // once, and the shortcuts need the window active.
    void shortcutsOpenTheThreeActions()
    {
        selectEnvironment(QStringLiteral("staging"));
        activate();
        QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        auto *take = findTopLevel<TakeSnapshotDialog>("takeSnapshotDialog");
        QVERIFY(take);
        QTest::keyClick(take, Qt::Key_Escape);

        const int row = readyRow();
        QVERIFY(row >= 0);
        QTableView *table = m_window->environmentView()->table();
        table->setCurrentIndex(table->model()->index(row, 0));
        QVERIFY(m_window->environmentView()->selectedSnapshot().has_value());
        activate();
        QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        auto *restore = findTopLevel<RestoreDialog>("restoreDialog");
        QVERIFY(restore);
        QTest::keyClick(restore, Qt::Key_Escape);
        QTRY_VERIFY(!findTopLevel<RestoreDialog>("restoreDialog"));

        activate();
        QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        auto *download = findTopLevel<DownloadDialog>("downloadDialog");
        QVERIFY(download);
        QTest::keyClick(download, Qt::Key_Escape);
        QTRY_VERIFY(!findTopLevel<DownloadDialog>("downloadDialog"));
    }

    void bulkSnapshotOfASearchResult()
    {
        QLineEdit *search = m_window->fleetView()->searchField();
        search->clear();
        QTest::keyClicks(search, QStringLiteral("acme"));
        QTRY_COMPARE(m_window->fleetView()->proxy()->rowCount(), 2); // acme-blog, acme-store
        QTreeView *tree = m_window->fleetView()->tree();
        tree->selectAll();
        const auto selected = m_window->fleetView()->selectedEnvironments();
        QCOMPARE(selected.size(), 5);
        QAction *bulk = action("bulkSnapshotAction");
        QTRY_VERIFY(bulk->isEnabled());
        QVERIFY(bulk->text().contains(QStringLiteral("of 5 Environment")));
        bulk->trigger();
        auto *dialog = findTopLevel<BulkSnapshotDialog>("bulkSnapshotDialog");
        QVERIFY(dialog);
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("reportTable"));
        QCOMPARE(table->rowCount(), 5);
        const QString label = uniqueLabel(QStringLiteral("window"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("labelEdit")), label);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
        QVERIFY(dialog->runner());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->runner()->isFinished(), 90000);
        for (int r = 0; r < 5; ++r)
            QCOMPARE(table->item(r, BulkSnapshotDialog::ResultColumn)->text(), QStringLiteral("Done"));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text().startsWith(QStringLiteral("5 of 5 done")));
        int made = 0;
        for (const QString &slug : {QStringLiteral("acme-blog"), QStringLiteral("acme-store")}) {
            const QList<Snapshot> list = snapshots(*m_api, slug);
            made += int(std::count_if(list.cbegin(), list.cend(), [&](const Snapshot &s) { return s.label == label; }));
        }
        QCOMPARE(made, 5);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("closeButton")), Qt::LeftButton);
        tree->clearSelection();
        search->clear();
    }

    void bulkSnapshotOfEveryProductionEnvironment()
    {
        QLineEdit *search = m_window->fleetView()->searchField();
        search->clear();
        QTest::keyClicks(search, QStringLiteral("production"));
        QTRY_COMPARE(m_window->fleetView()->proxy()->rowCount(), 12); // each site, showing only production
        QTreeView *tree = m_window->fleetView()->tree();
        tree->selectAll(); // site rows too: they stand for what is shown under them
        QAction *bulk = action("bulkSnapshotAction");
        QTRY_VERIFY(bulk->text().contains(QStringLiteral("of 12 Environment")));
        bulk->trigger();
        auto *dialog = findTopLevel<BulkSnapshotDialog>("bulkSnapshotDialog");
        QVERIFY(dialog);
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("reportTable"));
        QCOMPARE(table->rowCount(), 12);
        for (int r = 0; r < table->rowCount(); ++r)
            QCOMPARE(table->item(r, BulkSnapshotDialog::EnvironmentColumn)->text(), QStringLiteral("production"));
        QTest::keyClick(dialog, Qt::Key_Escape); // not started: nothing taken
        QVERIFY(!dialog->runner());
        tree->clearSelection();
        search->clear();
    }

    void busyEnvironmentOffersToFollowTheRunningJob()
    {
        selectEnvironment(QStringLiteral("staging"));
        const Result<Accepted> occupying = ApiParser::accepted(await(m_api->createBackup(
            SiteSlug, QStringLiteral("staging"), QStringLiteral("occupying"), ApiClient::newIdempotencyKey())));
        QVERIFY(occupying.ok());
        action("takeSnapshotAction")->trigger();
        auto *dialog = findTopLevel<TakeSnapshotDialog>("takeSnapshotDialog");
        QVERIFY(dialog);
        auto *follow = dialog->findChild<QPushButton *>(QStringLiteral("followJobButton"));
        QVERIFY(!follow->isVisible());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("takeButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(follow->isVisible(), 20000);
        auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("jobsDock"));
        QVERIFY(dock);
        dock->hide();
        QTest::mouseClick(follow, Qt::LeftButton);
        QVERIFY(dock->isVisible()); // the Jobs panel comes into view, with the running job
        auto *jobs = qobject_cast<JobsPanel *>(dock->widget());
        QVERIFY(jobs);
        QTRY_VERIFY(jobs->model()->rowOf(occupying->job.id) >= 0);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(jobEnded(*m_api, occupying->job.id), 30000);
    }

    void jobsAreFollowedAgainAfterTheAppIsClosed()
    {
        selectEnvironment(QStringLiteral("staging"));
        action("takeSnapshotAction")->trigger();
        auto *dialog = findTopLevel<TakeSnapshotDialog>("takeSnapshotDialog");
        QVERIFY(dialog);
        QSignalSpy accepted(dialog, &TakeSnapshotDialog::captureAccepted);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("takeButton")), Qt::LeftButton);
        QVERIFY(accepted.wait(20000));
        const QString jobId = accepted.first().first().value<::Accepted>().job.id;

        // Closed while the capture runs, then started again with the same account.
        MainWindow::Options options;
        options.cacheDirectory = m_dir.filePath(QStringLiteral("cache"));
        m_window.reset();
        m_window = std::make_unique<MainWindow>(m_accounts.get(), m_credentials.get(), options);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->start();
        // The job the app started and did not see end brings the Jobs panel back into view.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<JobsPanel *>(), 20000);
        QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("jobsDock"))->isVisible());
        JobsModel *jobs = m_window->findChild<JobsPanel *>()->model();
        QTRY_VERIFY_WITH_TIMEOUT(jobs->rowOf(jobId) >= 0, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(jobs->jobAt(jobs->rowOf(jobId)).status == JobStatus::Succeeded, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->fleetModel()->siteCount(), 12, 20000);
        // Named as the fleet names it, not by the id the job carries.
        QTRY_COMPARE(jobs->index(jobs->rowOf(jobId), JobsModel::SiteColumn).data().toString(), m_site.name);
    }

    void closingAsksWhileARestoreWaitsForItsSafetySnapshot()
    {
        selectEnvironment(QStringLiteral("production")); // protected: a safety snapshot first
        const int row = readyRow();
        QVERIFY(row >= 0);
        m_window->environmentView()->table()->selectRow(row);
        QTRY_VERIFY(action("restoreAction")->isEnabled());
        action("restoreAction")->trigger();
        auto *dialog = findTopLevel<RestoreDialog>("restoreDialog");
        QVERIFY(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("nextButton")), Qt::LeftButton);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit")), QStringLiteral("production"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("restoreButton")), Qt::LeftButton);
        QTRY_COMPARE(dialog->flow()->stage(), RestoreFlow::Stage::CapturingSafety);

        // The restore is not sent yet: closing says what would be lost, and No keeps the window.
        Dialogs::setNextAnswer(QMessageBox::No);
        QVERIFY(!m_window->close());
        QVERIFY(m_window->isVisible());
        QVERIFY2(Dialogs::lastText().contains(QStringLiteral("wait for a safety snapshot")), qPrintable(Dialogs::lastText()));
        // Signing out would drop it too: the question says so, and No keeps the session.
        Dialogs::setNextAnswer(QMessageBox::No);
        action("signOutAction")->trigger();
        QVERIFY2(Dialogs::lastText().contains(QStringLiteral("would not be sent")), qPrintable(Dialogs::lastText()));
        QVERIFY(action("signOutAction")->isEnabled()); // still signed in
        QTRY_VERIFY_WITH_TIMEOUT(dialog->flow()->stage() == RestoreFlow::Stage::Succeeded
                                     || dialog->flow()->stage() == RestoreFlow::Stage::Failed, 60000);
        QCOMPARE(dialog->flow()->stage(), RestoreFlow::Stage::Succeeded);
        dialog->close();
    }

    void revokedKeyLeadsToEnteringItAgain()
    {
        // Whichever call meets the revoked key first (the take below, or a refresh) brings the
        // key prompt back with the reason; the dialog's own error is tested in tst_ActionDialogs.
        selectEnvironment(QStringLiteral("staging"));
        int code = -1;
        const QByteArray out = m_sandbox.runTool({QStringLiteral("keys"), QStringLiteral("revoke"),
                                                  m_sandbox.apiKey().left(12)}, &code);
        QVERIFY2(code == 0, out.constData());
        QVERIFY(!m_window->signInDialog());
        action("takeSnapshotAction")->trigger();
        auto *dialog = findTopLevel<TakeSnapshotDialog>("takeSnapshotDialog");
        QVERIFY(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("takeButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->signInDialog() && m_window->signInDialog()->isVisible(), 20000);
        bool explained = false;
        for (QLabel *l : m_window->signInDialog()->findChildren<QLabel *>())
            explained = explained || l->text().contains(QStringLiteral("no longer accepts"));
        QVERIFY(explained);
        m_window->signInDialog()->reject();
        dialog->reject();
    }
};

QTEST_MAIN(TestActionsInWindow)
#include "tst_ActionsInWindow.moc"
