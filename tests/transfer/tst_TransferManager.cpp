// TransferManager: queue, pause/resume/cancel, persistence across restarts, batched signals.
#include "LocalArchiveServer.h"
#include "TestFiles.h"

#include "transfer/TransferManager.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray randomBytes(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator(7 + quint32(size));
    generator.fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    return data;
}

} // namespace

class tst_TransferManager : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void downloadsAndReportsProgress();
    void pauseAndResume();
    void resumesAfterRestart();
    void pausedOrFailedWaitsForTheUserAfterRestart();
    void cancelDeletesPart();
    void concurrencyLimit();
    void removeForgets();
    void refusedDownloadReleasesItsName();

private:
    std::unique_ptr<TransferManager> makeManager(int maxConcurrent = 3);
    TransferManager::Request request(const LocalArchiveServer &server) const;

    std::unique_ptr<QTemporaryDir> m_downloads;
    std::unique_ptr<QTemporaryDir> m_state;
};

void tst_TransferManager::init()
{
    m_downloads = std::make_unique<QTemporaryDir>();
    m_state = std::make_unique<QTemporaryDir>();
    QVERIFY(m_downloads->isValid() && m_state->isValid());
}

std::unique_ptr<TransferManager> tst_TransferManager::makeManager(int maxConcurrent)
{
    TransferManager::Options options;
    options.maxConcurrent = maxConcurrent;
    options.stateDirectory = m_state->path();
    RequestFactory requests([](const QUrl &url) { return QNetworkRequest(url); });
    return std::make_unique<TransferManager>(requests, options);
}

TransferManager::Request tst_TransferManager::request(const LocalArchiveServer &server) const
{
    TransferManager::Request r;
    r.url = server.url();
    r.site = QStringLiteral("acme");
    r.snapshotId = QStringLiteral("snap_01");
    r.directory = m_downloads->path();
    return r;
}

void tst_TransferManager::downloadsAndReportsProgress()
{
    LocalArchiveServer server;
    QVERIFY(server.listen());
    server.setBody(randomBytes(8 << 20));
    auto manager = makeManager();
    QSignalSpy added(manager.get(), &TransferManager::transferAdded);
    QSignalSpy changed(manager.get(), &TransferManager::transferChanged);
    QSignalSpy finished(manager.get(), &TransferManager::transferFinished);
    const QString id = manager->add(request(server));
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.first().first().toString(), id);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    const TransferInfo info = manager->transfer(id);
    QCOMPARE(info.state, TransferInfo::State::Completed);
    QCOMPARE(info.bytesDone, qint64(8 << 20));
    QCOMPARE(info.totalBytes, qint64(8 << 20));
    QCOMPARE(info.sha256.toLatin1(), server.checksum());
    QCOMPARE(TestFiles::sha256Hex(info.filePath), server.checksum());
    QVERIFY(changed.count() >= 2);
    QCOMPARE(manager->transfers().size(), 1);
    QVERIFY(QDir(m_state->path()).entryList(QDir::Files).isEmpty()); // finished: nothing to resume
}

void tst_TransferManager::pauseAndResume()
{
    LocalArchiveServer server;
    QVERIFY(server.listen());
    server.setBody(randomBytes(4 << 20));
    server.setStallAfter(1 << 20);
    auto manager = makeManager();
    QSignalSpy finished(manager.get(), &TransferManager::transferFinished);
    const QString id = manager->add(request(server));
    QTRY_COMPARE(manager->transfer(id).bytesDone, qint64(1 << 20));
    manager->pause(id);
    QTRY_COMPARE(manager->transfer(id).state, TransferInfo::State::Paused);
    const TransferInfo paused = manager->transfer(id);
    QCOMPARE(paused.bytesDone, qint64(1 << 20));
    QCOMPARE(QFileInfo(paused.directory + QLatin1Char('/') + paused.fileName + QStringLiteral(".part")).size(),
             qint64(1 << 20));
    server.setStallAfter(0);
    manager->resume(id);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(manager->transfer(id).state, TransferInfo::State::Completed);
    QCOMPARE(server.requests().last().range, QByteArray("bytes=1048576-"));
    QCOMPARE(TestFiles::sha256Hex(manager->transfer(id).filePath), server.checksum());
    QCOMPARE(manager->bytesReceived(id), qint64(4 << 20));
}

void tst_TransferManager::resumesAfterRestart()
{
    LocalArchiveServer server;
    QVERIFY(server.listen());
    server.setBody(randomBytes(4 << 20));
    server.setStallAfter(3 << 20);
    QString id;
    {
        auto manager = makeManager();
        id = manager->add(request(server));
        QTRY_COMPARE(manager->transfer(id).bytesDone, qint64(3 << 20));
    } // the application quits mid-download
    server.setStallAfter(0);
    auto manager = makeManager();
    QSignalSpy finished(manager.get(), &TransferManager::transferFinished);
    QCOMPARE(manager->restore(), 1);
    QVERIFY(manager->contains(id));
    QCOMPARE(manager->transfer(id).state, TransferInfo::State::Paused);
    QVERIFY(!manager->transfer(id).waitsForUser); // it was going when the app quit: it goes on
    QCOMPARE(manager->transfer(id).bytesDone, qint64(3 << 20));
    QCOMPARE(manager->transfer(id).site, QStringLiteral("acme"));
    manager->resume(id);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(manager->transfer(id).state, TransferInfo::State::Completed);
    QCOMPARE(server.requests().last().range, QByteArray("bytes=3145728-"));
    QCOMPARE(server.requests().last().status, 206);
    QCOMPARE(TestFiles::sha256Hex(manager->transfer(id).filePath), server.checksum());
    QCOMPARE(manager->bytesReceived(id), qint64(1 << 20)); // only the missing part was fetched
}

