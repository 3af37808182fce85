// The bulk snapshot dialog: environments chosen by filter (every production, a plan, the late and
// stale ones) from the fleet it is given, the table following the choice, and after a run against
// mf-sandbox the report exported as CSV through the file prompt.
#include "ActionsTestSupport.h"
#include "ActionsTestWidgets.h"
#include "SandboxProcess.h"
#include "actions/BulkSnapshotDialog.h"
#include "api/ApiClient.h"
#include "common/Dialogs.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ActionsTestSupport;

namespace {
Site makeSite(const QString &slug, const QString &plan, const QDateTime &lastBackup)
{
    Site s;
    s.id = QStringLiteral("site_01J9") + slug.toUpper().leftJustified(22, u'0').left(22);
    s.slug = slug;
    s.name = slug;
    s.plan = plan;
    for (const QString &env : {QStringLiteral("production"), QStringLiteral("staging")}) {
        Environment e;
        e.name = env;
        e.kind = env == QLatin1String("production") ? EnvironmentKind::Production : EnvironmentKind::Staging;
        if (env == QLatin1String("production")) {
            SnapshotSummary last;
            last.id = QStringLiteral("snap_01J9AAAAAAAAAAAAAAAAAAAAAA");
            last.createdAt = lastBackup;
            e.lastSnapshot = last;
        }
        s.environments.append(e);
    }
    return s;
}

BackupPolicy dailyProduction(const Site &s)
{
    BackupPolicy p;
    p.siteId = s.id;
    p.plan = s.plan;
    EnvironmentPolicy e;
    e.environment = QStringLiteral("production");
    e.cadence = Cadence::Daily;
    e.cadenceRaw = QStringLiteral("daily");
    e.retentionDays = 7;
    p.environments.append(e);
    return p;
}
} // namespace

class TestBulkSnapshotDialog : public QObject
{
    Q_OBJECT

