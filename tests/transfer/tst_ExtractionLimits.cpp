// Extraction under hostile or careless archives (issue 16, items 6 and 7): modes follow the umask
// and never exceed what the archive asks; a "./" entry with mode 0000 or an unreadable folder
// leaves no staging folder behind and says what was wrong; an archive that expands beyond its
// manifest's sizes or the free space stops with a sentence. Archives are made here (libarchive,
// or a hand-written tar header where libarchive would pad to the declared size).
#include "transfer/ArchiveExtractor.h"
#include "transfer/ExtractionTarget.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

#include <linux/capability.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <map>

namespace {

struct Item
{
    QByteArray path;
    QByteArray content;
    mode_t type = AE_IFREG;
    int perm = 0644;
    qint64 zeros = 0; // appended zero bytes (compress to almost nothing)
};

bool writeArchive(const QString &path, const QList<Item> &items)
{
    archive *a = archive_write_new();
    archive_write_add_filter_gzip(a);
    archive_write_set_format_pax_restricted(a);
    if (archive_write_open_filename(a, QFile::encodeName(path).constData()) != ARCHIVE_OK)
        return false;
    const QByteArray zeros(1 << 20, '\0');
    for (const Item &item : items) {
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, item.path.constData());
        archive_entry_set_filetype(entry, item.type);
        archive_entry_set_perm(entry, mode_t(item.perm));
        archive_entry_set_size(entry, item.type == AE_IFREG ? item.content.size() + item.zeros : 0);
        archive_write_header(a, entry);
        if (item.type == AE_IFREG) {
            archive_write_data(a, item.content.constData(), size_t(item.content.size()));
            for (qint64 left = item.zeros; left > 0; left -= zeros.size())
                archive_write_data(a, zeros.constData(), size_t(qMin<qint64>(left, zeros.size())));
        }
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

// A snapshot archive with a correct manifest; `perms` overrides modes by path, `extra` is added
// after the manifest and not declared in it.
QList<Item> snapshot(const std::map<QByteArray, int> &perms = {}, const QList<Item> &extra = {},
                     const QList<Item> &before = {})
{
    const std::map<QByteArray, QByteArray> db = {{"dump.sql", "CREATE TABLE t(x);\n"}};
    const std::map<QByteArray, QByteArray> files = {{"index.php", "<?php echo 1;"}, {"sub/a.txt", "a"}};
    auto digest = [](const std::map<QByteArray, QByteArray> &tree, qint64 *size) {
        QByteArray lines;
        for (const auto &[rel, content] : tree) {
            lines += sha(content) + "  " + rel + '\n';
            *size += content.size();
        }
        return QString::fromLatin1(sha(lines));
    };
    qint64 dbSize = 0, filesSize = 0;
    const QString dbSha = digest(db, &dbSize), filesSha = digest(files, &filesSize);
    const QJsonObject components{
        {QStringLiteral("db"), QJsonObject{{QStringLiteral("path"), QStringLiteral("db/")}, {QStringLiteral("size_bytes"), dbSize},
                                           {QStringLiteral("sha256"), dbSha}}},
        {QStringLiteral("files"), QJsonObject{{QStringLiteral("path"), QStringLiteral("files/")},
                                              {QStringLiteral("size_bytes"), filesSize}, {QStringLiteral("sha256"), filesSha}}}};
    const QJsonObject manifest{{QStringLiteral("format"), 1}, {QStringLiteral("components"), components}};
    QList<Item> items = before;
    items << Item{"manifest.json", QJsonDocument(manifest).toJson(), AE_IFREG, 0644, 0}
          << Item{"db/", {}, AE_IFDIR, 0755, 0} << Item{"files/", {}, AE_IFDIR, 0755, 0}
          << Item{"files/sub/", {}, AE_IFDIR, 0755, 0};
    for (const auto &[rel, content] : db)
        items << Item{"db/" + rel, content, AE_IFREG, 0644, 0};
    for (const auto &[rel, content] : files)
        items << Item{"files/" + rel, content, AE_IFREG, 0644, 0};
    items << extra;
    for (Item &item : items) {
        const auto it = perms.find(item.path);
        if (it != perms.end())
            item.perm = it->second;
    }
    return items;
}

int modeOf(const QString &path)
{
    struct stat st = {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

// As root, file modes do not bind (CAP_DAC_OVERRIDE): drop those capabilities from this thread
// for a test, so an unreadable folder is unreadable here as it is for a user.
bool setFileCapabilities(bool on)
{
    if (::geteuid() != 0)
        return true;
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[2] = {};
    if (::syscall(SYS_capget, &header, data) != 0)
        return false;
    for (const int cap : {CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER}) {
        if (on)
            data[cap / 32].effective |= (1u << (cap % 32));
        else
            data[cap / 32].effective &= ~(1u << (cap % 32));
    }
    return ::syscall(SYS_capset, &header, data) == 0;
}

struct Umask
{
    explicit Umask(mode_t mask) : previous(::umask(mask)) {}
    ~Umask() { ::umask(previous); }
    mode_t previous;
};

// A ustar header by hand, with the size in base-256 (as GNU tar writes sizes over 8 GiB).
QByteArray tarHeader(const QByteArray &name, quint64 size)
{
    QByteArray h(512, '\0');
    auto put = [&h](int offset, const QByteArray &value) { std::copy(value.begin(), value.end(), h.begin() + offset); };
    put(0, name);
    put(100, "0000644");
    put(108, "0000000");
    put(116, "0000000");
    h[124] = char(0x80);
    for (int i = 0; i < 8; ++i)
        h[135 - i] = char((size >> (8 * i)) & 0xff);
    put(136, "00000000000");
    h[156] = '0';
    put(257, QByteArray("ustar\0" "00", 8));
    put(148, "        ");
    unsigned sum = 0;
    for (const char c : std::as_const(h))
        sum += uchar(c);
    put(148, QByteArray::number(sum, 8).rightJustified(6, '0') + QByteArray("\0 ", 2));
    return h;
}

bool gzipRaw(const QString &path, const QByteArray &tar)
{
    archive *a = archive_write_new();
    archive_write_add_filter_gzip(a);
    archive_write_set_format_raw(a);
    if (archive_write_open_filename(a, QFile::encodeName(path).constData()) != ARCHIVE_OK)
        return false;
    archive_entry *entry = archive_entry_new();
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_size(entry, tar.size());
    const bool ok = archive_write_header(a, entry) == ARCHIVE_OK
                    && archive_write_data(a, tar.constData(), size_t(tar.size())) == tar.size();
    archive_entry_free(entry);
    archive_write_close(a);
    archive_write_free(a);
    return ok;
}

} // namespace

class tst_ExtractionLimits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void modesFollowTheUmask();
    void rootEntryWithModeZeroLeavesNothing();
    void unreadableFolderIsRefusedAndRemoved();
    void readOnlyFoldersAreRemovedWhenRefused();
    void moreThanTheManifestDeclaresStops();
    void moreThanTheFreeSpaceStops();
    void targetNaming();

private:
    QString archivePath() const { return m_dir->filePath(QStringLiteral("snap.tar.gz")); }
    QString target() const { return m_dir->filePath(QStringLiteral("out/site")); }
    QStringList leftovers() const
    {
        return QDir(m_dir->filePath(QStringLiteral("out"))).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_ExtractionLimits::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("out")));
}

void tst_ExtractionLimits::cleanup()
{
    QVERIFY(setFileCapabilities(true));
    // Whatever a failed test left, opened up so the temporary folder can go.
    QDirIterator it(m_dir->path(), QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext())
        ::chmod(QFile::encodeName(it.next()).constData(), 0700);
    m_dir.reset();
}

void tst_ExtractionLimits::modesFollowTheUmask()
{
    const Umask strict(077);
    QVERIFY(writeArchive(archivePath(), snapshot({{"files/", 0777}, {"files/sub/", 0775}, {"files/index.php", 0666},
                                                  {"files/sub/a.txt", 0755}, {"db/dump.sql", 0600}})));
    const auto result = ArchiveExtractor::extract(archivePath(), target());
    QVERIFY2(result.ok, qPrintable(result.error));
    const QDir out(target());
    QCOMPARE(modeOf(out.filePath(QStringLiteral("files"))), 0700);
    QCOMPARE(modeOf(out.filePath(QStringLiteral("files/sub"))), 0700);
    QCOMPARE(modeOf(out.filePath(QStringLiteral("files/index.php"))), 0600);
    QCOMPARE(modeOf(out.filePath(QStringLiteral("files/sub/a.txt"))), 0700);
    QCOMPARE(modeOf(out.filePath(QStringLiteral("db/dump.sql"))), 0600);
    // Never more than the archive asks, either: a 0600 file stays 0600 under a loose umask.
    QDirIterator it(target(), QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        QVERIFY2((modeOf(it.next()) & 077) == 0, qPrintable(it.filePath()));
}

void tst_ExtractionLimits::rootEntryWithModeZeroLeavesNothing()
{
    QVERIFY(setFileCapabilities(false));
    // As `tar -C dir .` writes it, but with mode 0000 on "./" itself.
    QVERIFY(writeArchive(archivePath(), snapshot({}, {}, {Item{"./", {}, AE_IFDIR, 0000, 0}})));
    const auto result = ArchiveExtractor::extract(archivePath(), target());
    // The folder is ours, not the archive's: its mode is not taken, and the archive is fine.
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(modeOf(target()) & 0700, 0700);
    QCOMPARE(leftovers(), QStringList{QStringLiteral("site")});
}

void tst_ExtractionLimits::unreadableFolderIsRefusedAndRemoved()
{
    QVERIFY(setFileCapabilities(false));
    QVERIFY(writeArchive(archivePath(), snapshot({{"files/sub/", 0000}})));
    const auto result = ArchiveExtractor::extract(archivePath(), target());
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("files/sub/")) && result.error.contains(QStringLiteral("0000")),
             qPrintable(result.error));
    QCOMPARE(leftovers(), QStringList());
}

