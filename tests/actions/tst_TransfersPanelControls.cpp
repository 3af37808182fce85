// The Transfers panel's controls on a download slow enough to watch: mf-sandbox cuts every body
// after 256 KiB and answers late, so a 2 MiB archive arrives in many resumed pieces. Speed and
// ETA show while it runs; Pause really stops it, Resume finishes it; Cancel leaves no file; a
// download the platform refuses says why, with the request id.
#include "ActionsTestSupport.h"
#include "SandboxProcess.h"
#include "TestFiles.h"
#include "actions/TransfersModel.h"
#include "actions/TransfersPanel.h"
#include "api/ApiClient.h"
#include "transfer/TransferManager.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace ActionsTestSupport;
using State = TransferInfo::State;

class TestTransfersPanelControls : public QObject
{
    Q_OBJECT
private:
    SandboxProcess m_sandbox;
    std::unique_ptr<ApiClient> m_api;
    Snapshot m_big;

    static int stateOf(TransfersModel *model, int row)
    {
        return model->index(row, 0).data(TransfersModel::StateRole).toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxProcess::Options o;
        o.seed = QStringLiteral("big:2,fleet:1"); // fleet history has no archives: a download that fails
        o.extraArgs = {QStringLiteral("--no-schedule"), QStringLiteral("--latency-ms"), QStringLiteral("150"),
                       QStringLiteral("--cut-download-after"), QString::number(256 * 1024)};
        QVERIFY2(m_sandbox.start(o), qPrintable(m_sandbox.errorString()));
        m_api = std::make_unique<ApiClient>(m_sandbox.apiUrl());
        m_api->setApiKey(m_sandbox.apiKey());
        const QList<Snapshot> list = snapshots(*m_api, QStringLiteral("big-site"), QStringLiteral("production"));
        const auto it = std::find_if(list.cbegin(), list.cend(), [](const Snapshot &s) { return s.label == QLatin1String("Big archive"); });
        QVERIFY(it != list.cend());
        m_big = *it;
    }
    void cleanupTestCase()
    {
        m_api.reset();
        m_sandbox.stop();
    }

