// The Take Snapshot dialog against mf-sandbox: label, cancel, environment_busy with "Follow
// Running Job", "Try Again" after failures that never takes two snapshots, a revoked key; and,
// on a slow sandbox, a dialog closed before the answer still hands the snapshot (or the
// refusal) to the app.
#include "ActionsTestSupport.h"
#include "ActionsTestWidgets.h"
#include "SandboxProcess.h"
#include "actions/ActionController.h"
#include "actions/JobsModel.h"
#include "actions/JobsPanel.h"
#include "actions/TakeSnapshotDialog.h"
#include "api/ApiClient.h"
#include "api/ApiParser.h"
#include "jobs/JobTracker.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace ActionsTestSupport;
using namespace ActionsTestWidgets;

namespace {
const QString SiteSlug = QStringLiteral("acme-store");

} // namespace

class TestTakeSnapshotDialog : public QObject
{
    Q_OBJECT
private:
    SandboxProcess m_sandbox;
    std::unique_ptr<ApiClient> m_api;
    Site m_site;

    int countLabelled(const QString &env, const QString &label)
    {
        const QList<Snapshot> list = snapshots(*m_api, SiteSlug, env);
        return int(std::count_if(list.cbegin(), list.cend(), [&](const Snapshot &s) { return s.label == label; }));
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

    void takeSnapshotWithLabel()
    {
        const QString label = uniqueLabel();
        TakeSnapshotDialog dialog(m_api.get(), SiteSlug, m_site.name, QStringLiteral("staging"));
        dialog.show();
        auto *edit = child<QLineEdit>(&dialog, "labelEdit");
        QTest::keyClicks(edit, label);
        QCOMPARE(child<QLabel>(&dialog, "labelCounter")->text(), QStringLiteral("%1/200").arg(label.size()));
        QSignalSpy accepted(&dialog, &TakeSnapshotDialog::captureAccepted);
        QTest::keyClick(edit, Qt::Key_Return); // the default button
        QVERIFY(accepted.wait(20000));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto a = accepted.first().first().value<::Accepted>();
        QVERIFY(a.snapshot.has_value());
        QCOMPARE(a.snapshot->label, label);
        QCOMPARE(countLabelled(QStringLiteral("staging"), label), 1);
        QTRY_VERIFY_WITH_TIMEOUT(jobEnded(*m_api, a.job.id), 30000);
    }

    void takeSnapshotLabelIsLimited()
    {
        TakeSnapshotDialog dialog(m_api.get(), SiteSlug, m_site.name, QStringLiteral("staging"));
        auto *edit = child<QLineEdit>(&dialog, "labelEdit");
        QTest::keyClicks(edit, QString(250, u'x'));
        QCOMPARE(edit->text().size(), TakeSnapshotDialog::MaxLabelLength);
    }

    void takeSnapshotCancelTakesNothing()
    {
        const QString label = uniqueLabel();
        TakeSnapshotDialog dialog(m_api.get(), SiteSlug, m_site.name, QStringLiteral("staging"));
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(&dialog, "labelEdit"), label);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QTest::qWait(300);
        QCOMPARE(countLabelled(QStringLiteral("staging"), label), 0);
    }

