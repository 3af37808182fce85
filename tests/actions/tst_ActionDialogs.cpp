// The restore, download and bulk dialogs, driven like a person would (check boxes, typing,
// buttons, Esc) against mf-sandbox, and checked on the sandbox's disk: exactly the selected
// components change. (Take Snapshot: tst_TakeSnapshotDialog.)
#include "ActionsTestSupport.h"
#include "ActionsTestWidgets.h"
#include "SandboxProcess.h"
#include "actions/BulkSnapshotDialog.h"
#include "actions/DownloadDialog.h"
#include "actions/RestoreDialog.h"
#include "actions/TakeSnapshotDialog.h"
#include "api/ApiClient.h"
#include "api/ApiParser.h"
#include "common/Dialogs.h"
#include "jobs/RestoreFlow.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace ActionsTestSupport;
using namespace ActionsTestWidgets;

namespace {
const QString SiteSlug = QStringLiteral("acme-store");

} // namespace

class TestActionDialogs : public QObject
{
    Q_OBJECT
private:
    SandboxProcess m_sandbox;
    std::unique_ptr<ApiClient> m_api;
    Site m_site;

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
        QVERIFY(changeDatabase(m_sandbox.environmentDatabasePath(SiteSlug, env), marker));
        QVERIFY(changeFiles(m_sandbox.environmentFilesPath(SiteSlug, env), marker));
    }
    int countLabelled(const QString &env, const QString &label)
    {
        const QList<Snapshot> list = snapshots(*m_api, SiteSlug, env);
        return int(std::count_if(list.cbegin(), list.cend(), [&](const Snapshot &s) { return s.label == label; }));
    }
    static bool flowEnded(RestoreDialog &d)
    {
        return d.flow() && (d.flow()->stage() == RestoreFlow::Stage::Succeeded
                            || d.flow()->stage() == RestoreFlow::Stage::Failed);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(startQuietSandbox(m_sandbox, 150), qPrintable(m_sandbox.errorString()));
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

    void dialogsTakeQueuedAnswers()
    {
        Dialogs::setNextAnswer(QMessageBox::Yes);
        Dialogs::setNextAnswer(QMessageBox::Cancel);
        QCOMPARE(Dialogs::question(nullptr, QStringLiteral("T"), QStringLiteral("first?")), QMessageBox::Yes);
        QMessageBox::StandardButton got = QMessageBox::NoButton;
        Dialogs::ask(nullptr, QMessageBox::Warning, QStringLiteral("T2"), QStringLiteral("second?"),
                     QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Ok, [&got](auto b) { got = b; });
        QCOMPARE(got, QMessageBox::Cancel);
        QCOMPARE(Dialogs::lastText(), QStringLiteral("second?"));
        QCOMPARE(Dialogs::askedCount(), 2);
        Dialogs::setNextFileName(QStringLiteral("/tmp/somewhere"));
        QCOMPARE(Dialogs::getExistingDirectory(nullptr, QStringLiteral("c")), QStringLiteral("/tmp/somewhere"));
        Dialogs::setNextFileName(QString()); // the user cancelled
        QCOMPARE(Dialogs::getSaveFileName(nullptr, QStringLiteral("c")), QString());
        QVERIFY(!Dialogs::hasPendingAnswers());
    }

    void restoreDatabaseIntoProtectedProductionNeedsItsName()
    {
        const Snapshot snap = takeReadySnapshot(*m_api, SiteSlug, QStringLiteral("production"), QStringLiteral("base"));
        QVERIFY(snap.isReady());
        const State base = state(QStringLiteral("production"));
        change(QStringLiteral("production"));
        const State changed = state(QStringLiteral("production"));
        const int before = int(snapshots(*m_api, SiteSlug, QStringLiteral("production")).size());

        RestoreDialog dialog(m_api.get(), m_site, snap);
        JobTracker::of(m_api.get())->setIntervals(fastIntervals());
        dialog.show();
        auto *db = child<QCheckBox>(&dialog, "dbCheck");
        auto *files = child<QCheckBox>(&dialog, "filesCheck");
        QVERIFY(db->isEnabled() && db->isChecked());
        QVERIFY(files->isEnabled() && files->isChecked());
        QCOMPARE(child<QComboBox>(&dialog, "targetCombo")->currentData().toString(), QStringLiteral("production"));
        QVERIFY(child<QCheckBox>(&dialog, "safetyCheck")->isChecked()); // protected: on by default
        files->click();
        QTest::mouseClick(child<QPushButton>(&dialog, "nextButton"), Qt::LeftButton);
        QCOMPARE(dialog.currentPage(), RestoreDialog::ConfirmPage);

        const QString summary = child<QLabel>(&dialog, "summaryLabel")->text();
        QVERIFY2(summary.startsWith(QStringLiteral("The database of %1 / production will be replaced").arg(m_site.name)),
                 qPrintable(summary));
        QVERIFY(summary.endsWith(QStringLiteral("Files will not change.")));
        auto *restore = child<QPushButton>(&dialog, "restoreButton");
        auto *confirm = child<QLineEdit>(&dialog, "confirmEdit");
        QVERIFY(confirm->isVisible());
        QVERIFY(!restore->isEnabled());
        QTest::keyClicks(confirm, QStringLiteral("prod"));
        QVERIFY(!restore->isEnabled());
        QTest::keyClick(confirm, Qt::Key_Return); // nothing happens while Restore is disabled
        QCOMPARE(dialog.currentPage(), RestoreDialog::ConfirmPage);
        QTest::keyClicks(confirm, QStringLiteral("uction"));
        QVERIFY(restore->isEnabled());
        QTest::mouseClick(restore, Qt::LeftButton);
        QCOMPARE(dialog.currentPage(), RestoreDialog::RunPage);
        QTRY_VERIFY_WITH_TIMEOUT(flowEnded(dialog), 60000);
        QVERIFY2(dialog.flow()->stage() == RestoreFlow::Stage::Succeeded, qPrintable(dialog.flow()->failureMessage()));
        QVERIFY(child<QLabel>(&dialog, "resultLabel")->isVisible());

        QTest::mouseClick(child<QPushButton>(&dialog, "copyDetailsButton"), Qt::LeftButton);
        const QString details = QApplication::clipboard()->text();
        QVERIFY2(details.contains(QStringLiteral("Request id: ")), qPrintable(details));
        QVERIFY(details.contains(dialog.flow()->safetySnapshot().id));

        const State after = state(QStringLiteral("production"));
        QCOMPARE(after.db, base.db);
        QCOMPARE(after.files, changed.files);
        QCOMPARE(int(snapshots(*m_api, SiteSlug, QStringLiteral("production")).size()), before + 1);
        QVERIFY(snapshot(*m_api, SiteSlug, dialog.flow()->safetySnapshot().id).isReady());
    }

    void restoreFilesIntoAnotherEnvironment()
    {
        const Snapshot snap = takeReadySnapshot(*m_api, SiteSlug, QStringLiteral("production"), QStringLiteral("src"));
        QVERIFY(snap.isReady());
        const State production = state(QStringLiteral("production"));
        const State stagingBefore = state(QStringLiteral("staging"));
        QVERIFY(stagingBefore.files != production.files);

        RestoreDialog dialog(m_api.get(), m_site, snap);
        JobTracker::of(m_api.get())->setIntervals(fastIntervals());
        dialog.show();
        auto *target = child<QComboBox>(&dialog, "targetCombo");
        target->setCurrentIndex(target->findData(QStringLiteral("staging")));
        QVERIFY(!child<QCheckBox>(&dialog, "safetyCheck")->isChecked()); // not protected: off by default
        child<QCheckBox>(&dialog, "dbCheck")->click();
        QTest::mouseClick(child<QPushButton>(&dialog, "nextButton"), Qt::LeftButton);
        const QString summary = child<QLabel>(&dialog, "summaryLabel")->text();
        QVERIFY2(summary.contains(QStringLiteral("The files of %1 / staging").arg(m_site.name)), qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("production snapshot")));
        QVERIFY(summary.endsWith(QStringLiteral("The database will not change.")));
        QVERIFY(!child<QLineEdit>(&dialog, "confirmEdit")->isVisible());
        auto *restore = child<QPushButton>(&dialog, "restoreButton");
        QVERIFY(restore->isEnabled());
        QTest::mouseClick(restore, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(flowEnded(dialog), 60000);
        QVERIFY2(dialog.flow()->stage() == RestoreFlow::Stage::Succeeded, qPrintable(dialog.flow()->failureMessage()));
        const State after = state(QStringLiteral("staging"));
        QCOMPARE(after.files, production.files);
        QCOMPARE(after.db, stagingBefore.db);
        QVERIFY(dialog.flow()->safetySnapshot().id.isEmpty());
    }

    void sessionEndingUnderOpenDialogsIsToldNotCrashed()
    {
        // Signing out, or a revoked key, ends the session's client while dialogs are open: what
        // they would send next is refused with a sentence, and nothing reaches the platform.
        const Snapshot snap = takeReadySnapshot(*m_api, SiteSlug, QStringLiteral("staging"), QStringLiteral("gone"));
        QVERIFY(snap.isReady());
        auto session = clientFor(m_sandbox);
        RestoreDialog restore(session.get(), m_site, snap);
        TakeSnapshotDialog take(session.get(), SiteSlug, m_site.name, QStringLiteral("staging"));
        restore.show();
        take.show();
        const State before = state(QStringLiteral("staging"));
        session.reset();

        QTest::mouseClick(child<QPushButton>(&restore, "nextButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(&restore, "restoreButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(flowEnded(restore), 10000);
        QCOMPARE(restore.flow()->stage(), RestoreFlow::Stage::Failed);
        QVERIFY2(restore.flow()->failureMessage().contains(QStringLiteral("session ended")), qPrintable(restore.flow()->failureMessage()));

        const QString label = uniqueLabel(QStringLiteral("after sign-out"));
        QTest::keyClicks(child<QLineEdit>(&take, "labelEdit"), label);
        QTest::keyClick(child<QLineEdit>(&take, "labelEdit"), Qt::Key_Return);
        QTRY_VERIFY(child<QLabel>(&take, "errorLabel")->isVisible());
        QVERIFY(child<QLabel>(&take, "errorLabel")->text().contains(QStringLiteral("session ended")));
        QTest::qWait(300);
        QCOMPARE(state(QStringLiteral("staging")).db, before.db);
        QCOMPARE(state(QStringLiteral("staging")).files, before.files);
    }

    void restoreBothByKeyboardOnly()
    {
        // Keyboard-complete: mnemonics and Enter take a person from the first page to the result.
        const Snapshot snap = takeReadySnapshot(*m_api, SiteSlug, QStringLiteral("staging"), QStringLiteral("kb"));
        QVERIFY(snap.isReady());
        const State base = state(QStringLiteral("staging"));
        change(QStringLiteral("staging"));
        QVERIFY(state(QStringLiteral("staging")).db != base.db);

        RestoreDialog dialog(m_api.get(), m_site, snap);
        JobTracker::of(m_api.get())->setIntervals(fastIntervals());
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QTRY_VERIFY(dialog.isActiveWindow());
        auto *files = child<QCheckBox>(&dialog, "filesCheck");
        QTest::keyClick(&dialog, Qt::Key_F, Qt::AltModifier); // &Files
        QTRY_VERIFY(!files->isChecked()); // a mnemonic "animates" the click: it lands a moment later
        QTest::keyClick(&dialog, Qt::Key_F, Qt::AltModifier);
        QTRY_VERIFY(files->isChecked());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // Next is the default button
        QCOMPARE(dialog.currentPage(), RestoreDialog::ConfirmPage);
        QVERIFY(child<QLabel>(&dialog, "summaryLabel")->text().contains(QStringLiteral("The database and the files")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // staging is not protected: Restore
        QCOMPARE(dialog.currentPage(), RestoreDialog::RunPage);
        QTRY_VERIFY_WITH_TIMEOUT(flowEnded(dialog), 60000);
        QVERIFY2(dialog.flow()->stage() == RestoreFlow::Stage::Succeeded, qPrintable(dialog.flow()->failureMessage()));
        const State after = state(QStringLiteral("staging"));
        QCOMPARE(after.db, base.db);
        QCOMPARE(after.files, base.files);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // Close is the default at the end
        QVERIFY(!dialog.isVisible());
    }

    void restoreCancelledChangesNothing()
    {
        const Snapshot snap = takeReadySnapshot(*m_api, SiteSlug, QStringLiteral("production"), QStringLiteral("x"));
        QVERIFY(snap.isReady());
        change(QStringLiteral("production"));
        const State before = state(QStringLiteral("production"));
        const int jobsBefore = int(jobs(*m_api).size());

        RestoreDialog dialog(m_api.get(), m_site, snap);
        dialog.show();
        auto *db = child<QCheckBox>(&dialog, "dbCheck");
        auto *files = child<QCheckBox>(&dialog, "filesCheck");
        db->click();
        files->click();
        QVERIFY(!child<QPushButton>(&dialog, "nextButton")->isEnabled()); // at least one component
        QVERIFY(child<QLabel>(&dialog, "chooseHint")->isVisible());
        db->click();
        QTest::mouseClick(child<QPushButton>(&dialog, "nextButton"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(&dialog, "confirmEdit"), QStringLiteral("production"));
        QTest::mouseClick(child<QPushButton>(&dialog, "backButton"), Qt::LeftButton);
        QCOMPARE(dialog.currentPage(), RestoreDialog::ChoosePage);
        QTest::mouseClick(child<QPushButton>(&dialog, "nextButton"), Qt::LeftButton);
        QVERIFY(child<QLineEdit>(&dialog, "confirmEdit")->text().isEmpty()); // confirm again after going back
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.flow());
        QTest::qWait(500);
        QCOMPARE(int(jobs(*m_api).size()), jobsBefore);
        const State after = state(QStringLiteral("production"));
        QCOMPARE(after.db, before.db);
        QCOMPARE(after.files, before.files);
    }

    void restoreOnBusyEnvironmentOffersToFollowTheJob()
    {
        const Snapshot snap = takeReadySnapshot(*m_api, SiteSlug, QStringLiteral("staging"), QStringLiteral("b"));
        QVERIFY(snap.isReady());
        const Result<Accepted> occupying = ApiParser::accepted(await(m_api->createBackup(
            SiteSlug, QStringLiteral("staging"), QStringLiteral("occupying"), ApiClient::newIdempotencyKey())));
        QVERIFY(occupying.ok());
        RestoreDialog dialog(m_api.get(), m_site, snap);
        JobTracker::of(m_api.get())->setIntervals(fastIntervals());
        dialog.show();
        QTest::mouseClick(child<QPushButton>(&dialog, "nextButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(&dialog, "restoreButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(flowEnded(dialog), 30000);
        QCOMPARE(dialog.flow()->stage(), RestoreFlow::Stage::Failed);
        QVERIFY(child<QLabel>(&dialog, "resultLabel")->text().contains(QStringLiteral("already running")));
        const QString shown = child<QLabel>(&dialog, "detailsLabel")->text();
        QVERIFY(shown.contains(QStringLiteral("Request id: req_")));
        QVERIFY2(shown.contains(QStringLiteral("Asked to restore: database, files")), qPrintable(shown)); // not "Restored"
        QVERIFY(!shown.contains(QStringLiteral("Error: "))); // the red sentence says it once on screen…
        QVERIFY(dialog.detailsText().contains(QStringLiteral("Error: "))); // …and Copy Details carries it
        QVERIFY(!child<QProgressBar>(&dialog, "progressBar")->isVisible()); // no stale "0 %"
        auto *follow = child<QPushButton>(&dialog, "followJobButton");
        QVERIFY(follow->isVisible());
        QVERIFY(child<QPushButton>(&dialog, "retryButton")->isVisible());
        QSignalSpy followed(&dialog, &RestoreDialog::followJobRequested);
        QTest::mouseClick(follow, Qt::LeftButton);
        QCOMPARE(followed.size(), 1);
        QCOMPARE(followed.first().first().toString(), occupying->job.id);

        QTRY_VERIFY_WITH_TIMEOUT(jobEnded(*m_api, occupying->job.id), 30000);
        QTest::mouseClick(child<QPushButton>(&dialog, "retryButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(flowEnded(dialog), 30000);
        QCOMPARE(dialog.flow()->stage(), RestoreFlow::Stage::Succeeded);
        QVERIFY(!follow->isVisible());
        QVERIFY(child<QProgressBar>(&dialog, "progressBar")->isVisible());
        QVERIFY(child<QLabel>(&dialog, "detailsLabel")->text().contains(QStringLiteral("Restored: database, files")));
    }

    void summaryWording_data()
    {
        QTest::addColumn<bool>("db");
        QTest::addColumn<bool>("files");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        const QString when = RestoreSummary::formatTime(QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC));
        QTest::newRow("db") << true << false << "production"
                            << QStringLiteral("The database of acme-store / production will be replaced by the one from "
                                              "%1. Files will not change.").arg(when);
        QTest::newRow("files") << false << true << "production"
                               << QStringLiteral("The files of acme-store / production will be replaced by those from %1; "
                                                 "files added since then will be deleted. The database will not change.")
                                      .arg(when);
        QTest::newRow("both from staging") << true << true << "staging"
                                           << QStringLiteral("The database and the files of acme-store / production will "
                                                             "be replaced by those from the staging snapshot of %1. Files "
                                                             "added since then will be deleted.").arg(when);
    }
    void summaryWording()
    {
        QFETCH(bool, db);
        QFETCH(bool, files);
        QFETCH(QString, source);
        QFETCH(QString, expected);
        RestoreSummary::Input in;
        in.siteName = QStringLiteral("acme-store");
        in.sourceEnvironment = source;
        in.targetEnvironment = QStringLiteral("production");
        in.snapshotTime = QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC);
        in.database = db;
        in.files = files;
        QCOMPARE(RestoreSummary::whatChanges(in), expected);
    }

    void missingComponentIsDisabled()
    {
        Snapshot snap = takeReadySnapshot(*m_api, SiteSlug, QStringLiteral("staging"), QStringLiteral("y"));
        snap.files.reset(); // as a snapshot without files would come
        RestoreDialog dialog(m_api.get(), m_site, snap);
        QVERIFY(!child<QCheckBox>(&dialog, "filesCheck")->isEnabled());
        QVERIFY(!child<QCheckBox>(&dialog, "filesCheck")->isChecked());
        QVERIFY(child<QCheckBox>(&dialog, "dbCheck")->isChecked());
        QCOMPARE(dialog.summaryInput().files, false);
        DownloadDialog download(m_site.name, snap, QDir::tempPath());
        QVERIFY(!child<QCheckBox>(&download, "filesCheck")->isEnabled());
        QCOMPARE(download.selectors(), QStringList{QStringLiteral("db")});
    }

    void downloadDialogChoosesComponentsAndFolder()
    {
        const QList<Snapshot> list = snapshots(*m_api, SiteSlug, QStringLiteral("staging"));
        const auto ready = std::find_if(list.cbegin(), list.cend(), [](const Snapshot &s) { return s.isReady(); });
        QVERIFY(ready != list.cend());
        QTemporaryDir dir;
        DownloadDialog dialog(m_site.name, *ready, dir.path() + QStringLiteral("/nothere"));
        dialog.show();
        QCOMPARE(dialog.selectors(), (QStringList{QStringLiteral("db"), QStringLiteral("files")}));
        // Keyboard: each mnemonic is unique, so Alt+D toggles Database (an ambiguous one only moves focus).
        QApplication::setActiveWindow(&dialog);
        QTRY_VERIFY(dialog.isActiveWindow());
        QTest::keyClick(&dialog, Qt::Key_D, Qt::AltModifier);
        QTRY_COMPARE(dialog.selectors(), QStringList{QStringLiteral("files")});
        QTest::keyClick(&dialog, Qt::Key_D, Qt::AltModifier);
        QTRY_COMPARE(dialog.selectors(), (QStringList{QStringLiteral("db"), QStringLiteral("files")}));
        auto *download = child<QPushButton>(&dialog, "downloadButton");
        child<QCheckBox>(&dialog, "dbCheck")->click();
        child<QCheckBox>(&dialog, "filesCheck")->click();
        QVERIFY(!download->isEnabled());
        child<QCheckBox>(&dialog, "filesCheck")->click();
        QCOMPARE(dialog.selectors(), QStringList{QStringLiteral("files")});

        Dialogs::setNextFileName(dir.path());
        QTest::mouseClick(child<QPushButton>(&dialog, "browseButton"), Qt::LeftButton);
        QCOMPARE(dialog.destinationFolder(), dir.path());

        QFile plain(dir.filePath(QStringLiteral("a-file")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        child<QLineEdit>(&dialog, "destinationEdit")->setText(plain.fileName());
        QTest::mouseClick(download, Qt::LeftButton);
        QVERIFY(dialog.isVisible()); // refused, with the reason
        QVERIFY(child<QLabel>(&dialog, "errorLabel")->isVisible());
        child<QLineEdit>(&dialog, "destinationEdit")->setText(dir.path());
        QTest::mouseClick(download, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void bulkDialogRunsAndReports()
    {
        const QList<BulkSnapshotRunner::Target> targets{
            {SiteSlug, m_site.name, QStringLiteral("staging")},
            {QStringLiteral("acme-blog"), QStringLiteral("Acme Blog"), QStringLiteral("production")}};
        BulkSnapshotDialog dialog(m_api.get(), targets);
        dialog.setRoundDelay(200);
        dialog.show();
        auto *table = child<QTableWidget>(&dialog, "reportTable");
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(1, BulkSnapshotDialog::EnvironmentColumn)->text(), QStringLiteral("production"));
        const QString label = uniqueLabel();
        QTest::keyClicks(child<QLineEdit>(&dialog, "labelEdit"), label);
        QSignalSpy started(&dialog, &BulkSnapshotDialog::bulkStarted);
        QTest::mouseClick(child<QPushButton>(&dialog, "startButton"), Qt::LeftButton);
        QCOMPARE(started.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.runner()->isFinished(), 60000);
        for (int row = 0; row < 2; ++row) {
            QCOMPARE(table->item(row, BulkSnapshotDialog::ResultColumn)->text(), QStringLiteral("Done"));
            // Words in the row; the id only where support looks for it (tooltip, report).
            QCOMPARE(table->item(row, BulkSnapshotDialog::DetailColumn)->text(), QStringLiteral("The snapshot is ready."));
            QVERIFY(table->item(row, BulkSnapshotDialog::DetailColumn)->toolTip().contains(QStringLiteral("snap_")));
        }
        QVERIFY(child<QLabel>(&dialog, "summaryLabel")->text().startsWith(QStringLiteral("2 of 2 done")));
        QTest::mouseClick(child<QPushButton>(&dialog, "copyReportButton"), Qt::LeftButton);
        const QStringList lines = QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(2).startsWith(QStringLiteral("Acme Blog\tproduction\tDone\tsnap_")));
        QCOMPARE(countLabelled(QStringLiteral("staging"), label), 1);
    }
};

QTEST_MAIN(TestActionDialogs)
#include "tst_ActionDialogs.moc"