void tst_ExtractionLimits::readOnlyFoldersAreRemovedWhenRefused()
{
    QVERIFY(setFileCapabilities(false));
    // A read-only folder with a file in it, then an entry that gets the archive refused.
    QVERIFY(writeArchive(archivePath(), snapshot({{"files/sub/", 0555}}, {Item{"files/../../escape", "x", AE_IFREG, 0644, 0}})));
    const auto result = ArchiveExtractor::extract(archivePath(), target());
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("escape")), qPrintable(result.error));
    QCOMPARE(leftovers(), QStringList());
}

void tst_ExtractionLimits::moreThanTheManifestDeclaresStops()
{
    // 256 MiB of zeros (a few hundred kB compressed) that the manifest does not declare.
    QVERIFY(writeArchive(archivePath(), snapshot({}, {Item{"files/zeros.bin", {}, AE_IFREG, 0644, qint64(256) << 20}})));
    QVERIFY(QFileInfo(archivePath()).size() < (4 << 20));
    const auto result = ArchiveExtractor::extract(archivePath(), target());
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("manifest declares")), qPrintable(result.error));
    QCOMPARE(leftovers(), QStringList());
}

void tst_ExtractionLimits::moreThanTheFreeSpaceStops()
{
    // A header announcing 2^50 bytes (a pebibyte); no disk has that free.
    QByteArray tar = tarHeader("files/huge.bin", quint64(1) << 50);
    tar += QByteArray(512, 'x') + QByteArray(1024, '\0');
    QVERIFY(gzipRaw(archivePath(), tar));
    const auto result = ArchiveExtractor::extract(archivePath(), target());
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("bytes free")), qPrintable(result.error));
    QCOMPARE(leftovers(), QStringList());
}