    void takeSnapshotOnBusyEnvironmentExplainsAndRetries()
    {
        const Result<Accepted> occupying = ApiParser::accepted(await(m_api->createBackup(
            SiteSlug, QStringLiteral("staging"), QStringLiteral("occupying"), ApiClient::newIdempotencyKey())));
        QVERIFY(occupying.ok());
        const QString label = uniqueLabel();
        TakeSnapshotDialog dialog(m_api.get(), SiteSlug, m_site.name, QStringLiteral("staging"));
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(&dialog, "labelEdit"), label);
        QSignalSpy busy(&dialog, &TakeSnapshotDialog::environmentBusy);
        QTest::mouseClick(child<QPushButton>(&dialog, "takeButton"), Qt::LeftButton);
        QVERIFY(busy.wait(20000));
        QCOMPARE(busy.first().first().toString(), occupying->job.id);
        auto *error = child<QLabel>(&dialog, "errorLabel");
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("Request id")));
        QVERIFY(dialog.isVisible());
        QCOMPARE(countLabelled(QStringLiteral("staging"), label), 0);
        auto *follow = child<QPushButton>(&dialog, "followJobButton"); // offered, not forced
        QVERIFY(follow->isVisible());
        QSignalSpy followed(&dialog, &TakeSnapshotDialog::followJobRequested);
        QTest::mouseClick(follow, Qt::LeftButton);
        QCOMPARE(followed.size(), 1);
        QCOMPARE(followed.first().first().toString(), occupying->job.id);

        QTRY_VERIFY_WITH_TIMEOUT(jobEnded(*m_api, occupying->job.id), 30000);
        QSignalSpy accepted(&dialog, &TakeSnapshotDialog::captureAccepted);
        QTest::mouseClick(child<QPushButton>(&dialog, "takeButton"), Qt::LeftButton); // "Try Again"
        QVERIFY(!follow->isVisible()); // the busy job is no longer the point once retried
        QVERIFY(accepted.wait(20000));
        QCOMPARE(countLabelled(QStringLiteral("staging"), label), 1);
        const auto retried = accepted.first().first().value<::Accepted>();
        QTRY_VERIFY_WITH_TIMEOUT(jobEnded(*m_api, retried.job.id), 30000);
    }

    void takeSnapshotTriedAgainNeverTakesTwo()
    {
        // Most POSTs fail, half of them after the snapshot was taken; the client does not retry
        // by itself, so every retry is the user's "Try Again" — which must reuse the key.
        SandboxProcess flaky;
        QVERIFY2(flaky.startWith({QStringLiteral("--no-schedule"), QStringLiteral("--fail-rate"),
                                  QStringLiteral("0.7"), QStringLiteral("--fail-methods"), QStringLiteral("POST")}),
                 qPrintable(flaky.errorString()));
        ApiClient::Options once;
        once.maxAttempts = 1;
        ApiClient api(flaky.apiUrl(), once);
        api.setApiKey(flaky.apiKey());
        int tries = 0;
        for (const QString &env : {QStringLiteral("staging"), QStringLiteral("production")}) {
            for (int round = 0; round < 3; ++round) {
                const QString label = uniqueLabel();
                TakeSnapshotDialog dialog(&api, SiteSlug, m_site.name, env);
                dialog.show();
                QTest::keyClicks(child<QLineEdit>(&dialog, "labelEdit"), label);
                QSignalSpy accepted(&dialog, &TakeSnapshotDialog::captureAccepted);
                auto *take = child<QPushButton>(&dialog, "takeButton");
                while (accepted.isEmpty() && tries < 200) {
                    QTRY_VERIFY_WITH_TIMEOUT(take->isEnabled() || !accepted.isEmpty(), 20000);
                    if (!accepted.isEmpty())
                        break;
                    ++tries;
                    QTest::mouseClick(take, Qt::LeftButton); // "Take Snapshot", then "Try Again"
                    QTRY_VERIFY_WITH_TIMEOUT(take->isEnabled() || !accepted.isEmpty(), 20000);
                }
                QCOMPARE(accepted.size(), 1);
                const QList<Snapshot> list = snapshots(api, SiteSlug, env);
                QCOMPARE(std::count_if(list.cbegin(), list.cend(), [&](const Snapshot &s) { return s.label == label; }), 1);
                QTRY_VERIFY_WITH_TIMEOUT(jobEnded(api, accepted.first().first().value<::Accepted>().job.id), 30000);
            }
        }
        QVERIFY2(tries > 6, "no request failed: the test proved nothing");
        flaky.stop();
    }

    void takeSnapshotWithARevokedKeyAsksForTheKey()
    {
        // A key of its own, so revoking it leaves the other tests alone.
        int code = -1;
        const QString key = QString::fromUtf8(m_sandbox.runTool({QStringLiteral("keys"), QStringLiteral("create")}, &code)).trimmed();
        QVERIFY2(code == 0 && key.startsWith(QStringLiteral("mfk_")), qPrintable(key));
        ApiClient api(m_sandbox.apiUrl());
        api.setApiKey(key);
        m_sandbox.runTool({QStringLiteral("keys"), QStringLiteral("revoke"), key.left(12)}, &code);
        QCOMPARE(code, 0);
        TakeSnapshotDialog dialog(&api, SiteSlug, m_site.name, QStringLiteral("staging"));
        dialog.show();
        QSignalSpy unauthorized(&dialog, &TakeSnapshotDialog::unauthorized);
        QSignalSpy appWide(&api, &ApiClient::unauthorized); // what the window's key prompt listens to
        QTest::mouseClick(child<QPushButton>(&dialog, "takeButton"), Qt::LeftButton);
        QVERIFY(unauthorized.wait(20000));
        QCOMPARE(appWide.size(), 1);
        const QString text = child<QLabel>(&dialog, "errorLabel")->text();
        QVERIFY2(text.contains(QStringLiteral("Request id: req_")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("unauthorized")), qPrintable(text)); // a sentence, not the code
        QVERIFY(dialog.isVisible());
    }

    // Through the ActionController, as the app opens it: closing the dialog early loses nothing.
    void closingTheTakeDialogWhileItWaitsStillFollowsTheSnapshot_data()
    {
        QTest::addColumn<bool>("byEscape");
        QTest::newRow("Esc") << true;
        QTest::newRow("title bar close") << false; // close(): a close event, which would delete it
    }
    void closingTheTakeDialogWhileItWaitsStillFollowsTheSnapshot()
    {
        QFETCH(bool, byEscape);
        // Every request takes 1.5 s: the dialog is closed long before the platform answers.
        SandboxProcess slow;
        QVERIFY2(slow.startWith({QStringLiteral("--no-schedule"), QStringLiteral("--latency-ms"),
                                 QStringLiteral("1500")}),
                 qPrintable(slow.errorString()));
        ApiClient api(slow.apiUrl());
        api.setApiKey(slow.apiKey());
        const Site acme = site(api, SiteSlug);
        QVERIFY(!acme.id.isEmpty());

        QMainWindow window;
        JobTracker tracker(&api);
        tracker.setIntervals(fastIntervals());
        ActionController controller(&api, &tracker, nullptr, &window);
        auto *jobs = qobject_cast<JobsPanel *>(controller.jobsPanel());
        controller.setContext(acme, QStringLiteral("staging"), std::nullopt, {});
        QSignalSpy changed(&controller, &ActionController::snapshotsChanged);

        controller.takeSnapshotAction()->trigger();
        QPointer<TakeSnapshotDialog> dialog = findTopLevel<TakeSnapshotDialog>("takeSnapshotDialog");
        QVERIFY(dialog);
        const QString label = QStringLiteral("closed early ") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("labelEdit")), label);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("takeButton")), Qt::LeftButton);
        if (byEscape)
            QTest::keyClick(dialog, Qt::Key_Escape);
        else
            dialog->close();
        QVERIFY(!dialog.isNull() && !dialog->isVisible()); // gone for the user, kept for the answer
        QCOMPARE(changed.size(), 0);

        // The answer still reaches the app: the pending snapshot for the timeline, the job in the panel.
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 1, 20000);
        QCOMPARE(changed.first().at(0).toString(), acme.id);
        QCOMPARE(changed.first().at(1).toString(), QStringLiteral("staging"));
        QCOMPARE(jobs->model()->rowCount(), 1);
        QCOMPARE(jobs->model()->index(0, JobsModel::SiteColumn).data().toString(), acme.name);
        QTRY_VERIFY(dialog.isNull()); // then it finishes closing (WA_DeleteOnClose)
        const QList<Snapshot> list = snapshots(api, SiteSlug, QStringLiteral("staging"));
        QCOMPARE(std::count_if(list.cbegin(), list.cend(), [&](const Snapshot &s) { return s.label == label; }), 1);
        const QString jobId = jobs->model()->index(0, 0).data(JobsModel::JobIdRole).toString();
        QTRY_VERIFY_WITH_TIMEOUT(jobs->model()->jobAt(jobs->model()->rowOf(jobId)).status == JobStatus::Succeeded, 30000);
        slow.stop();
    }

    void aRefusalAfterTheTakeDialogWasClosedIsStillTold()
    {
        SandboxProcess slow;
        QVERIFY2(slow.startWith({QStringLiteral("--no-schedule"), QStringLiteral("--latency-ms"),
                                 QStringLiteral("1000"), QStringLiteral("--job-delay-ms"), QStringLiteral("1000")}),
                 qPrintable(slow.errorString()));
        ApiClient api(slow.apiUrl());
        api.setApiKey(slow.apiKey());
        const Site acme = site(api, SiteSlug);
        const Result<Accepted> occupying = ApiParser::accepted(await(api.createBackup(
            SiteSlug, QStringLiteral("staging"), QStringLiteral("occupying"), ApiClient::newIdempotencyKey())));
        QVERIFY(occupying.ok());

        QMainWindow window;
        ActionController controller(&api, nullptr, nullptr, &window);
        controller.setContext(acme, QStringLiteral("staging"), std::nullopt, {});
        QSignalSpy status(&controller, &ActionController::statusMessage);
        controller.takeSnapshotAction()->trigger();
        QPointer<TakeSnapshotDialog> dialog = findTopLevel<TakeSnapshotDialog>("takeSnapshotDialog");
        QVERIFY(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("takeButton")), Qt::LeftButton);
        QTest::keyClick(dialog, Qt::Key_Escape); // gone before the platform says the environment is busy
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 20000);
        QCOMPARE(status.size(), 1);
        const QString text = status.first().first().toString();
        QVERIFY2(text.startsWith(QStringLiteral("No snapshot of %1 / staging was taken: ").arg(acme.name)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Request id: req_")), qPrintable(text));
        QTRY_VERIFY_WITH_TIMEOUT(jobEnded(api, occupying->job.id), 30000);
        slow.stop();
    }
};

QTEST_MAIN(TestTakeSnapshotDialog)
#include "tst_TakeSnapshotDialog.moc"
