// Hostile archives are indexed or refused with a sentence, never a crash, and a refusal leaves
// no index behind.
#include "TestArchive.h"
#include "index/ArchiveIndexer.h"
#include "index/SnapshotIndex.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

using TestArchive::Entry;

namespace {
IndexInfo info()
{
    IndexInfo i;
    i.snapshotId = QStringLiteral("snap_hostile");
    return i;
}

// A one-entry ustar archive written by hand: the header says `declared` bytes, `data` follows.
QByteArray handMadeTar(const QByteArray &name, qint64 declared, const QByteArray &data)
{
    QByteArray header(512, '\0');
    const auto put = [&header](int at, const QByteArray &value) { header.replace(at, value.size(), value); };
    put(0, name);
    put(100, "0000644");
    put(108, "0001750");
    put(116, "0001750");
    put(124, QByteArray::number(declared, 8).rightJustified(11, '0'));
    put(136, "15124000000");
    put(148, "        ");
    header[156] = '0';
    put(257,
        QByteArray("ustar\0"
                   "00",
                   8));
    int sum = 0;
    for (char c : std::as_const(header))
        sum += uchar(c);
    put(148, QByteArray::number(sum, 8).rightJustified(6, '0') + QByteArray("\0 ", 2));
    QByteArray padded = data;
    padded.append(QByteArray((512 - padded.size() % 512) % 512, 'A'));
    return header + padded + QByteArray(1024, '\0');
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}
} // namespace