void tst_TransferManager::pausedOrFailedWaitsForTheUserAfterRestart()
{
    LocalArchiveServer server;
    QVERIFY(server.listen());
    server.setBody(randomBytes(2 << 20));
    server.setStallAfter(1 << 20);
    QString paused;
    {
        auto manager = makeManager();
        paused = manager->add(request(server));
        QTRY_COMPARE(manager->transfer(paused).bytesDone, qint64(1 << 20));
        manager->pause(paused);
        QTRY_COMPARE(manager->transfer(paused).state, TransferInfo::State::Paused);
    }
    auto manager = makeManager();
    QCOMPARE(manager->restore(), 1);
    QVERIFY(manager->transfer(paused).waitsForUser);
    // Resumed by the user, it is an ordinary download again, for the next restart too.
    server.setStallAfter(0);
    QSignalSpy finished(manager.get(), &TransferManager::transferFinished);
    manager->resume(paused);
    QVERIFY(!manager->transfer(paused).waitsForUser);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(manager->transfer(paused).state, TransferInfo::State::Completed);
}

void tst_TransferManager::cancelDeletesPart()
{
    LocalArchiveServer server;
    QVERIFY(server.listen());
    server.setBody(randomBytes(2 << 20));
    server.setStallAfter(1 << 20);
    auto manager = makeManager();
    const QString id = manager->add(request(server));
    QTRY_COMPARE(manager->transfer(id).bytesDone, qint64(1 << 20));
    manager->cancel(id);
    QTRY_COMPARE(manager->transfer(id).state, TransferInfo::State::Cancelled);
    QCOMPARE(QDir(m_downloads->path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    QCOMPARE(QDir(m_state->path()).entryList(QDir::Files), QStringList());
}

void tst_TransferManager::concurrencyLimit()
{
    LocalArchiveServer server;
    QVERIFY(server.listen());
    server.setBody(randomBytes(1 << 20));
    server.setStallAfter(1024);
    auto manager = makeManager(1);
    const QString a = manager->add(request(server));
    const QString b = manager->add(request(server));
    const QString c = manager->add(request(server));
    QTRY_COMPARE(manager->transfer(a).bytesDone, qint64(1024));
    QCOMPARE(manager->transfer(b).state, TransferInfo::State::Queued);
    QCOMPARE(manager->transfer(c).state, TransferInfo::State::Queued);
    server.setStallAfter(0);
    manager->cancel(a);
    QTRY_COMPARE_WITH_TIMEOUT(manager->transfer(c).state, TransferInfo::State::Completed, 30000);
    QCOMPARE(manager->transfer(b).state, TransferInfo::State::Completed);
    // Same suggested name, different files: never overwritten.
    QVERIFY(manager->transfer(b).filePath != manager->transfer(c).filePath);
    const QStringList ids = {a, b, c};
    QList<TransferInfo> list = manager->transfers();
    QCOMPARE(list.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(list.at(i).id, ids.at(i));
}

void tst_TransferManager::removeForgets()
{
    LocalArchiveServer server;
    QVERIFY(server.listen());
    server.setBody(randomBytes(1 << 20));
    server.setStallAfter(4096);
    auto manager = makeManager();
    QSignalSpy removed(manager.get(), &TransferManager::transferRemoved);
    const QString id = manager->add(request(server));
    QTRY_COMPARE(manager->transfer(id).bytesDone, qint64(4096));
    manager->remove(id);
    QTRY_COMPARE(removed.count(), 1);
    QVERIFY(!manager->contains(id));
    QVERIFY(manager->transfers().isEmpty());
    QCOMPARE(QDir(m_downloads->path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void tst_TransferManager::refusedDownloadReleasesItsName()
{
    LocalArchiveServer server;
    QVERIFY(server.listen());
    server.setBody(randomBytes(1 << 20));
    TransferManager::Options options;
    options.stateDirectory = m_state->path();
    options.download.conflict = Download::ConflictPolicy::Fail;
    options.download.freeSpace = [](const QString &) { return qint64(1000); };
    TransferManager manager(RequestFactory([](const QUrl &url) { return QNetworkRequest(url); }), options);
    TransferManager::Request r = request(server);
    r.fileName = QStringLiteral("mine.tar.gz");

    // Queued: the name is reserved by its empty .part. Refused for lack of space: released.
    const QString first = manager.add(r);
    QTRY_COMPARE_WITH_TIMEOUT(manager.transfer(first).state, TransferInfo::State::Failed, 30000);
    QCOMPARE(manager.transfer(first).error.kind, TransferError::Kind::NoSpace);
    QCOMPARE(QDir(m_downloads->path()).entryList(QDir::Files | QDir::Hidden), QStringList());

    // So trying again is refused for the same reason, not because "mine.tar.gz already exists".
    const QString second = manager.add(r);
    QTRY_COMPARE_WITH_TIMEOUT(manager.transfer(second).state, TransferInfo::State::Failed, 30000);
    QCOMPARE(manager.transfer(second).error.kind, TransferError::Kind::NoSpace);
}

QTEST_GUILESS_MAIN(tst_TransferManager)
#include "tst_TransferManager.moc"
