// The explorer, save-as, history and compare windows against mf-sandbox --seed wordpress: the
// archive is downloaded and indexed through the session's transfer list, then browsed, searched,
// saved from, and two nights compared (night 23 altered index.php and left a stray .php).
#include "ActionsTestSupport.h"
#include "SandboxProcess.h"

#include "actions/RestoreDialog.h"
#include "api/ApiClient.h"
#include "common/Dialogs.h"
#include "explorer/CompareDialog.h"
#include "explorer/ExplorerActions.h"
#include "explorer/ExplorerDialog.h"
#include "explorer/PathHistoryDialog.h"
#include "explorer/SnapshotTreeModel.h"
#include "transfer/RequestFactory.h"
#include "transfer/TransferManager.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

namespace {
constexpr int kTampered = 23; // docs/sandbox.md: the night index.php was altered (oldest = 0)
constexpr int kWait = 180000; // a download and an index on a busy machine
}

class ExplorerTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void browseAndSearch();
    void saveFileAndFolder();
    void compareFindsTheTampering();
    void historyOfIndexPhp();
    void restoreDialogOffersComparison();

private:
    ExplorerContext context() const;
    Snapshot night(int n) const { return m_oldestFirst[n]; }
    QModelIndex select(ExplorerDialog &dialog, IndexComponent component, const QString &path);

    SandboxProcess m_sandbox;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<TransferManager> m_transfers;
    QTemporaryDir m_dir;
    Site m_site;
    QList<Snapshot> m_snapshots;   // newest first
    QList<Snapshot> m_oldestFirst;
};

void ExplorerTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    SandboxProcess::Options o;
    o.seed = QStringLiteral("wordpress");
    o.extraArgs = {QStringLiteral("--no-schedule")};
    o.readyTimeoutMs = 300000;
    QVERIFY2(m_sandbox.start(o), qPrintable(m_sandbox.errorString()));
    m_api = ActionsTestSupport::clientFor(m_sandbox);
    TransferManager::Options options;
    options.stateDirectory = m_dir.filePath(QStringLiteral("transfers"));
    m_transfers = std::make_unique<TransferManager>(RequestFactory::forApi(m_api.get()), options);
    m_site = ActionsTestSupport::site(*m_api, QStringLiteral("harbor-press"));
    m_snapshots = ActionsTestSupport::snapshots(*m_api, QStringLiteral("harbor-press"), QStringLiteral("production"));
    QCOMPARE(m_snapshots.size(), 30);
    m_oldestFirst = m_snapshots;
    std::reverse(m_oldestFirst.begin(), m_oldestFirst.end());
}

ExplorerContext ExplorerTest::context() const
{
    ExplorerContext c{IndexCache(QStringLiteral("explorer-test"), m_dir.filePath(QStringLiteral("cache")))};
    c.api = m_api.get();
    c.transfers = m_transfers.get();
    c.site = m_site;
    c.environment = QStringLiteral("production");
    c.snapshots = m_snapshots;
    return c;
}

QModelIndex ExplorerTest::select(ExplorerDialog &dialog, IndexComponent component, const QString &path)
{
    auto *tree = dialog.findChild<QTreeView *>(QStringLiteral("explorerTree"));
    const QModelIndex i = dialog.model()->indexForPath(component, path);
    if (i.isValid())
        tree->setCurrentIndex(i);
    return i;
}

