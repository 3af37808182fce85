// Files a download creates, opens and names, in a folder other people may write to (issue 16,
// items 4, 5 and 6): a `<name>.part` link planted there is never followed (with --force, and
// when a .part is resumed), another user's or a hard-linked .part is never continued, a name the
// user typed is used as typed (never "made safe" into another file's name), and archives are
// created 0600 whatever the umask.
#include "DownloadRun.h"
#include "LocalArchiveServer.h"
#include "TestFiles.h"

#include "transfer/TransferManager.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

namespace {

QByteArray archiveBytes(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char((i * 131 + 7) & 0xff);
    return data;
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

int modeOf(const QString &path)
{
    struct stat st = {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

// Sets the umask for one test and puts the previous one back.
struct Umask
{
    explicit Umask(mode_t mask) : previous(::umask(mask)) {}
    ~Umask() { ::umask(previous); }
    mode_t previous;
};

} // namespace

class tst_PartFileSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void overwriteNeverFollowsAPlantedLink();
    void resumeNeverFollowsAPlantedLink();
    void hardLinkedPartIsRefused();
    void anotherUsersPartIsRefused();
    void archivesAreCreatedPrivate();
    void typedNamesAreUsedAsTyped_data();
    void typedNamesAreUsedAsTyped();
    void typedNamesThatCannotBeUsedAreRefused_data();
    void typedNamesThatCannotBeUsedAreRefused();

private:
    TransferRecord record(const LocalArchiveServer &server, const QString &fileName) const;
    RequestFactory requests() { return RequestFactory([](const QUrl &url) { return QNetworkRequest(url); }); }
    std::unique_ptr<TransferManager> manager(Download::ConflictPolicy conflict);

    std::unique_ptr<QTemporaryDir> m_dir;     // the shared download folder
    std::unique_ptr<QTemporaryDir> m_other;   // where the victim lives
    std::unique_ptr<QTemporaryDir> m_state;
};

void tst_PartFileSafety::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_other = std::make_unique<QTemporaryDir>();
    m_state = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid() && m_other->isValid() && m_state->isValid());
}

TransferRecord tst_PartFileSafety::record(const LocalArchiveServer &server, const QString &fileName) const
{
    TransferRecord r;
    r.id = QStringLiteral("t1");
    r.url = server.url();
    r.directory = m_dir->path();
    r.fileName = fileName;
    r.fileNameFixed = !fileName.isEmpty();
    return r;
}

std::unique_ptr<TransferManager> tst_PartFileSafety::manager(Download::ConflictPolicy conflict)
{
    TransferManager::Options options;
    options.stateDirectory = m_state->path();
    options.download.conflict = conflict;
    return std::make_unique<TransferManager>(requests(), options);
}

void tst_PartFileSafety::overwriteNeverFollowsAPlantedLink()
{
    LocalArchiveServer server;
    QVERIFY(server.listen());
    server.setBody(archiveBytes(64 * 1024));
    const QString victim = QDir(m_other->path()).filePath(QStringLiteral("victim.txt"));
    QVERIFY(writeFile(victim, "precious"));
    const TransferRecord r = record(server, QStringLiteral("db.tar.gz"));
    QVERIFY(QFile::link(victim, r.partPath()));

    Download::Options options;
    options.conflict = Download::ConflictPolicy::Overwrite; // mf … -o db.tar.gz --force
    Run run(requests(), r, options);
    QTRY_VERIFY_WITH_TIMEOUT(run.done(), 60000);
    QCOMPARE(run.error().kind, TransferError::Kind::UnsafeFile);
    QVERIFY2(run.error().message.contains(QStringLiteral("symbolic link")), qPrintable(run.error().message));
    QCOMPARE(contents(victim), QByteArray("precious"));
    QVERIFY(QFileInfo(r.partPath()).isSymLink()); // not ours to delete either
    QVERIFY(!QFileInfo::exists(r.finalPath()));
}