class tst_IndexHostile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_archive = m_dir.filePath(QStringLiteral("x.tar.gz"));
        m_index = m_dir.filePath(QStringLiteral("x.index"));
        QFile::remove(m_index);
    }

    void refused_data()
    {
        QTest::addColumn<QList<Entry>>("entries");
        QTest::addColumn<QString>("why");
        QTest::newRow("climbs out") << QList<Entry> {{"files/../../etc/passwd", "x", Entry::File}}
                                    << QStringLiteral("climbs out");
        QTest::newRow("absolute") << QList<Entry> {{"/etc/passwd", "x", Entry::File}} << QStringLiteral("absolute");
        QTest::newRow("backslash") << QList<Entry> {{"files/a\\..\\..\\b", "x", Entry::File}}
                                   << QStringLiteral("backslash");
        QTest::newRow("hard link out of the archive")
            << QList<Entry> {{"files/a", "x", Entry::File}, {"files/h", {}, Entry::Hardlink, "../../etc/shadow"}}
            << QStringLiteral("hard link");
        QTest::newRow("hard link into the other component")
            << QList<Entry> {{"db/app.db", "x", Entry::File}, {"files/h", {}, Entry::Hardlink, "db/app.db"}}
            << QStringLiteral("hard link");
        QTest::newRow("a file and a folder at one path")
            << QList<Entry> {{"files/a", "x", Entry::File}, {"files/a/b", "y", Entry::File}}
            << QStringLiteral("both a file and a folder");
        QTest::newRow("the component root as a file")
            << QList<Entry> {{"files", "x", Entry::File}} << QStringLiteral("folder");
    }

    void refused()
    {
        QFETCH(QList<Entry>, entries);
        QFETCH(QString, why);
        QVERIFY(TestArchive::write(m_archive, entries));
        const ArchiveIndexer::Result r = ArchiveIndexer::indexFile(m_archive, m_index, info());
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(why), qPrintable(r.error));
        QVERIFY(!QFile::exists(m_index));
        QVERIFY(!QFile::exists(m_index + QStringLiteral(".part")));
    }

    void linksAreRecordedNeverFollowed()
    {
        QVERIFY(TestArchive::write(m_archive,
                                   {{"files/evil", {}, Entry::Symlink, "../../../../etc/passwd"},
                                    {"files/abs", {}, Entry::Symlink, "/etc/shadow"},
                                    {"files/loop", {}, Entry::Symlink, "loop"},
                                    {"files/fifo", {}, Entry::Fifo}}));
        const ArchiveIndexer::Result r = ArchiveIndexer::indexFile(m_archive, m_index, info());
        QVERIFY2(r.ok, qPrintable(r.error));
        const auto index = SnapshotIndex::open(m_index);
        QVERIFY(index);
        QCOMPARE(index->entry(IndexComponent::Files, QStringLiteral("evil"))->linkTarget,
                 QStringLiteral("../../../../etc/passwd"));
        QCOMPARE(index->entry(IndexComponent::Files, QStringLiteral("abs"))->type, IndexEntry::Type::Symlink);
        QCOMPARE(index->entry(IndexComponent::Files, QStringLiteral("fifo"))->type, IndexEntry::Type::Other);
        QCOMPARE(index->entry(IndexComponent::Files, QString())->size, 0); // links have no content to count
    }

    void entryLargerThanItsHeaderSays()
    {
        // The header says 10 bytes; 1,500 follow. The extra bytes are read as the next header,
        // which is not a valid one (libarchive calls it damaged, or reads a nameless entry).
        QVERIFY(writeBytes(m_archive, handMadeTar("files/big.bin", 10, QByteArray(1500, 'A'))));
        const ArchiveIndexer::Result r = ArchiveIndexer::indexFile(m_archive, m_index, info());
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("damaged")) || r.error.contains(QLatin1String("refused")),
                 qPrintable(r.error));
        QVERIFY(!QFile::exists(m_index));
    }

    void entrySmallerThanItsHeaderSays()
    {
        // The header promises 100,000 bytes; the archive ends long before.
        QByteArray tar = handMadeTar("files/short.bin", 100000, QByteArray(600, 'B'));
        tar.chop(1024);
        QVERIFY(writeBytes(m_archive, tar));
        const ArchiveIndexer::Result r = ArchiveIndexer::indexFile(m_archive, m_index, info());
        QVERIFY(!r.ok);
        QVERIFY(!QFile::exists(m_index));
    }

    void notAnArchive()
    {
        QVERIFY(writeBytes(m_archive, QByteArray(100000, 'z')));
        QVERIFY(!ArchiveIndexer::indexFile(m_archive, m_index, info()).ok);
        QVERIFY(writeBytes(m_archive, QByteArray()));
        const ArchiveIndexer::Result empty = ArchiveIndexer::indexFile(m_archive, m_index, info());
        // An empty file is no archive either way: refused, or an index with nothing in it.
        QVERIFY(!empty.ok || (!empty.info.hasFiles && !empty.info.hasDb));
        QVERIFY(!ArchiveIndexer::indexFile(m_dir.filePath(QStringLiteral("missing.tar.gz")), m_index, info()).ok);
    }

    void damagedDatabaseStillIndexesTheFiles()
    {
        QByteArray db = TestArchive::sqliteDatabase(
            {QStringLiteral("CREATE TABLE t (x)"), QStringLiteral("INSERT INTO t VALUES (1)")});
        for (qsizetype i = 100; i < db.size(); i += 7)
            db[i] = char(i * 31);
        QVERIFY(TestArchive::write(m_archive, {{"db/app.db", db, Entry::File}, {"files/a.txt", "a", Entry::File}}));
        const ArchiveIndexer::Result r = ArchiveIndexer::indexFile(m_archive, m_index, info());
        QVERIFY2(r.ok, qPrintable(r.error));
        const auto index = SnapshotIndex::open(m_index);
        QVERIFY(index);
        QVERIFY(index->entry(IndexComponent::Files, QStringLiteral("a.txt")));
        for (const IndexTable &t : index->tables())
            QVERIFY(t.rows >= -1);
    }

    void tooManyEntriesRefused()
    {
        QList<Entry> entries;
        for (int i = 0; i < 200; ++i)
            entries.append({"files/f" + QByteArray::number(i), {}, Entry::File});
        QVERIFY(TestArchive::write(m_archive, entries));
        ArchiveIndexer::Options options;
        options.maxEntries = 100;
        const ArchiveIndexer::Result r = ArchiveIndexer::indexFile(m_archive, m_index, info(), options);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("100")), qPrintable(r.error));
        QVERIFY(!QFile::exists(m_index));
    }

    void aMillionTinyEntries()
    {
        // 1,000 folders of 1,000 empty files, written straight with libarchive (fast gzip).
        archive *a = archive_write_new();
        archive_write_add_filter_gzip(a);
        archive_write_set_filter_option(a, "gzip", "compression-level", "1");
        archive_write_set_format_ustar(a);
        QCOMPARE(archive_write_open_filename(a, QFile::encodeName(m_archive).constData()), ARCHIVE_OK);
        archive_entry *entry = archive_entry_new();
        for (int d = 0; d < 1000; ++d) {
            for (int f = 0; f < 1000; ++f) {
                archive_entry_clear(entry);
                archive_entry_set_pathname(entry, QStringLiteral("files/d%1/f%2").arg(d).arg(f).toUtf8().constData());
                archive_entry_set_filetype(entry, AE_IFREG);
                archive_entry_set_perm(entry, 0644);
                archive_entry_set_size(entry, 0);
                QCOMPARE(archive_write_header(a, entry), ARCHIVE_OK);
            }
        }
        archive_entry_free(entry);
        archive_write_close(a);
        archive_write_free(a);

        QElapsedTimer timer;
        timer.start();
        const ArchiveIndexer::Result r = ArchiveIndexer::indexFile(m_archive, m_index, info());
        QVERIFY2(r.ok, qPrintable(r.error));
        qInfo("indexed 1,000,000 entries in %lld ms", timer.elapsed());
        const auto index = SnapshotIndex::open(m_index);
        QVERIFY(index);
        QCOMPARE(index->count(IndexComponent::Files), 1'001'000); // the files and their 1,000 folders
        QCOMPARE(index->children(IndexComponent::Files, QStringLiteral("d999")).size(), 1000);
        QCOMPARE(index->entry(IndexComponent::Files, QStringLiteral("d5"))->fileCount, 1000);
        QCOMPARE(index->entry(IndexComponent::Files, QString())->fileCount, 1'000'000);
        QFile::remove(m_archive);
    }

private:
    QTemporaryDir m_dir;
    QString m_archive;
    QString m_index;
};

QTEST_GUILESS_MAIN(tst_IndexHostile)
#include "tst_IndexHostile.moc"
