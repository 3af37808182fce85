// The explorer's tree model over a real index: lazy folders, a folder of 10,000 entries handed
// to the view in chunks, search, and the database's tables (QAbstractItemModelTester throughout).
#include "TestArchive.h"

#include "explorer/SnapshotTreeModel.h"
#include "index/ArchiveIndexer.h"
#include "index/SnapshotIndex.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

class ExplorerModelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void rootsAndTables();
    void largeFolderOpensInChunks();
    void searchIsFlat();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<SnapshotIndex> m_index;
};

void ExplorerModelTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QList<TestArchive::Entry> entries;
    entries << TestArchive::Entry("manifest.json", "{}");
    entries << TestArchive::Entry("files/index.php", "<?php\n");
    for (int i = 0; i < 10000; ++i)
        entries << TestArchive::Entry(QByteArray("files/big/f") + QByteArray::number(i).rightJustified(5, '0') + ".txt",
                                      QByteArray::number(i));
    entries << TestArchive::Entry("files/wp-content/uploads/wp-stats.php", "<?php echo 1;\n");
    entries << TestArchive::Entry("db/app.db",
                                  TestArchive::sqliteDatabase({QStringLiteral("CREATE TABLE wp_posts (ID INTEGER PRIMARY KEY)"),
                                                               QStringLiteral("INSERT INTO wp_posts VALUES (1), (2), (3)"),
                                                               QStringLiteral("CREATE TABLE wp_options (name TEXT)")}));
    const QString archive = m_dir.filePath(QStringLiteral("a.tar.gz"));
    QVERIFY(TestArchive::write(archive, entries));
    IndexInfo info;
    info.snapshotId = QStringLiteral("snap_test");
    const ArchiveIndexer::Result r = ArchiveIndexer::indexFile(archive, m_dir.filePath(QStringLiteral("a.index")), info);
    QVERIFY2(r.ok, qPrintable(r.error));
    QString error;
    m_index = SnapshotIndex::open(r.indexPath, &error);
    QVERIFY2(m_index, qPrintable(error));
}

void ExplorerModelTest::rootsAndTables()
{
    SnapshotTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIndex(m_index);
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex files = model.index(0, 0), db = model.index(1, 0);
    QCOMPARE(files.data().toString(), QStringLiteral("Files"));
    QCOMPARE(db.data().toString(), QStringLiteral("Database"));
    QVERIFY(model.hasChildren(files));
    QCOMPARE(model.rowCount(files), 0); // nothing asked of the index until opened
    QVERIFY(model.canFetchMore(files));
    model.fetchMore(files);
    QStringList names;
    for (int r = 0; r < model.rowCount(files); ++r)
        names << model.index(r, 0, files).data().toString();
    QCOMPARE(names, (QStringList{QStringLiteral("big"), QStringLiteral("wp-content"), QStringLiteral("index.php")}));
    QVERIFY(model.index(0, SnapshotTreeModel::DetailColumn, files).data().toString().startsWith(QLatin1String("10000 file")));
    model.fetchMore(db);
    QStringList tables;
    for (int r = 0; r < model.rowCount(db); ++r)
        tables << model.index(r, 0, db).data().toString();
    QVERIFY2(tables.mid(0, 2) == (QStringList{QStringLiteral("wp_options"), QStringLiteral("wp_posts")}), qPrintable(tables.join(u',')));
    QCOMPARE(model.index(1, 0, db).data(SnapshotTreeModel::RowsRole).toLongLong(), 3);
    QVERIFY(model.index(1, SnapshotTreeModel::DetailColumn, db).data().toString().startsWith(QLatin1String("3 row")));
    const QModelIndex stray = model.indexForPath(IndexComponent::Files, QStringLiteral("wp-content/uploads/wp-stats.php"));
    QVERIFY(stray.isValid());
    QCOMPARE(stray.data(SnapshotTreeModel::PathRole).toString(), QStringLiteral("wp-content/uploads/wp-stats.php"));
}

void ExplorerModelTest::largeFolderOpensInChunks()
{
    SnapshotTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIndex(m_index);
    QTreeView view;
    view.setUniformRowHeights(true);
    view.setModel(&model);
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QModelIndex big = model.indexForPath(IndexComponent::Files, QStringLiteral("big"));
    QVERIFY(big.isValid());
    QElapsedTimer t;
    t.start();
    view.expand(big.parent());
    view.expand(big); // the view fetches when it lays the folder out
    QTRY_VERIFY(model.rowCount(big) >= SnapshotTreeModel::kChunk);
    QCOMPARE(model.rowCount(big) % SnapshotTreeModel::kChunk, 0); // handed over chunk by chunk
    const qint64 firstChunkMs = t.elapsed();
    while (model.canFetchMore(big))
        model.fetchMore(big);
    QCOMPARE(model.rowCount(big), 10000);
    QCOMPARE(model.index(9999, 0, big).data().toString(), QStringLiteral("f09999.txt"));
    // A figure for docs/bench-explorer.md, not an assertion: timing depends on the machine.
    qInfo("folder of 10,000 entries: first %d rows shown after %lld ms, all after %lld ms", SnapshotTreeModel::kChunk,
          firstChunkMs, t.elapsed());
}

void ExplorerModelTest::searchIsFlat()
{
    SnapshotTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIndex(m_index);
    model.setSearchText(QStringLiteral("WP-STATS"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.searchMatches(), 1);
    QVERIFY(!model.hasChildren(model.index(0, 0)));
    QCOMPARE(model.index(0, 0).data(SnapshotTreeModel::PathRole).toString(), QStringLiteral("wp-content/uploads/wp-stats.php"));
    QVERIFY(model.index(0, 0).data().toString().endsWith(QLatin1String("wp-content/uploads/wp-stats.php")));
    model.setSearchText(QStringLiteral("f0"));
    QCOMPARE(model.rowCount(), 1000);
    QVERIFY(model.searchTruncated());
    model.setSearchText(QString());
    QCOMPARE(model.rowCount(), 2);
}

QTEST_MAIN(ExplorerModelTest)
#include "tst_explorer_model.moc"