    static QStringList column(QTableWidget *table, int col)
    {
        QStringList out;
        for (int r = 0; r < table->rowCount(); ++r)
            out << table->item(r, col)->text();
        return out;
    }

private Q_SLOTS:
    void filtersChooseTheEnvironments()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QList<Site> sites{makeSite(QStringLiteral("alpha"), QStringLiteral("pro"), now.addSecs(-3600)),
                                makeSite(QStringLiteral("bravo"), QStringLiteral("agency"), now.addSecs(-30 * 3600)),
                                makeSite(QStringLiteral("charlie"), QStringLiteral("pro"), now.addSecs(-72 * 3600))};
        QList<BackupPolicy> policies;
        for (const Site &s : sites)
            policies << dailyProduction(s);
        ApiClient api(QUrl(QStringLiteral("http://127.0.0.1:9/v1")));
        BulkSnapshotDialog dialog(&api, {{QStringLiteral("alpha"), QStringLiteral("alpha"), QStringLiteral("staging")}});
        auto *choose = dialog.findChild<QComboBox *>(QStringLiteral("chooseCombo"));
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("reportTable"));
        auto *start = dialog.findChild<QPushButton *>(QStringLiteral("startButton"));
        QVERIFY(choose && table && start);
        QVERIFY(!choose->isEnabled()); // nothing to choose from without the fleet
        QCOMPARE(table->rowCount(), 1);

        dialog.setFleet(sites, policies, now);
        QVERIFY(choose->isEnabled());
        QCOMPARE(choose->currentIndex(), 0); // the selection stays the first choice
        QCOMPARE(table->rowCount(), 1);
        // selected, production, late or stale, then one per plan (sorted)
        QCOMPARE(choose->count(), 5);
        QVERIFY2(choose->itemText(1).contains(QStringLiteral("(3)")), qPrintable(choose->itemText(1)));

        choose->setCurrentIndex(1);
        QCOMPARE(column(table, BulkSnapshotDialog::SiteColumn),
                 (QStringList{QStringLiteral("alpha"), QStringLiteral("bravo"), QStringLiteral("charlie")}));
        QCOMPARE(column(table, BulkSnapshotDialog::EnvironmentColumn), QStringList(3, QStringLiteral("production")));
        QVERIFY2(start->text().contains(u'3'), qPrintable(start->text()));

        choose->setCurrentIndex(2); // daily: 30 h is late, 72 h is stale, 1 h is fresh
        QCOMPARE(column(table, BulkSnapshotDialog::SiteColumn),
                 (QStringList{QStringLiteral("bravo"), QStringLiteral("charlie")}));
        QCOMPARE(dialog.targets().size(), 2);

        QVERIFY2(choose->itemText(3).contains(QStringLiteral("agency")), qPrintable(choose->itemText(3)));
        choose->setCurrentIndex(4); // pro: both sites, every environment
        QCOMPARE(column(table, BulkSnapshotDialog::SiteColumn),
                 (QStringList{QStringLiteral("alpha"), QStringLiteral("alpha"), QStringLiteral("charlie"),
                              QStringLiteral("charlie")}));
        QCOMPARE(column(table, BulkSnapshotDialog::ResultColumn), QStringList(4, QStringLiteral("Not started")));

        // Nothing selected: the first filter is offered straight away.
        BulkSnapshotDialog empty(&api, {});
        empty.setFleet(sites, policies, now);
        QCOMPARE(empty.findChild<QComboBox *>(QStringLiteral("chooseCombo"))->currentIndex(), 1);
        QCOMPARE(empty.findChild<QTableWidget *>(QStringLiteral("reportTable"))->rowCount(), 3);
    }

    void reportIsExportedAsCsv()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.startWith({QStringLiteral("--no-schedule")}), qPrintable(sandbox.errorString()));
        ApiClient api(sandbox.apiUrl());
        api.setApiKey(sandbox.apiKey());
        JobTracker::of(&api)->setIntervals(fastIntervals());
        const QList<BulkSnapshotRunner::Target> targets{
            {QStringLiteral("acme-store"), QStringLiteral("Acme Store"), QStringLiteral("staging")},
            {QStringLiteral("acme-store"), QStringLiteral("Acme Store"), QStringLiteral("no-such-env")}};
        QTemporaryDir dir;
        BulkSnapshotDialog dialog(&api, targets);
        dialog.setJournalOwner(QStringLiteral("acct_test"), dir.filePath(QStringLiteral("runs")));
        dialog.setRoundDelay(100);
        dialog.show();
        auto *exportButton = dialog.findChild<QPushButton *>(QStringLiteral("exportCsvButton"));
        QVERIFY(!exportButton->isEnabled());
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
        QVERIFY(dialog.runner());
        QTRY_VERIFY_WITH_TIMEOUT(dialog.runner()->isFinished(), 60000);
        QVERIFY(exportButton->isEnabled());

        const QString path = dir.filePath(QStringLiteral("report.csv"));
        Dialogs::setNextFileName(path);
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], QStringLiteral("Site,Environment,Result,Snapshot,Job,Detail,Request id"));
        const BulkSnapshotRunner::Entry &done = dialog.runner()->entries().at(0);
        QCOMPARE(lines[1], QStringLiteral("Acme Store,staging,Done,%1,%2,,").arg(done.snapshotId, done.jobId));
        QVERIFY2(lines[2].startsWith(QStringLiteral("Acme Store,no-such-env,Failed,,,")), qPrintable(lines[2]));
        QVERIFY2(lines[2].contains(QStringLiteral("req_")), qPrintable(lines[2]));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text().contains(path));

        // A file that cannot be written is said so, and nothing else changes.
        Dialogs::setNextFileName(dir.filePath(QStringLiteral("missing/folder/report.csv")));
        Dialogs::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QVERIFY2(Dialogs::lastText().contains(QStringLiteral("could not be saved")), qPrintable(Dialogs::lastText()));
        dialog.close();
        sandbox.stop();
    }
};

QTEST_MAIN(TestBulkSnapshotDialog)
#include "tst_BulkSnapshotDialog.moc"