    void pauseResumeAndSpeed()
    {
        QTemporaryDir dir;
        TransferManager::Options options;
        options.updateIntervalMs = 50;
        options.download.baseBackoffMs = 50; // each cut is resumed soon: the test is about the panel
        TransferManager manager(RequestFactory::forApi(m_api.get()), options);
        TransfersPanel panel(&manager);
        TransfersModel *model = panel.model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->setUpdateInterval(50);

        const QString id = manager.add(TransferManager::snapshotRequest(*m_api, QStringLiteral("big-site"), m_big.id,
                                                                        {QStringLiteral("db"), QStringLiteral("files")},
                                                                        dir.path()));
        panel.select(id);
        // Running, part-way, with a speed and an ETA a person can read.
        QTRY_VERIFY_WITH_TIMEOUT(model->index(0, 0).data(TransfersModel::BytesDoneRole).toLongLong() > 0
                                     && model->index(0, 0).data(TransfersModel::SpeedRole).toDouble() > 0
                                     && model->index(0, 0).data(TransfersModel::EtaRole).toLongLong() >= 0,
                                 30000);
        QCOMPARE(stateOf(model, 0), int(State::Running));
        QVERIFY(!model->index(0, TransfersModel::SpeedColumn).data().toString().isEmpty());
        QVERIFY(!model->index(0, TransfersModel::EtaColumn).data().toString().isEmpty());
        const int progress = model->index(0, 0).data(TransfersModel::ProgressRole).toInt();
        QVERIFY2(progress > 0 && progress < 100, qPrintable(QString::number(progress)));

        QTRY_VERIFY(panel.pauseAction()->isEnabled());
        QVERIFY(!panel.resumeAction()->isEnabled());
        panel.pauseAction()->trigger();
        QTRY_COMPARE(stateOf(model, 0), int(State::Paused));
        QTRY_VERIFY(panel.resumeAction()->isEnabled());
        QVERIFY(!panel.pauseAction()->isEnabled());
        const qint64 pausedAt = manager.transfer(id).bytesDone;
        QTest::qWait(800); // several cut-and-resume rounds' worth: nothing may arrive meanwhile
        QCOMPARE(manager.transfer(id).bytesDone, pausedAt);
        QVERIFY(pausedAt < model->index(0, 0).data(TransfersModel::TotalBytesRole).toLongLong()); // really part-way

        panel.resumeAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(model, 0), int(State::Completed), 60000);
        const QFileInfo file(model->index(0, 0).data(TransfersModel::FilePathRole).toString());
        QVERIFY(file.isFile());
        QCOMPARE(file.size(), model->index(0, 0).data(TransfersModel::TotalBytesRole).toLongLong());
        // The row says it was verified; its tooltip carries the checksum to compare.
        QCOMPARE(model->index(0, TransfersModel::StatusColumn).data().toString(), QStringLiteral("Completed, SHA-256 verified"));
        const QString tip = model->index(0, TransfersModel::StatusColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QString::fromLatin1(TestFiles::sha256Hex(file.filePath()))), qPrintable(tip));
    }

    void cancelLeavesNothing()
    {
        QTemporaryDir dir;
        TransferManager::Options options;
        options.updateIntervalMs = 50;
        TransferManager manager(RequestFactory::forApi(m_api.get()), options);
        TransfersPanel panel(&manager);
        TransfersModel *model = panel.model();
        const QString id = manager.add(TransferManager::snapshotRequest(*m_api, QStringLiteral("big-site"), m_big.id,
                                                                        {QStringLiteral("files")}, dir.path()));
        panel.select(id);
        QTRY_VERIFY_WITH_TIMEOUT(model->index(0, 0).data(TransfersModel::BytesDoneRole).toLongLong() > 0, 30000);
        QTRY_VERIFY(panel.cancelAction()->isEnabled());
        panel.cancelAction()->trigger();
        QTRY_COMPARE(stateOf(model, 0), int(State::Cancelled));
        QTRY_VERIFY(!panel.pauseAction()->isEnabled() && !panel.resumeAction()->isEnabled()); // batched updates
        QTest::qWait(300);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    }

    void refusedDownloadSaysWhyWithTheRequestId()
    {
        QTemporaryDir dir;
        const QList<Snapshot> history = snapshots(*m_api, QStringLiteral("fleet-00001"), QStringLiteral("production"));
        QVERIFY(!history.isEmpty());
        TransferManager::Options options;
        options.updateIntervalMs = 50;
        TransferManager manager(RequestFactory::forApi(m_api.get()), options);
        TransfersPanel panel(&manager);
        TransfersModel *model = panel.model();
        manager.add(TransferManager::snapshotRequest(*m_api, QStringLiteral("fleet-00001"), history.first().id,
                                                     {QStringLiteral("db")}, dir.path()));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(model, 0), int(State::Failed), 30000);
        const QString status = model->index(0, TransfersModel::StatusColumn).data().toString();
        QVERIFY2(status.contains(QStringLiteral("(request id req_")), qPrintable(status));
        QVERIFY2(!status.contains(QStringLiteral("archive_unavailable")), qPrintable(status)); // a sentence
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    }

    void damagedDownloadIsOfferedAgain()
    {
        // A platform whose every download has one byte flipped: the checksum catches it, and the
        // panel offers a fresh download (nothing to resume: the damaged bytes were deleted).
        SandboxProcess damaging;
        SandboxProcess::Options o;
        o.seed = QStringLiteral("big:1");
        o.extraArgs = {QStringLiteral("--no-schedule"), QStringLiteral("--corrupt-download-at"), QStringLiteral("4096")};
        QVERIFY2(damaging.start(o), qPrintable(damaging.errorString()));
        ApiClient api(damaging.apiUrl());
        api.setApiKey(damaging.apiKey());
        const QList<Snapshot> list = snapshots(api, QStringLiteral("big-site"), QStringLiteral("production"));
        const auto big = std::find_if(list.cbegin(), list.cend(), [](const Snapshot &s) { return s.label == QLatin1String("Big archive"); });
        QVERIFY(big != list.cend());

        QTemporaryDir dir;
        TransferManager::Options options;
        options.updateIntervalMs = 50;
        TransferManager manager(RequestFactory::forApi(&api), options);
        TransfersPanel panel(&manager);
        TransfersModel *model = panel.model();
        const QString id = manager.add(TransferManager::snapshotRequest(api, QStringLiteral("big-site"), big->id,
                                                                        {QStringLiteral("db"), QStringLiteral("files")}, dir.path()));
        panel.select(id);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(model, 0), int(State::Failed), 30000);
        QVERIFY2(model->index(0, TransfersModel::StatusColumn).data().toString().contains(QStringLiteral("damaged")),
                 qPrintable(model->index(0, TransfersModel::StatusColumn).data().toString()));
        QTRY_VERIFY(panel.resumeAction()->isEnabled());
        QCOMPARE(panel.resumeAction()->text(), QStringLiteral("Download &Again"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());

        const QByteArray whole = "/snapshots/" + big->id.toUtf8() + "/download 200 ";
        const int before = int(damaging.log().count(whole));
        panel.resumeAction()->trigger();
        // Asked for from the first byte again (a 200, not a 206 of a range), and caught again.
        QTRY_VERIFY_WITH_TIMEOUT(damaging.log().count(whole) > before, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(model, 0), int(State::Failed), 30000);
        QTRY_COMPARE(panel.resumeAction()->text(), QStringLiteral("Download &Again"));
    }
};

QTEST_MAIN(TestTransfersPanelControls)
#include "tst_TransfersPanelControls.moc"
