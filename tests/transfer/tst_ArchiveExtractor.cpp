// "Extract to folder": good archives verified against their manifest, hostile ones refused.
#include "transfer/ArchiveExtractor.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

#include <map>
#include <sys/stat.h>
#include <sys/sysmacros.h>

namespace {

struct Entry
{
    QByteArray path;
    QByteArray content;
    mode_t type = AE_IFREG;
    QByteArray link;       // symlink target
    QByteArray hardlink;   // hard link target
};

} // namespace

// Before any use: QList<Entry> is a metatype only once Entry is one.
Q_DECLARE_METATYPE(Entry)

namespace {

// Writes a .tar.gz with exactly these entries (in this order) using libarchive.
bool writeArchive(const QString &path, const QList<Entry> &entries)
{
    archive *a = archive_write_new();
    archive_write_add_filter_gzip(a);
    archive_write_set_format_pax_restricted(a);
    if (archive_write_open_filename(a, QFile::encodeName(path).constData()) != ARCHIVE_OK)
        return false;
    for (const Entry &e : entries) {
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, e.path.constData());
        archive_entry_set_filetype(entry, e.type);
        archive_entry_set_perm(entry, e.type == AE_IFDIR ? 0755 : 0644);
        if (!e.link.isEmpty())
            archive_entry_set_symlink(entry, e.link.constData());
        if (!e.hardlink.isEmpty())
            archive_entry_set_hardlink(entry, e.hardlink.constData());
        if (e.type == AE_IFCHR)
            archive_entry_set_rdev(entry, makedev(1, 3));
        archive_entry_set_size(entry, e.type == AE_IFREG && e.hardlink.isEmpty() ? e.content.size() : 0);
        archive_write_header(a, entry);
        if (e.type == AE_IFREG && e.hardlink.isEmpty())
            archive_write_data(a, e.content.constData(), size_t(e.content.size()));
        archive_entry_free(entry);
    }
    archive_write_close(a);
    archive_write_free(a);
    return true;
}

QByteArray sha(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

// The platform's component digest, written independently of the code under test.
QByteArray componentSha(const std::map<QByteArray, QByteArray> &files)
{
    QByteArray lines;
    for (const auto &[rel, content] : files) // std::map: byte order of the relative paths
        lines += sha(content) + "  " + rel + '\n';
    return sha(lines);
}

QList<Entry> snapshotEntries(bool tamper = false)
{
    const std::map<QByteArray, QByteArray> db = {{"dump.sql", "CREATE TABLE t(x);\nINSERT INTO t VALUES(1);\n"}};
    const std::map<QByteArray, QByteArray> files = {{"index.php", "<?php echo 1;"},
                                                    {"sub/a.txt", "a"},
                                                    {"Zeta.txt", "upper case sorts first"}};
    QJsonObject components{
        {QStringLiteral("db"), QJsonObject{{QStringLiteral("path"), QStringLiteral("db/")},
                                           {QStringLiteral("sha256"), QString::fromLatin1(componentSha(db))}}},
        {QStringLiteral("files"), QJsonObject{{QStringLiteral("path"), QStringLiteral("files/")},
                                              {QStringLiteral("sha256"), QString::fromLatin1(componentSha(files))}}}};
    const QJsonObject manifest{{QStringLiteral("format"), 1}, {QStringLiteral("components"), components}};
    QList<Entry> entries{{"manifest.json", QJsonDocument(manifest).toJson(), AE_IFREG, {}, {}},
                         {"db/", {}, AE_IFDIR, {}, {}},
                         {"files/", {}, AE_IFDIR, {}, {}},
                         {"files/sub/", {}, AE_IFDIR, {}, {}}};
    for (const auto &[rel, content] : db)
        entries.append({"db/" + rel, content, AE_IFREG, {}, {}});
    for (const auto &[rel, content] : files)
        entries.append({"files/" + rel, tamper && rel == "index.php" ? QByteArray("<?php evil();") : content,
                        AE_IFREG, {}, {}});
    // A link that stays inside is fine (and, like the platform, left out of the digest).
    entries.append({"files/current", {}, AE_IFLNK, "sub/a.txt", {}});
    return entries;
}

} // namespace

class tst_ArchiveExtractor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void extractsAndVerifies();
    void tamperedContentRefused();
    void hostileEntriesRefused_data();
    void hostileEntriesRefused();
    void nonEmptyTargetRefused();
    void asyncReportsProgress();
    void entryPathRules();

private:
    QString archivePath() const { return m_dir->filePath(QStringLiteral("snap.tar.gz")); }
    QString target() const { return m_dir->filePath(QStringLiteral("out/site")); }
    QStringList leftovers() const
    {
        return QDir(m_dir->filePath(QStringLiteral("out"))).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_ArchiveExtractor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_ArchiveExtractor::extractsAndVerifies()
{
    QVERIFY(writeArchive(archivePath(), snapshotEntries()));
    const auto result = ArchiveExtractor::extract(archivePath(), target());
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.components, (QStringList{QStringLiteral("db"), QStringLiteral("files")}));
    QFile index(target() + QStringLiteral("/files/index.php"));
    QVERIFY(index.open(QIODevice::ReadOnly));
    QCOMPARE(index.readAll(), QByteArray("<?php echo 1;"));
    QCOMPARE(QFileInfo(target() + QStringLiteral("/files/current")).symLinkTarget(),
             QFileInfo(target() + QStringLiteral("/files/sub/a.txt")).canonicalFilePath());
    QCOMPARE(leftovers(), QStringList{QStringLiteral("site")}); // no staging folder left
}

