// Reading indexes: folder listings, search, the cache (catalogue, eviction, damaged files), diffs
// and path histories over seeded changes, the timeline's change marks, and the text diff.
#include "TestArchive.h"
#include "index/ArchiveIndexer.h"
#include "index/IndexCache.h"
#include "index/LineDiff.h"
#include "index/PathHistory.h"
#include "index/SnapshotDiff.h"
#include "index/SnapshotIndex.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using TestArchive::Entry;

namespace {
// Three snapshots of one environment with known changes between them.
QList<Entry> version(int v)
{
    QList<Entry> e {
        {"manifest.json", "{}", Entry::File}, {"files/", {}, Entry::Dir}, {"files/wp-content/", {}, Entry::Dir}};
    e << Entry {"files/index.php", "<?php // index\n", Entry::File};
    e << Entry {"files/config.php", v == 1 ? "good\n" : v == 2 ? "broken config\n" : "good\n", Entry::File};
    e << Entry {"files/wp-content/a.txt", "a\n", Entry::File};
    if (v >= 2)
        e << Entry {"files/wp-content/new-plugin.php", "new\n", Entry::File};
    if (v == 1)
        e << Entry {"files/old.log", "old log\n", Entry::File};
    QStringList sql {QStringLiteral("CREATE TABLE posts (id INTEGER PRIMARY KEY, t TEXT)"),
                     QStringLiteral("INSERT INTO posts (t) VALUES ('one')")};
    if (v >= 2)
        sql << QStringLiteral("INSERT INTO posts (t) VALUES ('two')")
            << QStringLiteral("CREATE TABLE comments (id INTEGER)");
    if (v == 1)
        sql << QStringLiteral("CREATE TABLE legacy (x)");
    e << Entry {"db/", {}, Entry::Dir} << Entry {"db/app.db", TestArchive::sqliteDatabase(sql), Entry::File};
    return e;
}
} // namespace

