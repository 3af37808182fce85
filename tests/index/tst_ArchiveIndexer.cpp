// The index equals the archive: every entry, size, mode, mtime, link and content hash, folder
// totals, component digests and the database's tables, checked against facts computed here
// independently; the same from a file and from a stream fed through ByteSink.
#include "TestArchive.h"
#include "index/ArchiveIndexer.h"
#include "index/SnapshotIndex.h"

#include <QMap>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using TestArchive::Entry;

namespace {

struct Expected
{
    QList<Entry> entries;
    QMap<QString, Entry> files; // relative to files/, File and Symlink and Hardlink
    QMap<QString, qint64> folderBytes; // every folder of files/, "" = root
    QMap<QString, qint64> folderFiles;
    QList<std::pair<QByteArray, QByteArray>> regular; // for the digest
    QList<std::pair<QByteArray, QByteArray>> dbRegular;
};

QString parentOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : path.left(slash);
}

void addFile(Expected &x, const QByteArray &rel, const QByteArray &content, int mode = 0644)
{
    Entry e {"files/" + rel, content, Entry::File, {}, mode};
    x.entries << e;
    x.files.insert(QString::fromUtf8(rel), e);
    x.regular.append({rel, content});
    QString folder = QString::fromUtf8(rel);
    do {
        folder = parentOf(folder);
        x.folderBytes[folder] += content.size();
        x.folderFiles[folder] += 1;
    } while (!folder.isEmpty());
}

Expected makeSnapshot(int fileCount)
{
    Expected x;
    QRandomGenerator random(20260501);
    x.entries << Entry {"manifest.json", "{\"format\": 1}", Entry::File};
    x.entries << Entry {"db/", {}, Entry::Dir};
    const QByteArray db = TestArchive::sqliteDatabase({
        QStringLiteral("CREATE TABLE posts (id INTEGER PRIMARY KEY, title TEXT)"),
        QStringLiteral("INSERT INTO posts (title) VALUES ('a'), ('b'), ('c')"),
        QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO users (email) VALUES ('x@example.org'), ('y@example.org')"),
    });
    x.entries << Entry {"db/app.db", db, Entry::File, {}, 0640};
    x.dbRegular.append({"app.db", db});
    x.entries << Entry {"files/", {}, Entry::Dir};
    x.folderBytes[QString()] = 0;
    for (int d = 0; d < 20; ++d) {
        // Folder 7 has no entry of its own: the index makes it up from its children.
        if (d != 7) {
            x.entries << Entry {"files/dir" + QByteArray::number(d) + "/", {}, Entry::Dir, {}, 0750};
            x.folderBytes[QStringLiteral("dir%1").arg(d)] += 0;
        }
    }
    for (int i = 0; i < fileCount; ++i) {
        const int size = i % 17 == 0 ? 0 : int(random.bounded(20000));
        QByteArray content(size, Qt::Uninitialized);
        for (int b = 0; b < size; ++b)
            content[b] = char(random.bounded(256));
        addFile(x, "dir" + QByteArray::number(i % 20) + "/file-" + QByteArray::number(i) + ".bin", content,
                i % 3 == 0 ? 0600 : 0644);
    }
    addFile(x, "wp-config.php", "<?php define('DB_NAME', 'wp');\n");
    addFile(x, "Zeta upper.txt", "sorts before lower case\n");
    addFile(x, "ünïcödé.txt", "utf-8 names\n");
    Entry link {"files/current", {}, Entry::Symlink, "dir1/file-1.bin"};
    x.entries << link;
    x.files.insert(QStringLiteral("current"), link);
    Entry hard {"files/dir2/hard", {}, Entry::Hardlink, "files/wp-config.php"};
    x.entries << hard;
    x.files.insert(QStringLiteral("dir2/hard"), hard);
    const qint64 hardSize = x.files.value(QStringLiteral("wp-config.php")).content.size();
    for (QString folder = QStringLiteral("dir2");; folder = parentOf(folder)) {
        x.folderBytes[folder] += hardSize;
        x.folderFiles[folder] += 1;
        if (folder.isEmpty())
            break;
    }
    return x;
}