void ExplorerTest::browseAndSearch()
{
    auto *dialog = new ExplorerDialog(context(), m_snapshots.first());
    QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy ready(dialog, &ExplorerDialog::indexReady);
    dialog->show();
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, kWait);
    // The archive came through the transfer list, verified, and was indexed.
    SnapshotTreeModel *model = dialog->model();
    const QModelIndex plugins = select(*dialog, IndexComponent::Files, QStringLiteral("wp-content/plugins"));
    QVERIFY(plugins.isValid());
    QVERIFY(plugins.data(SnapshotTreeModel::SizeRole).toLongLong() > 1000000);
    QVERIFY(model->index(plugins.row(), SnapshotTreeModel::DetailColumn, plugins.parent()).data().toString().contains(QLatin1String(" file")));
    const QModelIndex posts = select(*dialog, IndexComponent::Db, QString());
    model->fetchMore(posts);
    QStringList tables;
    for (int r = 0; r < model->rowCount(posts); ++r)
        tables << model->index(r, 0, posts).data().toString();
    QVERIFY2(tables.contains(QStringLiteral("wp_posts")) && tables.contains(QStringLiteral("wp_options")), qPrintable(tables.join(u',')));
    const QModelIndex wpPosts = model->index(int(tables.indexOf(QStringLiteral("wp_posts"))), 0, posts);
    QVERIFY(wpPosts.data(SnapshotTreeModel::RowsRole).toLongLong() > 120);

    auto *search = dialog->findChild<QLineEdit *>(QStringLiteral("explorerSearch"));
    QVERIFY(search->isEnabled());
    QTest::keyClicks(search, QStringLiteral("wp-stats"));
    QTRY_COMPARE(model->rowCount(), 1);
    QVERIFY(model->index(0, 0).data(SnapshotTreeModel::PathRole).toString().endsWith(QLatin1String("/wp-stats.php")));
    search->clear();
    QTRY_COMPARE(model->rowCount(), 2);
    dialog->close();
}

void ExplorerTest::saveFileAndFolder()
{
    auto *dialog = new ExplorerDialog(context(), night(kTampered));
    QSignalSpy ready(dialog, &ExplorerDialog::indexReady);
    QSignalSpy saved(dialog, &ExplorerDialog::saveFinished);
    dialog->show();
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, kWait);
    auto *saveAs = dialog->findChild<QPushButton *>(QStringLiteral("explorerSaveAs"));

    QVERIFY(select(*dialog, IndexComponent::Files, QStringLiteral("index.php")).isValid());
    const QString file = m_dir.filePath(QStringLiteral("saved/index.php"));
    QDir().mkpath(QFileInfo(file).absolutePath());
    Dialogs::setNextFileName(file);
    QTRY_VERIFY(saveAs->isEnabled());
    QTest::mouseClick(saveAs, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kWait);
    QVERIFY2(saved.first().first().toBool(), qPrintable(dialog->findChild<QLabel *>(QStringLiteral("explorerStatus"))->text()));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("wp-stats.php")); // night 23's altered front door

    QVERIFY(select(*dialog, IndexComponent::Files, QStringLiteral("wp-content/themes/harbor")).isValid());
    const QString folder = m_dir.filePath(QStringLiteral("saved/harbor-theme"));
    Dialogs::setNextFileName(folder);
    QTRY_VERIFY(saveAs->isEnabled());
    QTest::mouseClick(saveAs, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 2, kWait);
    QVERIFY(saved.last().first().toBool());
    QVERIFY(QFileInfo::exists(folder + QStringLiteral("/style.css")));
    QVERIFY(QFileInfo::exists(folder + QStringLiteral("/functions.php")));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("explorerStatus"))->text().contains(QDir::toNativeSeparators(folder)));

    // Cancelled in the file dialog: nothing written, nothing reported.
    Dialogs::setNextFileName(QString());
    QTest::mouseClick(saveAs, Qt::LeftButton);
    QCOMPARE(saved.count(), 2);
    dialog->close();
}

void ExplorerTest::compareFindsTheTampering()
{
    auto *dialog = new CompareDialog(context(), night(kTampered - 1), night(kTampered));
    QSignalSpy compared(dialog, &CompareDialog::compared);
    QSignalSpy textShown(dialog, &CompareDialog::textDiffShown);
    dialog->show();
    QTRY_COMPARE_WITH_TIMEOUT(compared.count(), 1, kWait);
    QVERIFY(compared.first().first().toBool());
    const SnapshotDiff &d = *dialog->diff();
    const auto paths = [](const QList<SnapshotDiff::FileChange> &list) {
        QStringList out;
        for (const auto &c : list)
            out << c.path;
        return out;
    };
    const QStringList added = paths(d.added);
    QVERIFY2(std::any_of(added.begin(), added.end(), [](const QString &p) { return p.endsWith(QLatin1String("/wp-stats.php")); }),
             qPrintable(added.join(u',')));
    QVERIFY(paths(d.changed).contains(QStringLiteral("index.php")));
    QVERIFY(d.removed.isEmpty());
    QVERIFY(d.dbChanged); // night 23 also added posts
    QVERIFY(std::any_of(d.tables.begin(), d.tables.end(), [](const SnapshotDiff::TableChange &t) {
        return t.name == QLatin1String("wp_posts") && t.rowsNew > t.rowsOld;
    }));

    // The results list the same, and the text diff of index.php shows the added line.
    QTreeWidget *results = dialog->results();
    QTreeWidgetItem *indexItem = nullptr;
    for (int g = 0; g < results->topLevelItemCount(); ++g) {
        for (int c = 0; c < results->topLevelItem(g)->childCount(); ++c) {
            if (results->topLevelItem(g)->child(c)->text(CompareDialog::PathColumn) == QLatin1String("index.php"))
                indexItem = results->topLevelItem(g)->child(c);
        }
    }
    QVERIFY(indexItem);
    QVERIFY(indexItem->text(CompareDialog::SizeChangeColumn).startsWith(u'+'));
    results->setCurrentItem(indexItem);
    QTRY_VERIFY_WITH_TIMEOUT(textShown.count() >= 1, kWait);
    const QString text = dialog->findChild<QTextEdit *>(QStringLiteral("compareTextDiff"))->toPlainText();
    QVERIFY2(text.contains(QLatin1String("+ @include")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("  define( 'WP_USE_THEMES', true );")));
    dialog->close();
}