void tst_ExtractionLimits::targetNaming()
{
    const QDir out(m_dir->filePath(QStringLiteral("out")));
    const QString archive = m_dir->filePath(QStringLiteral("acme-production-2026.tar.gz"));
    QCOMPARE(ExtractionTarget::freshIn(out.path(), archive), out.filePath(QStringLiteral("acme-production-2026")));
    // An empty folder is fine; one with only a hidden file is not (the extractor would refuse it).
    QVERIFY(out.mkpath(QStringLiteral("acme-production-2026")));
    QCOMPARE(ExtractionTarget::freshIn(out.path(), archive), out.filePath(QStringLiteral("acme-production-2026")));
    QFile hidden(out.filePath(QStringLiteral("acme-production-2026/.keep")));
    QVERIFY(hidden.open(QIODevice::WriteOnly));
    hidden.close();
    QCOMPARE(ExtractionTarget::freshIn(out.path(), archive), out.filePath(QStringLiteral("acme-production-2026 (2)")));
    QVERIFY(ExtractionTarget::problem(out.filePath(QStringLiteral("acme-production-2026"))).contains(QStringLiteral("not an empty folder")));
    QVERIFY(ExtractionTarget::problem(m_dir->filePath(QStringLiteral("missing/x"))).contains(QStringLiteral("does not exist")));
    QCOMPARE(ExtractionTarget::problem(out.filePath(QStringLiteral("new"))), QString());
}

QTEST_GUILESS_MAIN(tst_ExtractionLimits)
#include "tst_ExtractionLimits.moc"