void tst_ArchiveExtractor::tamperedContentRefused()
{
    QVERIFY(writeArchive(archivePath(), snapshotEntries(true)));
    const auto result = ArchiveExtractor::extract(archivePath(), target());
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("files")), qPrintable(result.error));
    QVERIFY(!QFileInfo::exists(target()));
    QCOMPARE(leftovers(), QStringList());
}

void tst_ArchiveExtractor::hostileEntriesRefused_data()
{
    QTest::addColumn<QList<Entry>>("hostile");
    QTest::newRow("dotdot") << QList<Entry>{{"../evil", "x", AE_IFREG, {}, {}}};
    QTest::newRow("nested-dotdot") << QList<Entry>{{"files/../../evil", "x", AE_IFREG, {}, {}}};
    QTest::newRow("absolute") << QList<Entry>{{"/tmp/mf-extract-evil", "x", AE_IFREG, {}, {}}};
    QTest::newRow("symlink-to-etc") << QList<Entry>{{"files/etc", {}, AE_IFLNK, "/etc", {}}};
    QTest::newRow("symlink-climbing") << QList<Entry>{{"files/up", {}, AE_IFLNK, "../../../x", {}}};
    QTest::newRow("dotdot-through-symlink")
        << QList<Entry>{{"files/dir", {}, AE_IFLNK, "sub", {}}, {"files/dir/../../../evil", "x", AE_IFREG, {}, {}}};
    // Each link alone stays inside, but writing through one is what SECURE_SYMLINKS stops.
    QTest::newRow("write-through-symlink")
        << QList<Entry>{{"files/dir", {}, AE_IFLNK, "sub", {}}, {"files/dir/x", "x", AE_IFREG, {}, {}}};
    // Each link's text stays inside; followed together they end in the folder's parent.
    QTest::newRow("symlink-chain-climbing")
        << QList<Entry>{{"files/d", {}, AE_IFLNK, "..", {}}, {"files/e", {}, AE_IFLNK, "d/..", {}}};
    QTest::newRow("symlink-chain-to-missing-outside")
        << QList<Entry>{{"files/d", {}, AE_IFLNK, "..", {}}, {"files/e", {}, AE_IFLNK, "d/../nothing-here", {}}};
    QTest::newRow("hardlink-outside") << QList<Entry>{{"files/h", {}, AE_IFREG, {}, "../../etc/passwd"}};
    QTest::newRow("device") << QList<Entry>{{"files/null", {}, AE_IFCHR, {}, {}}};
    QTest::newRow("fifo") << QList<Entry>{{"files/fifo", {}, AE_IFIFO, {}, {}}};
}

void tst_ArchiveExtractor::hostileEntriesRefused()
{
    QFETCH(QList<Entry>, hostile);
    QList<Entry> entries = snapshotEntries();
    entries.append(hostile);
    QVERIFY(writeArchive(archivePath(), entries));
    const auto result = ArchiveExtractor::extract(archivePath(), target());
    QVERIFY(!result.ok);
    QVERIFY(!result.error.isEmpty());
    if (QByteArray(QTest::currentDataTag()) != "write-through-symlink") // libarchive's guard words it
        QVERIFY2(result.error.contains(QStringLiteral("refused")), qPrintable(result.error));
    QVERIFY(!QFileInfo::exists(target()));
    QCOMPARE(leftovers(), QStringList());
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("evil"))));
    QVERIFY(!QFileInfo::exists(QStringLiteral("/tmp/mf-extract-evil")));
}

void tst_ArchiveExtractor::nonEmptyTargetRefused()
{
    QVERIFY(writeArchive(archivePath(), snapshotEntries()));
    QVERIFY(QDir().mkpath(target()));
    QFile keep(target() + QStringLiteral("/keep.txt"));
    QVERIFY(keep.open(QIODevice::WriteOnly));
    keep.close();
    const auto result = ArchiveExtractor::extract(archivePath(), target());
    QVERIFY(!result.ok);
    QVERIFY(QFileInfo::exists(target() + QStringLiteral("/keep.txt")));
    QCOMPARE(QDir(target()).entryList(QDir::Files), QStringList{QStringLiteral("keep.txt")});
}

void tst_ArchiveExtractor::asyncReportsProgress()
{
    QVERIFY(writeArchive(archivePath(), snapshotEntries()));
    QFutureWatcher<ArchiveExtractor::Result> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    int lastProgress = -1;
    connect(&watcher, &QFutureWatcherBase::progressValueChanged, this, [&](int v) { lastProgress = v; });
    watcher.setFuture(ArchiveExtractor::extractAsync(archivePath(), target()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    const auto result = watcher.result();
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(lastProgress, 1000);
}

void tst_ArchiveExtractor::entryPathRules()
{
    QVERIFY(ArchiveExtractor::checkEntryPath(QStringLiteral("files/a/b.txt")).isEmpty());
    QVERIFY(ArchiveExtractor::checkEntryPath(QStringLiteral("./files/a")).isEmpty());
    QVERIFY(!ArchiveExtractor::checkEntryPath(QStringLiteral("C:/x")).isEmpty());
    QVERIFY(!ArchiveExtractor::checkEntryPath(QStringLiteral("a\\..\\b")).isEmpty());
    QVERIFY(!ArchiveExtractor::checkEntryPath(QString()).isEmpty());
    QVERIFY(ArchiveExtractor::checkLinkTarget(QStringLiteral("files/a/l"), QStringLiteral("../b")).isEmpty());
    QVERIFY(!ArchiveExtractor::checkLinkTarget(QStringLiteral("files/l"), QStringLiteral("../../b")).isEmpty());
    QVERIFY(!ArchiveExtractor::checkLinkTarget(QStringLiteral("l"), QStringLiteral("..")).isEmpty());
}

QTEST_GUILESS_MAIN(tst_ArchiveExtractor)
#include "tst_ArchiveExtractor.moc"