class tst_IndexQueries : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cache = std::make_unique<IndexCache>(QStringLiteral("account-1"), m_dir.filePath(QStringLiteral("cache")));
        for (int v = 1; v <= 3; ++v) {
            const QString id = QStringLiteral("snap_%1").arg(v);
            const QString archive = m_dir.filePath(id + QStringLiteral(".tar.gz"));
            QVERIFY(TestArchive::write(archive, version(v)));
            IndexInfo info;
            info.snapshotId = id;
            info.siteId = QStringLiteral("site_1");
            info.environment = QStringLiteral("production");
            info.createdAt = QDateTime(QDate(2026, 5, v), QTime(3, 0), Qt::UTC);
            QDir().mkpath(m_cache->directory());
            const ArchiveIndexer::Result r = ArchiveIndexer::indexFile(archive, m_cache->indexPath(id), info);
            QVERIFY2(r.ok, qPrintable(r.error));
            QVERIFY(m_cache->addIndex(r.info));
        }
    }

    void childrenFoldersFirstThenByName()
    {
        const auto index = m_cache->open(QStringLiteral("snap_2"));
        QVERIFY(index);
        QStringList names;
        for (const IndexEntry &e : index->children(IndexComponent::Files))
            names << e.name;
        QCOMPARE(
            names,
            (QStringList {QStringLiteral("wp-content"), QStringLiteral("config.php"), QStringLiteral("index.php")}));
        const QList<IndexEntry> inside = index->children(IndexComponent::Files, QStringLiteral("wp-content"));
        QCOMPARE(inside.size(), 2);
        QCOMPARE(inside.at(1).path, QStringLiteral("wp-content/new-plugin.php"));
        QCOMPARE(index->entry(IndexComponent::Files, QStringLiteral("wp-content"))->size, 6);
        QCOMPARE(index->entry(IndexComponent::Files, QStringLiteral("/wp-content/"))->fileCount, 2);
        QVERIFY(!index->entry(IndexComponent::Files, QStringLiteral("nope")));
        QVERIFY(index->children(IndexComponent::Files, QStringLiteral("config.php")).isEmpty());
        QCOMPARE(index->children(IndexComponent::Db).constFirst().name, QStringLiteral("app.db"));
    }

    void searchByName()
    {
        const auto index = m_cache->open(QStringLiteral("snap_2"));
        bool more = true;
        QList<IndexEntry> found = index->search(QStringLiteral("PHP"), 100, &more);
        QCOMPARE(found.size(), 3);
        QVERIFY(!more);
        found = index->search(QStringLiteral(".php"), 2, &more);
        QCOMPARE(found.size(), 2);
        QVERIFY(more);
        QVERIFY(index->search(QStringLiteral("%"), 10).isEmpty()); // no wildcards
        QCOMPARE(index->search(QStringLiteral("app.db")).constFirst().component, IndexComponent::Db);
    }

    void diffOfSeededChanges()
    {
        const auto one = m_cache->open(QStringLiteral("snap_1"));
        const auto two = m_cache->open(QStringLiteral("snap_2"));
        const SnapshotDiff diff = SnapshotDiff::compare(*one, *two);
        QCOMPARE(diff.added.size(), 1);
        QCOMPARE(diff.added.constFirst().path, QStringLiteral("wp-content/new-plugin.php"));
        QCOMPARE(diff.added.constFirst().sizeNew, 4);
        QCOMPARE(diff.removed.size(), 1);
        QCOMPARE(diff.removed.constFirst().path, QStringLiteral("old.log"));
        QCOMPARE(diff.changed.size(), 1);
        QCOMPARE(diff.changed.constFirst().path, QStringLiteral("config.php"));
        QCOMPARE(diff.changed.constFirst().sizeOld, 5);
        QCOMPARE(diff.changed.constFirst().sizeNew, 14);
        QCOMPARE(diff.changed.constFirst().sizeChange(), 9);
        QVERIFY(diff.dbKnown && diff.dbChanged);
        QCOMPARE(diff.tables.size(), 3);
        QCOMPARE(diff.tables.at(0).name, QStringLiteral("comments"));
        QCOMPARE(diff.tables.at(0).kind, SnapshotDiff::TableChange::Kind::Added);
        QCOMPARE(diff.tables.at(1).name, QStringLiteral("legacy"));
        QCOMPARE(diff.tables.at(1).kind, SnapshotDiff::TableChange::Kind::Removed);
        QCOMPARE(diff.tables.at(2).name, QStringLiteral("posts"));
        QCOMPARE(diff.tables.at(2).rowsOld, 1);
        QCOMPARE(diff.tables.at(2).rowsNew, 2);
        QVERIFY(!diff.tables.at(2).schemaChanged());

        const QJsonObject json = diff.toJson();
        const QJsonObject files = json.value(QStringLiteral("files")).toObject();
        QCOMPARE(files.value(QStringLiteral("added")).toArray().at(0).toObject().value(QStringLiteral("size")).toInt(),
                 4);
        QCOMPARE(
            files.value(QStringLiteral("changed")).toArray().at(0).toObject().value(QStringLiteral("size_old")).toInt(),
            5);
        QCOMPARE(
            files.value(QStringLiteral("removed")).toArray().at(0).toObject().value(QStringLiteral("path")).toString(),
            QStringLiteral("old.log"));
        QCOMPARE(json.value(QStringLiteral("db")).toObject().value(QStringLiteral("tables")).toArray().size(), 3);

        QVERIFY(SnapshotDiff::compare(*two, *two).isEmpty());
        // Back again: config.php changed back, the plugin stays.
        const auto three = m_cache->open(QStringLiteral("snap_3"));
        const SnapshotDiff back = SnapshotDiff::compare(*two, *three);
        QCOMPARE(back.changed.size(), 1);
        QVERIFY(back.added.isEmpty() && back.removed.isEmpty());
        QVERIFY(back.tables.isEmpty());
    }

    void historyOfOnePath()
    {
        const PathHistory h = PathHistory::of(*m_cache, QStringLiteral("site_1"), QStringLiteral("production"),
                                              IndexComponent::Files, QStringLiteral("config.php"));
        QCOMPARE(h.indexed, 3);
        QCOMPARE(h.versions.size(), 3);
        QCOMPARE(h.versions.at(0).snapshot.snapshotId, QStringLiteral("snap_3")); // newest first
        QVERIFY(h.versions.at(0).changed);
        QCOMPARE(h.versions.at(0).entry.sha256, TestArchive::sha256("good\n"));
        QVERIFY(h.versions.at(1).changed);
        QCOMPARE(h.versions.at(1).entry.size, 14);
        QVERIFY(h.versions.at(2).changed); // the oldest starts the history

        const PathHistory same = PathHistory::of(*m_cache, QStringLiteral("site_1"), QStringLiteral("production"),
                                                 IndexComponent::Files, QStringLiteral("index.php"));
        QVERIFY(!same.versions.at(0).changed && !same.versions.at(1).changed && same.versions.at(2).changed);

        const PathHistory gone = PathHistory::of(*m_cache, QStringLiteral("site_1"), QStringLiteral("production"),
                                                 IndexComponent::Files, QStringLiteral("old.log"));
        QVERIFY(!gone.versions.at(0).present && !gone.versions.at(0).changed);
        QVERIFY(!gone.versions.at(1).present && gone.versions.at(1).changed);
        QVERIFY(gone.versions.at(2).present);

        QCOMPARE(PathHistory::of(*m_cache, QStringLiteral("site_1"), QStringLiteral("staging"), IndexComponent::Files,
                                 QStringLiteral("config.php"))
                     .indexed,
                 0);
    }

    void cacheCatalogueAndEviction()
    {
        QTemporaryDir dir;
        IndexCache::Limits limits;
        IndexCache cache(QStringLiteral("account-2"), dir.path(), limits);
        QVERIFY(cache.directory() != m_cache->directory());
        QVERIFY(cache.indexPath(QStringLiteral("../evil")).isEmpty());
        QVERIFY(cache.archivePath(QStringLiteral("a/b")).isEmpty());
        QVERIFY(!cache.open(QStringLiteral("snap_x")));

        QDir().mkpath(cache.archiveFolder());
        for (int v = 1; v <= 3; ++v) {
            const QString id = QStringLiteral("snap_%1").arg(v);
            QVERIFY(QFile::copy(m_cache->indexPath(id), cache.indexPath(id)));
            QVERIFY(QFile::copy(m_dir.filePath(id + QStringLiteral(".tar.gz")), cache.archivePath(id)));
            IndexInfo info = SnapshotIndex::open(cache.indexPath(id))->info();
            QVERIFY(cache.addIndex(info));
            QVERIFY(cache.addArchive(id));
            QTest::qWait(5); // distinct last-use times
        }
        QCOMPARE(cache.items().size(), 3);
        QVERIFY(cache.items().constFirst().hasArchive);
        cache.touch(QStringLiteral("snap_1")); // now the most recently used

        const qint64 oneArchive = QFileInfo(cache.archivePath(QStringLiteral("snap_1"))).size();
        limits.archiveBytes = oneArchive + 10;
        limits.indexBytes = 1LL << 30;
        IndexCache capped(QStringLiteral("account-2"), dir.path(), limits);
        // Least recently used first (snap_3, then snap_1), never the one in use (snap_2); the
        // indexes are under their own cap and stay.
        QCOMPARE(capped.evict({QStringLiteral("snap_2")}), 2);
        QVERIFY(capped.hasArchive(QStringLiteral("snap_2")));
        QVERIFY(!capped.hasArchive(QStringLiteral("snap_1")));
        QVERIFY(!capped.hasArchive(QStringLiteral("snap_3")));
        QVERIFY(capped.hasIndex(QStringLiteral("snap_1")) && capped.hasIndex(QStringLiteral("snap_3")));
        QCOMPARE(capped.items().size(), 3);

        limits.indexBytes = 1;
        IndexCache tiny(QStringLiteral("account-2"), dir.path(), limits);
        tiny.evict({QStringLiteral("snap_2")});
        QVERIFY(!tiny.hasIndex(QStringLiteral("snap_1")) && !tiny.hasIndex(QStringLiteral("snap_3")));
        QVERIFY(tiny.hasIndex(QStringLiteral("snap_2")));
        QCOMPARE(tiny.items().size(), 1);

        // A damaged index is not trusted: open() refuses it and removes it, to be built again.
        QVERIFY(TestArchive::write(tiny.indexPath(QStringLiteral("snap_2")), {{"not/an/index", "x", Entry::File}}));
        QString error;
        QVERIFY(!tiny.open(QStringLiteral("snap_2"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!tiny.hasIndex(QStringLiteral("snap_2")));
        tiny.remove(QStringLiteral("snap_2"));
        QVERIFY(tiny.items().isEmpty());

        // Half-written indexes: one a killed process left two days ago goes, one being written
        // stays.
        const QString stale = tiny.indexPath(QStringLiteral("snap_9")) + QStringLiteral(".part-0a1b2c3d4e5f");
        const QString live = tiny.indexPath(QStringLiteral("snap_8")) + QStringLiteral(".part-5f4e3d2c1b0a");
        for (const QString &path : {stale, live}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write("x") == 1);
        }
        QFile old(stale);
        QVERIFY(old.open(QIODevice::ReadWrite));
        QVERIFY(old.setFileTime(QDateTime::currentDateTimeUtc().addDays(-2), QFileDevice::FileModificationTime));
        old.close();
        tiny.evict();
        QVERIFY(!QFile::exists(stale));
        QVERIFY(QFile::exists(live));
    }

    void textDiff()
    {
        const QStringList a = LineDiff::splitLines(QStringLiteral("one\ntwo\nthree\nfour\n"));
        const QStringList b = LineDiff::splitLines(QStringLiteral("one\r\n2\r\nthree\r\nfour\r\nfive"));
        QCOMPARE(a.size(), 4);
        QCOMPARE(b.size(), 5);
        bool complete = false;
        const QList<LineDiff::Line> d = LineDiff::compare(a, b, 100, &complete);
        QVERIFY(complete);
        QString shape;
        for (const LineDiff::Line &l : d)
            shape += l.kind == LineDiff::Line::Kind::Same ? u' ' : l.kind == LineDiff::Line::Kind::Added ? u'+' : u'-';
        QCOMPARE(shape, QStringLiteral(" -+  +"));
        QCOMPARE(d.at(1).oldNumber, 2);
        QCOMPARE(d.at(2).newNumber, 2);
        QCOMPARE(d.at(5).text, QStringLiteral("five"));

        // Interleaved edits: the script is the shortest one (Myers), applied it gives b back.
        QStringList x, y;
        for (int i = 0; i < 200; ++i) {
            x << QString::number(i);
            if (i % 7 != 0)
                y << QString::number(i);
            if (i % 11 == 0)
                y << QStringLiteral("new %1").arg(i);
        }
        const QList<LineDiff::Line> e = LineDiff::compare(x, y, 1000, &complete);
        QVERIFY(complete);
        QStringList rebuiltOld, rebuiltNew;
        int edits = 0;
        for (const LineDiff::Line &l : e) {
            if (l.kind != LineDiff::Line::Kind::Added)
                rebuiltOld << l.text;
            if (l.kind != LineDiff::Line::Kind::Removed)
                rebuiltNew << l.text;
            edits += l.kind != LineDiff::Line::Kind::Same;
        }
        QCOMPARE(rebuiltOld, x);
        QCOMPARE(rebuiltNew, y);
        QCOMPARE(edits, 29 + 19); // 29 removed (multiples of 7), 19 added (multiples of 11)

        const QList<LineDiff::Line> capped = LineDiff::compare(x, y, 5, &complete);
        QVERIFY(!complete);
        QCOMPARE(capped.size() > 0, true);

        QVERIFY(LineDiff::looksLikeText("plain ü text\n"));
        QVERIFY(!LineDiff::looksLikeText(QByteArray("bin\0ary", 7)));
        QVERIFY(!LineDiff::looksLikeText("\xff\xfe broken"));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<IndexCache> m_cache;
};

QTEST_GUILESS_MAIN(tst_IndexQueries)
#include "tst_IndexQueries.moc"