IndexInfo infoFor(const QString &id)
{
    IndexInfo info;
    info.snapshotId = id;
    info.siteId = QStringLiteral("site_1");
    info.environment = QStringLiteral("production");
    info.createdAt = QDateTime(QDate(2026, 5, 1), QTime(3, 0), Qt::UTC);
    return info;
}

// Every entry of both components, as text, for comparing two indexes.
QStringList dump(const SnapshotIndex &index)
{
    QStringList lines;
    for (IndexComponent c : {IndexComponent::Files, IndexComponent::Db}) {
        index.forEach(c, [&lines](const IndexEntry &e) {
            lines << QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9")
                         .arg(int(e.component))
                         .arg(e.path)
                         .arg(int(e.type))
                         .arg(e.size)
                         .arg(e.mode)
                         .arg(e.mtime.toSecsSinceEpoch())
                         .arg(QString::fromLatin1(e.sha256), e.linkTarget)
                         .arg(e.fileCount);
            return true;
        });
    }
    for (const IndexTable &t : index.tables())
        lines << QStringLiteral("table|%1|%2|%3").arg(t.name).arg(t.rows).arg(t.schema);
    return lines;
}

} // namespace

class tst_ArchiveIndexer : public QObject
{
    Q_OBJECT
    // A snapshot of `files` files written to "<name>.tar.gz" in the test's folder; its bytes.
    QByteArray archiveBytes(const QString &name, int files)
    {
        const QString archive = m_dir.filePath(name + QStringLiteral(".tar.gz"));
        if (!TestArchive::write(archive, makeSnapshot(files).entries))
            return {};
        QFile file(archive);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void indexEqualsArchive()
    {
        const Expected x = makeSnapshot(3000);
        const QString archive = m_dir.filePath(QStringLiteral("a.tar.gz"));
        QVERIFY(TestArchive::write(archive, x.entries));
        const QString indexPath = m_dir.filePath(QStringLiteral("a.index"));
        const ArchiveIndexer::Result r
            = ArchiveIndexer::indexFile(archive, indexPath, infoFor(QStringLiteral("snap_a")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(!QFile::exists(indexPath + QStringLiteral(".part")));

        QString error;
        const auto index = SnapshotIndex::open(indexPath, &error);
        QVERIFY2(index, qPrintable(error));
        QCOMPARE(index->info().snapshotId, QStringLiteral("snap_a"));
        QCOMPARE(index->info().environment, QStringLiteral("production"));
        QVERIFY(index->info().hasFiles && index->info().hasDb);
        QCOMPARE(index->info().filesSha256.toLatin1(), TestArchive::componentDigest(x.regular));
        QCOMPARE(index->info().dbSha256.toLatin1(), TestArchive::componentDigest(x.dbRegular));
        QCOMPARE(index->info().archiveBytes, QFileInfo(archive).size());

        int seenFiles = 0, seenDirs = 0;
        index->forEach(IndexComponent::Files, [&](const IndexEntry &e) {
            if (e.isDir()) {
                ++seenDirs;
                [&] {
                    QVERIFY2(x.folderBytes.contains(e.path), qPrintable(e.path));
                    QCOMPARE(e.size, x.folderBytes.value(e.path));
                    QCOMPARE(e.fileCount, x.folderFiles.value(e.path));
                    QCOMPARE(e.implicit, e.path == QLatin1String("dir7"));
                }();
                return !QTest::currentTestFailed();
            }
            ++seenFiles;
            [&] {
                QVERIFY2(x.files.contains(e.path), qPrintable(e.path));
                const Entry &want = x.files.value(e.path);
                QCOMPARE(e.name, e.path.mid(e.path.lastIndexOf(QLatin1Char('/')) + 1));
                QCOMPARE(e.mtime.toSecsSinceEpoch(), want.mtime);
                switch (want.kind) {
                case Entry::File:
                    QCOMPARE(e.type, IndexEntry::Type::File);
                    QCOMPARE(e.size, want.content.size());
                    QCOMPARE(e.sha256, TestArchive::sha256(want.content));
                    QCOMPARE(e.mode, want.mode);
                    break;
                case Entry::Symlink:
                    QCOMPARE(e.type, IndexEntry::Type::Symlink);
                    QCOMPARE(e.linkTarget, QString::fromUtf8(want.link));
                    QVERIFY(e.sha256.isEmpty());
                    break;
                case Entry::Hardlink: {
                    QCOMPARE(e.type, IndexEntry::Type::Hardlink);
                    QCOMPARE(e.linkTarget, QStringLiteral("wp-config.php"));
                    const QByteArray target = x.files.value(QStringLiteral("wp-config.php")).content;
                    QCOMPARE(e.sha256, TestArchive::sha256(target));
                    QCOMPARE(e.size, target.size());
                    break;
                }
                default:
                    QFAIL("unexpected kind");
                }
            }();
            return !QTest::currentTestFailed();
        });
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(seenFiles, x.files.size());
        QCOMPARE(seenDirs, x.folderBytes.size());
        QCOMPARE(index->count(IndexComponent::Files), qint64(seenFiles + seenDirs - 1)); // the root is not counted

        const QList<IndexTable> tables = index->tables();
        QCOMPARE(tables.size(), 2);
        QCOMPARE(tables.at(0).name, QStringLiteral("posts"));
        QCOMPARE(tables.at(0).rows, 3);
        QCOMPARE(tables.at(0).source, QStringLiteral("app.db"));
        QVERIFY(tables.at(0).schema.startsWith(QLatin1String("CREATE TABLE posts")));
        QCOMPARE(tables.at(1).name, QStringLiteral("users"));
        QCOMPARE(tables.at(1).rows, 2);
        const auto app = index->entry(IndexComponent::Db, QStringLiteral("app.db"));
        QVERIFY(app);
        QCOMPARE(app->sha256, TestArchive::sha256(x.dbRegular.constFirst().second));
    }

    void streamEqualsFile()
    {
        const QByteArray bytes = archiveBytes(QStringLiteral("s"), 800);
        QVERIFY(!bytes.isEmpty());
        const QString archive = m_dir.filePath(QStringLiteral("s.tar.gz"));

        const QString fromFile = m_dir.filePath(QStringLiteral("file.index"));
        QVERIFY(ArchiveIndexer::indexFile(archive, fromFile, infoFor(QStringLiteral("snap_s"))).ok);

        // A small queue, so the writer really waits for the indexer (back-pressure) on the way.
        ArchiveIndexer::Options options;
        options.queueBytes = 16 * 1024;
        const QString fromStream = m_dir.filePath(QStringLiteral("stream.index"));
        auto sink = std::make_shared<ArchiveIndexer>(fromStream, infoFor(QStringLiteral("snap_s")), options);
        std::thread downloader([sink, bytes] {
            QRandomGenerator random(7);
            for (qint64 at = 0; at < bytes.size();) {
                const qint64 n = qMin<qint64>(bytes.size() - at, 1 + random.bounded(40000));
                sink->write(bytes.constData() + at, n);
                at += n;
            }
            sink->finish(true);
        });
        QFuture<ArchiveIndexer::Result> future = sink->result();
        future.waitForFinished();
        downloader.join();
        const ArchiveIndexer::Result r = future.result();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.indexPath, fromStream);

        const auto a = SnapshotIndex::open(fromFile);
        const auto b = SnapshotIndex::open(fromStream);
        QVERIFY(a && b);
        QCOMPARE(dump(*b), dump(*a));
        QCOMPARE(b->info().filesSha256, a->info().filesSha256);
    }

    void abandonedDownloadLeavesNoIndex()
    {
        const QByteArray bytes = archiveBytes(QStringLiteral("h"), 200);
        QVERIFY(!bytes.isEmpty());
        const QString indexPath = m_dir.filePath(QStringLiteral("h.index"));

        // Everything arrived, but the checksum failed: finish(false) keeps no index.
        {
            auto sink = std::make_shared<ArchiveIndexer>(indexPath, infoFor(QStringLiteral("snap_h")));
            sink->write(bytes.constData(), bytes.size());
            sink->finish(false);
            QFuture<ArchiveIndexer::Result> f = sink->result();
            f.waitForFinished();
            QVERIFY(!f.result().ok);
            QVERIFY(!f.result().error.isEmpty());
        }
        // Half of it, then the download was abandoned.
        {
            auto sink = std::make_shared<ArchiveIndexer>(indexPath, infoFor(QStringLiteral("snap_h")));
            sink->write(bytes.constData(), bytes.size() / 2);
            sink->finish(false);
            QFuture<ArchiveIndexer::Result> f = sink->result();
            f.waitForFinished();
            QVERIFY(!f.result().ok);
        }
        // Half, and then the sink is dropped without finish(): no hang, nothing left.
        {
            auto sink = std::make_shared<ArchiveIndexer>(indexPath, infoFor(QStringLiteral("snap_h")));
            sink->write(bytes.constData(), bytes.size() / 2);
        }
        QVERIFY(!QFile::exists(indexPath));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("h.index.part*")}, QDir::Files), QStringList());
    }

    void overlappingBuildersKeepToTheirOwnFiles()
    {
        // A quick pause and resume: the first download's indexer is still going when the second
        // one starts for the same snapshot, and gives up after the second has begun writing.
        const QByteArray bytes = archiveBytes(QStringLiteral("o"), 300);
        QVERIFY(!bytes.isEmpty());
        const QString indexPath = m_dir.filePath(QStringLiteral("o.index"));
        const auto parts = [&] { return QDir(m_dir.path()).entryList({QStringLiteral("o.index.part*")}, QDir::Files); };

        auto first = std::make_shared<ArchiveIndexer>(indexPath, infoFor(QStringLiteral("snap_o")));
        first->write(bytes.constData(), bytes.size() / 2);
        QTRY_COMPARE(parts().size(), 1);
        auto second = std::make_shared<ArchiveIndexer>(indexPath, infoFor(QStringLiteral("snap_o")));
        second->write(bytes.constData(), bytes.size() / 3);
        QTRY_COMPARE(parts().size(), 2);
        first->finish(false);
        QFuture<ArchiveIndexer::Result> abandoned = first->result();
        abandoned.waitForFinished();
        QVERIFY(!abandoned.result().ok);
        second->write(bytes.constData() + bytes.size() / 3, bytes.size() - bytes.size() / 3);
        second->finish(true);
        QFuture<ArchiveIndexer::Result> done = second->result();
        done.waitForFinished();
        QVERIFY2(done.result().ok, qPrintable(done.result().error));
        QVERIFY(SnapshotIndex::open(indexPath));
        QCOMPARE(parts(), QStringList());
    }

    void truncatedStreamRefused()
    {
        const QByteArray whole = archiveBytes(QStringLiteral("t"), 200);
        QVERIFY(!whole.isEmpty());
        const QByteArray half = whole.left(whole.size() / 2);
        // A sink told "complete" about a stream that is not: refused, not a half index.
        auto sink = std::make_shared<ArchiveIndexer>(m_dir.filePath(QStringLiteral("t.index")),
                                                     infoFor(QStringLiteral("snap_t")));
        sink->write(half.constData(), half.size());
        sink->finish(true);
        QFuture<ArchiveIndexer::Result> f = sink->result();
        f.waitForFinished();
        QVERIFY(!f.result().ok);
        QVERIFY2(f.result().error.contains(QLatin1String("damaged")), qPrintable(f.result().error));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("t.index"))));
    }

    void sqlDumpTables()
    {
        const QByteArray mysql
            = "-- MySQL dump 10.13\n/*!40101 SET NAMES utf8mb4 */;\n"
              "DROP TABLE IF EXISTS `wp_posts`;\n"
              "CREATE TABLE `wp_posts` (\n  `ID` bigint(20) unsigned NOT NULL AUTO_INCREMENT,\n  `post_title` text,\n"
              "  PRIMARY KEY (`ID`)\n) ENGINE=InnoDB;\n"
              "INSERT INTO `wp_posts` VALUES (1,'Hello (world)'),(2,'It\\'s; a \\\\ test'),(3,'a),(b');\n"
              "INSERT INTO `wp_posts` (`ID`, `post_title`) VALUES (4,'four');\n"
              "CREATE TABLE IF NOT EXISTS `wp_options` (`option_name` varchar(191));\n"
              "# a comment; with a semicolon\n"
              "INSERT INTO `wp_options` VALUES ('siteurl'), ('home');\n";
        const QByteArray postgres = "CREATE TABLE public.users (\n    id integer NOT NULL,\n    name text\n);\n"
                                    "COPY public.users (id, name) FROM stdin;\n1\tann; (x\n2\tbob's\n3\t\\N\n\\.\n"
                                    "CREATE TABLE \"Empty\" (x int);\n";
        const QList<Entry> entries {{"db/", {}, Entry::Dir},
                                    {"db/dump.sql", mysql, Entry::File},
                                    {"db/pg.sql", postgres, Entry::File},
                                    {"db/notes.txt", "CREATE TABLE nope (x);", Entry::File}};
        const QString archive = m_dir.filePath(QStringLiteral("d.tar.gz"));
        QVERIFY(TestArchive::write(archive, entries));
        const QString indexPath = m_dir.filePath(QStringLiteral("d.index"));
        const ArchiveIndexer::Result r
            = ArchiveIndexer::indexFile(archive, indexPath, infoFor(QStringLiteral("snap_d")));
        QVERIFY2(r.ok, qPrintable(r.error));
        const auto index = SnapshotIndex::open(indexPath);
        QVERIFY(index);
        QMap<QString, IndexTable> tables;
        for (const IndexTable &t : index->tables())
            tables.insert(t.name, t);
        QCOMPARE(tables.keys(),
                 (QStringList {QStringLiteral("Empty"), QStringLiteral("users"), QStringLiteral("wp_options"),
                               QStringLiteral("wp_posts")}));
        QCOMPARE(tables.value(QStringLiteral("wp_posts")).rows, 4);
        QCOMPARE(tables.value(QStringLiteral("wp_posts")).source, QStringLiteral("dump.sql"));
        QVERIFY(tables.value(QStringLiteral("wp_posts")).schema.startsWith(QLatin1String("CREATE TABLE `wp_posts`")));
        QVERIFY(tables.value(QStringLiteral("wp_posts")).schema.contains(QLatin1String("ENGINE=InnoDB")));
        QCOMPARE(tables.value(QStringLiteral("wp_options")).rows, 2);
        QCOMPARE(tables.value(QStringLiteral("users")).rows, 3);
        QCOMPARE(tables.value(QStringLiteral("users")).source, QStringLiteral("pg.sql"));
        QCOMPARE(tables.value(QStringLiteral("Empty")).rows, 0);
        QVERIFY(!index->info().hasFiles);
        QVERIFY(index->info().hasDb);
    }

    void sqliteInWalModeAndSpooled()
    {
        QByteArray db = TestArchive::sqliteDatabase(
            {QStringLiteral("CREATE TABLE t (x)"),
             QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) "
                            "INSERT INTO t SELECT i FROM n")});
        QVERIFY(db.size() > 8192);
        db[18] = 2; // as a database in WAL mode says of itself
        db[19] = 2;
        const QString archive = m_dir.filePath(QStringLiteral("w.tar.gz"));
        QVERIFY(TestArchive::write(archive, {{"db/app.db", db, Entry::File}}));
        for (const qint64 memory : {qint64(256) << 20, qint64(4096)}) { // in memory, then spooled to disk
            ArchiveIndexer::Options options;
            options.maxDatabaseBytes = memory;
            const QString indexPath = m_dir.filePath(QStringLiteral("w%1.index").arg(memory));
            const ArchiveIndexer::Result r
                = ArchiveIndexer::indexFile(archive, indexPath, infoFor(QStringLiteral("snap_w")), options);
            QVERIFY2(r.ok, qPrintable(r.error));
            const auto index = SnapshotIndex::open(indexPath);
            QVERIFY(index);
            QCOMPARE(index->tables().size(), 1);
            QCOMPARE(index->tables().constFirst().rows, 5000);
            // The content hash is of the bytes as archived, not of anything patched for reading.
            QCOMPARE(index->entry(IndexComponent::Db, QStringLiteral("app.db"))->sha256, TestArchive::sha256(db));
            QVERIFY(!QFile::exists(indexPath + QStringLiteral(".db-spool")));
        }
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(tst_ArchiveIndexer)
#include "tst_ArchiveIndexer.moc"