void tst_PartFileSafety::resumeNeverFollowsAPlantedLink()
{
    LocalArchiveServer server;
    QVERIFY(server.listen());
    server.setBody(archiveBytes(256 * 1024));
    server.setStallAfter(20000);
    TransferRecord r = record(server, {});
    {
        Download first(requests(), r);
        QSignalSpy stopped(&first, &Download::stopped);
        first.start();
        QTRY_VERIFY_WITH_TIMEOUT(first.bytesDone() >= 20000, 30000);
        first.stop();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 1, 30000);
        r = first.record();
    }
    QVERIFY(r.hasMetadata() && !r.etag.isEmpty());
    QCOMPARE(QFileInfo(r.partPath()).size(), qint64(20000));

    // Someone swaps the .part for a link to a file of the user's, longer than the part.
    const QString victim = QDir(m_other->path()).filePath(QStringLiteral("victim.txt"));
    const QByteArray precious(30000, 'p');
    QVERIFY(writeFile(victim, precious));
    QVERIFY(QFile::remove(r.partPath()));
    QVERIFY(QFile::link(victim, r.partPath()));

    server.setStallAfter(0);
    Run run(requests(), r);
    QTRY_VERIFY_WITH_TIMEOUT(run.done(), 60000);
    QCOMPARE(run.error().kind, TransferError::Kind::UnsafeFile);
    QVERIFY2(run.error().message.contains(QStringLiteral("symbolic link")), qPrintable(run.error().message));
    QCOMPARE(contents(victim), precious);
    // Nothing of the victim was offered as "bytes already downloaded" either.
    QCOMPARE(server.requests().last().range, QByteArray());
}

void tst_PartFileSafety::hardLinkedPartIsRefused()
{
    LocalArchiveServer server;
    QVERIFY(server.listen());
    server.setBody(archiveBytes(64 * 1024));
    const QString victim = QDir(m_dir->path()).filePath(QStringLiteral("notes.txt"));
    QVERIFY(writeFile(victim, "precious"));
    const TransferRecord r = record(server, QStringLiteral("db.tar.gz"));
    QVERIFY(::link(QFile::encodeName(victim).constData(), QFile::encodeName(r.partPath()).constData()) == 0);

    Download::Options options;
    options.conflict = Download::ConflictPolicy::Overwrite;
    Run run(requests(), r, options);
    QTRY_VERIFY_WITH_TIMEOUT(run.done(), 60000);
    QCOMPARE(run.error().kind, TransferError::Kind::UnsafeFile);
    QVERIFY2(run.error().message.contains(QStringLiteral("hard link")), qPrintable(run.error().message));
    QCOMPARE(contents(victim), QByteArray("precious"));
}

void tst_PartFileSafety::anotherUsersPartIsRefused()
{
    if (::geteuid() != 0)
        QSKIP("only root can create a file owned by another user; the link tests cover the rest");
    LocalArchiveServer server;
    QVERIFY(server.listen());
    server.setBody(archiveBytes(64 * 1024));
    const TransferRecord r = record(server, QStringLiteral("db.tar.gz"));
    QVERIFY(writeFile(r.partPath(), "theirs"));
    QVERIFY(::chown(QFile::encodeName(r.partPath()).constData(), 65534, 65534) == 0);

    Download::Options options;
    options.conflict = Download::ConflictPolicy::Overwrite;
    Run run(requests(), r, options);
    QTRY_VERIFY_WITH_TIMEOUT(run.done(), 60000);
    QCOMPARE(run.error().kind, TransferError::Kind::UnsafeFile);
    QVERIFY2(run.error().message.contains(QStringLiteral("another user")), qPrintable(run.error().message));
    QCOMPARE(contents(r.partPath()), QByteArray("theirs"));
}