void ExplorerTest::historyOfIndexPhp()
{
    // Nights 22 and 23 and the newest are indexed by now (the tests above).
    auto *dialog = new PathHistoryDialog(context(), IndexComponent::Files, QStringLiteral("index.php"));
    const PathHistory &h = dialog->history();
    QVERIFY2(h.indexed >= 3, qPrintable(QString::number(h.indexed)));
    QStringList order;
    for (const PathHistory::Version &v : h.versions)
        order << v.snapshot.snapshotId;
    const int i22 = int(order.indexOf(night(kTampered - 1).id)), i23 = int(order.indexOf(night(kTampered).id));
    QVERIFY(i22 >= 0 && i23 >= 0 && i23 < i22); // newest first
    QVERIFY(h.versions[i23].changed);
    QVERIFY(h.versions[i23].entry.sha256 != h.versions[i22].entry.sha256);
    QVERIFY(!h.versions[0].changed || i23 == 0); // the newest still has night 23's version
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("historyTable"));
    QCOMPARE(table->rowCount(), int(h.versions.size()));
    QCOMPARE(table->item(i23, PathHistoryDialog::StateColumn)->text(), QStringLiteral("Changed"));
    QVERIFY(table->item(i23, PathHistoryDialog::SnapshotColumn)->text().contains(QLatin1String("Scheduled")));
    dialog->close();
}

void ExplorerTest::restoreDialogOffersComparison()
{
    ExplorerActions actions(m_api.get(), m_transfers.get(), QStringLiteral("explorer-test"), nullptr);
    actions.setContext(m_site, QStringLiteral("production"), m_snapshots, night(kTampered - 1));
    QVERIFY(actions.exploreAction()->isEnabled());
    QVERIFY(actions.compareAction()->isEnabled());
    RestoreDialog restore(m_api.get(), m_site, night(kTampered - 1));
    actions.offerComparison(&restore);
    restore.show();
    auto *offer = restore.findChild<QPushButton *>(QStringLiteral("compareWithNewestButton"));
    QVERIFY(offer);
    QTest::mouseClick(restore.findChild<QPushButton *>(QStringLiteral("nextButton")), Qt::LeftButton);
    QCOMPARE(restore.currentPage(), RestoreDialog::ConfirmPage);
    QTRY_VERIFY(offer->isVisible());
    QTest::mouseClick(offer, Qt::LeftButton);
    auto *compare = restore.findChild<CompareDialog *>();
    QVERIFY(compare);
    QSignalSpy compared(compare, &CompareDialog::compared);
    QTRY_COMPARE_WITH_TIMEOUT(compared.count(), 1, kWait);
    QVERIFY(compared.first().first().toBool());
    QVERIFY(!compare->diff()->added.isEmpty()); // uploads and the stray file since night 22
    compare->close();

    // The newest snapshot itself has nothing newer to compare with: no offer.
    RestoreDialog newest(m_api.get(), m_site, m_snapshots.first());
    actions.offerComparison(&newest);
    QVERIFY(newest.findChild<QPushButton *>(QStringLiteral("compareWithNewestButton"))->isHidden());
}

QTEST_MAIN(ExplorerTest)
#include "tst_explorer.moc"