void tst_PartFileSafety::archivesAreCreatedPrivate()
{
    const Umask open(022); // the usual umask, which would give 0644
    LocalArchiveServer server;
    QVERIFY(server.listen());
    server.setBody(archiveBytes(64 * 1024));

    // The server's name (claimed with O_EXCL) and a typed name replacing a file (--force).
    Run named(requests(), record(server, {}));
    QTRY_VERIFY_WITH_TIMEOUT(named.done(), 60000);
    QCOMPARE(named.error().message, QString());
    QCOMPARE(modeOf(named.path()), 0600);

    const QString forced = QDir(m_dir->path()).filePath(QStringLiteral("db.tar.gz"));
    QVERIFY(writeFile(forced, "old"));
    Download::Options options;
    options.conflict = Download::ConflictPolicy::Overwrite;
    Run replaced(requests(), record(server, QStringLiteral("db.tar.gz")), options);
    QTRY_VERIFY_WITH_TIMEOUT(replaced.done(), 60000);
    QCOMPARE(replaced.error().message, QString());
    QCOMPARE(contents(forced), server.body());
    QCOMPARE(modeOf(forced), 0600);
}

void tst_PartFileSafety::typedNamesAreUsedAsTyped_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("neighbour"); // what the server-name sanitizer would have made of it
    QTest::newRow("colon") << QStringLiteral("db:prod.tar.gz") << QStringLiteral("db_prod.tar.gz");
    QTest::newRow("leading dot") << QStringLiteral(".notes") << QStringLiteral("notes");
}

void tst_PartFileSafety::typedNamesAreUsedAsTyped()
{
    QFETCH(QString, typed);
    QFETCH(QString, neighbour);
    LocalArchiveServer server;
    QVERIFY(server.listen());
    server.setBody(archiveBytes(32 * 1024));
    const QDir dir(m_dir->path());
    QVERIFY(writeFile(dir.filePath(neighbour), "someone else's file"));

    std::unique_ptr<TransferManager> m = manager(Download::ConflictPolicy::Overwrite);
    QSignalSpy finished(m.get(), &TransferManager::transferFinished);
    TransferManager::Request request;
    request.url = server.url();
    request.site = QStringLiteral("acme");
    request.snapshotId = QStringLiteral("snap_01");
    request.directory = dir.path();
    request.fileName = typed;
    request.fileNameAsTyped = true;
    const QString id = m->add(request);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    const TransferInfo info = m->transfer(id);
    QVERIFY2(info.state == TransferInfo::State::Completed, qPrintable(info.error.message));
    QCOMPARE(info.filePath, dir.filePath(typed));
    QCOMPARE(contents(dir.filePath(typed)), server.body());
    QCOMPARE(contents(dir.filePath(neighbour)), QByteArray("someone else's file"));
}

void tst_PartFileSafety::typedNamesThatCannotBeUsedAreRefused_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("dot") << QStringLiteral(".") << QStringLiteral("names a folder");
    QTest::newRow("dotdot") << QStringLiteral("..") << QStringLiteral("names a folder");
    QTest::newRow("slash") << QStringLiteral("a/b.tar.gz") << QStringLiteral("folder separator");
    QTest::newRow("control") << QStringLiteral("a\nb.tar.gz") << QStringLiteral("control character");
}

void tst_PartFileSafety::typedNamesThatCannotBeUsedAreRefused()
{
    QFETCH(QString, typed);
    QFETCH(QString, sentence);
    LocalArchiveServer server;
    QVERIFY(server.listen());
    server.setBody(archiveBytes(1024));
    std::unique_ptr<TransferManager> m = manager(Download::ConflictPolicy::Overwrite);
    TransferManager::Request request;
    request.url = server.url();
    request.directory = m_dir->path();
    request.fileName = typed;
    request.fileNameAsTyped = true;
    const QString id = m->add(request);
    const TransferInfo info = m->transfer(id);
    QCOMPARE(info.state, TransferInfo::State::Failed);
    QVERIFY2(info.error.message.contains(sentence), qPrintable(info.error.message));
    QVERIFY(server.requests().isEmpty());
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
}

QTEST_GUILESS_MAIN(tst_PartFileSafety)
#include "tst_PartFileSafety.moc"
