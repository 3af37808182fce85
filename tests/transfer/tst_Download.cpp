// The download engine against a local HTTP server that misbehaves on demand.
#include "DownloadRun.h"
#include "LocalArchiveServer.h"
#include "TestFiles.h"

#include "api/ApiClient.h"
#include "transfer/ByteSink.h"
#include "transfer/Download.h"
#include "transfer/TransferLog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <csignal>
#include <mutex>
#include <thread>
#include <sys/resource.h>

namespace {

QByteArray randomBytes(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator(42 + quint32(size));
    generator.fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    return data;
}

// Keeps what a download streamed to it; written on the hasher thread, read by the test.
class RecordingSink : public ByteSink
{
public:
    void write(const char *data, qint64 size) override
    {
        std::lock_guard lock(m_mutex);
        m_bytes.append(data, size);
    }
    void finish(bool complete) override
    {
        std::lock_guard lock(m_mutex);
        m_finished.append(complete);
    }
    QByteArray bytes() const
    {
        std::lock_guard lock(m_mutex);
        return m_bytes;
    }
    QList<bool> finished() const
    {
        std::lock_guard lock(m_mutex);
        return m_finished;
    }

private:
    mutable std::mutex m_mutex;
    QByteArray m_bytes;
    QList<bool> m_finished;
};

// A sink slower than the network: the writer's ring fills, the transfer pauses and resumes.
class SlowSink : public RecordingSink
{
public:
    void write(const char *data, qint64 size) override
    {
        std::this_thread::sleep_for(std::chrono::milliseconds(4));
        ++m_writes;
        RecordingSink::write(data, size);
    }
    int writes() const { return m_writes; }

private:
    std::atomic_int m_writes{0};
};

} // namespace

class tst_Download : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void completesAndVerifies();
    void resumesAfterCutConnections();
    void redirectToStorageDropsTheKey();
    void expiredSignedUrlGetsFreshOne();
    void checksumMismatchRenamesNothing();
    void changedArchiveRestartsFromZero();
    void resumesFromPartOfEarlierRun();
    void notEnoughFreeSpace();
    void diskFullKeepsPart();
    void httpErrorIsClear();
    void insecureRedirectRefused();
    void existingFileNotOverwritten();
    void overwriteReplacesInOneStep();
    void simultaneousDownloadsGetTheirOwnFiles();
    void logLinesHideTheSignature();
    void byteSinkGetsTheWholeArchive();
    void byteSinkGetsThePartFirstOnResume();
    void byteSinkContinuesAcrossPause();
    void byteSinkIsToldOfFailure();
    void slowDiskPausesTheTransfer();

private:
    TransferRecord record(const QUrl &url) const;
    RequestFactory plainRequests();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Download::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

TransferRecord tst_Download::record(const QUrl &url) const
{
    TransferRecord r;
    r.id = QStringLiteral("t1");
    r.url = url;
    r.directory = m_dir->path();
    return r;
}

RequestFactory tst_Download::plainRequests()
{
    return RequestFactory([](const QUrl &url) { return QNetworkRequest(url); });
}

void tst_Download::completesAndVerifies()
{
    LocalArchiveServer server;
    QVERIFY(server.listen());
    server.setBody(randomBytes(3 << 20));
    Run run(plainRequests(), record(server.url()));
    QTRY_VERIFY_WITH_TIMEOUT(run.done(), 60000);
    QCOMPARE(run.error().kind, TransferError::Kind::None);
    QCOMPARE(run.path(), QDir(m_dir->path()).filePath(QStringLiteral("acme-production-snap.tar.gz")));
    QCOMPARE(TestFiles::sha256Hex(run.path()), server.checksum());
    QVERIFY(!QFileInfo::exists(run.path() + QStringLiteral(".part")));
    QCOMPARE(run.download.record().sha256.toLatin1(), server.checksum());
    QCOMPARE(run.download.record().totalBytes, qint64(3 << 20));
}

void tst_Download::resumesAfterCutConnections()
{
    LocalArchiveServer server;
    QVERIFY(server.listen());
    const qint64 size = 16 << 20;
    server.setBody(randomBytes(size));
    server.setCutAfter(1 << 20); // every response ends after 1 MiB
    Run run(plainRequests(), record(server.url()));
    QTRY_VERIFY_WITH_TIMEOUT(run.done(), 60000);
    QCOMPARE(run.error().message, QString());
    QCOMPARE(TestFiles::sha256Hex(run.path()), server.checksum());
    QVERIFY(server.requests().size() >= 16);
    QCOMPARE(server.requests().at(1).range, QByteArray("bytes=1048576-"));
    // Nothing that arrived was thrown away: at most 1% of the archive was sent twice.
    QVERIFY2(run.download.bytesReceived() <= size + size / 100, qPrintable(QString::number(run.download.bytesReceived())));
    QVERIFY(server.bodyBytesSent() <= size + size / 100);
}

void tst_Download::redirectToStorageDropsTheKey()
{
    LocalArchiveServer apiServer, storage;
    QVERIFY(apiServer.listen());
    QVERIFY(storage.listen());
    storage.setBody(randomBytes(2 << 20));
    apiServer.setRedirect(&storage);
    ApiClient api(apiServer.url("/v1"));
    api.setApiKey(QStringLiteral("mfk_test_abcdefghijklmnopqrstuvwxyz012345"));
    Run run(RequestFactory::forApi(&api), record(apiServer.url()));
    QTRY_VERIFY_WITH_TIMEOUT(run.done(), 60000);
    QCOMPARE(run.error().message, QString());
    QCOMPARE(TestFiles::sha256Hex(run.path()), storage.checksum());
    QVERIFY(!apiServer.requests().isEmpty());
    QVERIFY(apiServer.requests().first().authorization); // the API got the key…
    QVERIFY(!storage.requests().isEmpty());
    for (const auto &seen : storage.requests())
        QVERIFY(!seen.authorization);                    // …the storage host never did
}

void tst_Download::expiredSignedUrlGetsFreshOne()
{
    LocalArchiveServer apiServer, storage;
    QVERIFY(apiServer.listen());
    QVERIFY(storage.listen());
    const qint64 size = 4 << 20;
    storage.setBody(randomBytes(size));
    storage.setCutAfter(1 << 20);
    storage.setExpireAfterServe(true); // each signed URL works once: every resume meets a 403
    apiServer.setRedirect(&storage);
    Run run(plainRequests(), record(apiServer.url()));
    QTRY_VERIFY_WITH_TIMEOUT(run.done(), 60000);
    QCOMPARE(run.error().message, QString());
    QCOMPARE(TestFiles::sha256Hex(run.path()), storage.checksum());
    int forbidden = 0;
    bool resumed = false;
    for (const auto &seen : storage.requests()) {
        forbidden += seen.status == 403;
        resumed = resumed || (seen.status == 206 && !seen.range.isEmpty());
    }
    QVERIFY(forbidden >= 3);
    QVERIFY(resumed);
    QVERIFY(run.download.bytesReceived() <= size + size / 100);
}

void tst_Download::checksumMismatchRenamesNothing()
{
    LocalArchiveServer server;
    QVERIFY(server.listen());
    const QByteArray good = randomBytes(1 << 20);
    server.setBody(good);
    QByteArray bad = good;
    bad[12345] = char(bad.at(12345) ^ 0x20);
    server.setServedBody(bad); // right size, right checksum header, wrong bytes
    Run run(plainRequests(), record(server.url()));
    QTRY_VERIFY_WITH_TIMEOUT(run.done(), 60000);
    QCOMPARE(run.error().kind, TransferError::Kind::ChecksumMismatch);
    QVERIFY(run.error().message.contains(QString::fromLatin1(server.checksum())));
    QVERIFY(run.path().isEmpty());
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    // The caller can start over: a fresh download of the same record gets a clean file.
    server.setServedBody(good);
    Run again(plainRequests(), run.download.record());
    QTRY_VERIFY_WITH_TIMEOUT(again.done(), 60000);
    QCOMPARE(TestFiles::sha256Hex(again.path()), server.checksum());
}

void tst_Download::changedArchiveRestartsFromZero()
{
    LocalArchiveServer server;
    QVERIFY(server.listen());
    server.setBody(randomBytes(2 << 20));
    server.setStallAfter(512 << 10);
    TransferRecord paused;
    {
        Download download(plainRequests(), record(server.url()));
        QSignalSpy stopped(&download, &Download::stopped);
        download.start();
        QTRY_COMPARE(download.bytesDone(), qint64(512 << 10));
        download.stop();
        QTRY_COMPARE(stopped.count(), 1);
        paused = download.record();
    }
    QCOMPARE(QFileInfo(paused.partPath()).size(), qint64(512 << 10));
    server.setStallAfter(0);
    server.setBody(randomBytes(3 << 20)); // a new ETag: If-Range makes the server send all of it
    Run run(plainRequests(), paused);
    QTRY_VERIFY_WITH_TIMEOUT(run.done(), 60000);
    QCOMPARE(run.error().message, QString());
    QCOMPARE(server.requests().last().status, 200);
    QCOMPARE(server.requests().last().range, QByteArray("bytes=524288-"));
    QCOMPARE(TestFiles::sha256Hex(run.path()), server.checksum());
}

void tst_Download::resumesFromPartOfEarlierRun()
{
    LocalArchiveServer server;
    QVERIFY(server.listen());
    server.setBody(randomBytes(3 << 20));
    server.setStallAfter(1 << 20);
    TransferRecord paused;
    {
        Download download(plainRequests(), record(server.url()));
        download.start();
        QTRY_COMPARE(download.bytesDone(), qint64(1 << 20));
        paused = download.record();
    } // destroyed without stop(), like an application that quits: the .part keeps its bytes
    server.setStallAfter(0);
    Run run(plainRequests(), paused);
    QTRY_VERIFY_WITH_TIMEOUT(run.done(), 60000);
    QCOMPARE(run.error().message, QString());
    QCOMPARE(server.requests().last().status, 206);
    QCOMPARE(TestFiles::sha256Hex(run.path()), server.checksum());
    QCOMPARE(run.download.bytesReceived(), qint64(2 << 20));
}

void tst_Download::notEnoughFreeSpace()
{
    LocalArchiveServer server;
    QVERIFY(server.listen());
    server.setBody(randomBytes(1 << 20));
    Download::Options options;
    options.freeSpace = [](const QString &) { return qint64(1000); };
    Run run(plainRequests(), record(server.url()), options);
    QTRY_VERIFY_WITH_TIMEOUT(run.done(), 60000);
    QCOMPARE(run.error().kind, TransferError::Kind::NoSpace);
    QVERIFY(run.error().message.contains(QStringLiteral("1048576")));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList()); // nothing written
}

void tst_Download::diskFullKeepsPart()
{
    LocalArchiveServer server;
    QVERIFY(server.listen());
    server.setBody(randomBytes(1 << 20));
    TransferRecord r = record(server.url());
    r.fileName = QStringLiteral("full.tar.gz");
    // A file size limit makes writes past 256 KiB fail (EFBIG), as a full disk fails them with
    // ENOSPC. (A .part linked to /dev/full no longer works: links are never followed.)
    struct rlimit previous = {};
    QVERIFY(::getrlimit(RLIMIT_FSIZE, &previous) == 0);
    struct rlimit limited = previous;
    limited.rlim_cur = 256 * 1024;
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    QVERIFY(::setrlimit(RLIMIT_FSIZE, &limited) == 0);
    Run run(plainRequests(), r);
    QTRY_VERIFY_WITH_TIMEOUT(run.done(), 60000);
    ::setrlimit(RLIMIT_FSIZE, &previous);
    std::signal(SIGXFSZ, previousHandler);
    QCOMPARE(run.error().kind, TransferError::Kind::DiskFull);
    QVERIFY(run.error().isResumable());
    QCOMPARE(QFileInfo(r.partPath()).size(), qint64(256 * 1024)); // kept for resume
    QVERIFY(!QFileInfo::exists(r.finalPath()));
}

void tst_Download::httpErrorIsClear()
{
    LocalArchiveServer server;
    QVERIFY(server.listen());
    server.setBody(randomBytes(1024));
    Run run(plainRequests(), record(server.url("/nothing-here")));
    QTRY_VERIFY_WITH_TIMEOUT(run.done(), 60000);
    QCOMPARE(run.error().kind, TransferError::Kind::Http);
    QCOMPARE(run.error().api.httpStatus, 404);
    QCOMPARE(run.error().api.code, QStringLiteral("not_found"));
    QCOMPARE(run.error().api.requestId, QStringLiteral("req_test"));
    QVERIFY(!run.error().message.isEmpty());
}

void tst_Download::insecureRedirectRefused()
{
    LocalArchiveServer server;
    QVERIFY(server.listen());
    server.setBody(randomBytes(1024));
    server.setRedirectLocation("http://storage.example.com/blob?sig=secret");
    Run run(plainRequests(), record(server.url()));
    QTRY_VERIFY_WITH_TIMEOUT(run.done(), 60000);
    QCOMPARE(run.error().kind, TransferError::Kind::BadResponse);
    QCOMPARE(server.requests().size(), 1);
}

void tst_Download::existingFileNotOverwritten()
{
    LocalArchiveServer server;
    QVERIFY(server.listen());
    server.setBody(randomBytes(4096));
    const QString existing = QDir(m_dir->path()).filePath(QStringLiteral("acme-production-snap.tar.gz"));
    QFile f(existing);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("precious");
    f.close();
    {
        Run run(plainRequests(), record(server.url()));
        QTRY_VERIFY_WITH_TIMEOUT(run.done(), 60000);
        QCOMPARE(QFileInfo(run.path()).fileName(), QStringLiteral("acme-production-snap (1).tar.gz"));
    }
    {
        Download::Options options;
        options.conflict = Download::ConflictPolicy::Fail;
        Run run(plainRequests(), record(server.url()), options);
        QTRY_VERIFY_WITH_TIMEOUT(run.done(), 60000);
        QCOMPARE(run.error().kind, TransferError::Kind::FileExists);
    }
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("precious"));
    f.close();
}

void tst_Download::overwriteReplacesInOneStep()
{
    LocalArchiveServer server;
    QVERIFY(server.listen());
    server.setBody(randomBytes(4096));
    const QString existing = QDir(m_dir->path()).filePath(QStringLiteral("acme-production-snap.tar.gz"));
    QVERIFY(TestFiles::write(existing, "old"));
    Download::Options options;
    options.conflict = Download::ConflictPolicy::Overwrite;
    {
        Run run(plainRequests(), record(server.url()), options);
        QTRY_VERIFY_WITH_TIMEOUT(run.done(), 60000);
        QCOMPARE(run.error().kind, TransferError::Kind::None);
        QCOMPARE(run.path(), existing);
        QCOMPARE(TestFiles::sha256Hex(existing), server.checksum());
    }
    // A replacement that cannot happen (a folder stands where the file was) keeps both: the old
    // one where it is and the verified bytes in the .part, with a sentence that says so.
    QVERIFY(QFile::remove(existing));
    QVERIFY(QDir().mkpath(existing + QStringLiteral("/kept")));
    Run run(plainRequests(), record(server.url()), options);
    QTRY_VERIFY_WITH_TIMEOUT(run.done(), 60000);
    QCOMPARE(run.error().kind, TransferError::Kind::FileError);
    QVERIFY2(run.error().message.contains(QStringLiteral(".part")), qPrintable(run.error().message));
    QVERIFY(QFileInfo::exists(existing + QStringLiteral("/kept")));
    QCOMPARE(TestFiles::sha256Hex(existing + QStringLiteral(".part")), server.checksum());
}

void tst_Download::simultaneousDownloadsGetTheirOwnFiles()
{
    LocalArchiveServer server;
    QVERIFY(server.listen());
    server.setBody(randomBytes(4 << 20));
    TransferRecord second = record(server.url());
    second.id = QStringLiteral("t2");
    // Both learn the server's name before either has written a byte: the .part decides.
    Run a(plainRequests(), record(server.url()));
    Run b(plainRequests(), second);
    QTRY_VERIFY_WITH_TIMEOUT(a.done() && b.done(), 60000);
    QCOMPARE(a.error().message, QString());
    QCOMPARE(b.error().message, QString());
    QVERIFY2(a.path() != b.path(), qPrintable(a.path()));
    QCOMPARE(TestFiles::sha256Hex(a.path()), server.checksum());
    QCOMPARE(TestFiles::sha256Hex(b.path()), server.checksum());
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).size(), 2);
}

void tst_Download::logLinesHideTheSignature()
{
    const QUrl signedUrl(QStringLiteral("https://user:pw@storage.example/a/b.tar.gz?sig=SECRET&exp=1#frag"));
    const QString line = TransferLog::redact(signedUrl);
    QCOMPARE(line, QStringLiteral("https://storage.example/a/b.tar.gz?..."));
    QCOMPARE(TransferLog::redact(QUrl(QStringLiteral("http://127.0.0.1:8080/v1/x"))),
             QStringLiteral("http://127.0.0.1:8080/v1/x"));
}

void tst_Download::byteSinkGetsTheWholeArchive()
{
    LocalArchiveServer server;
    QVERIFY(server.listen());
    server.setBody(randomBytes((5 << 20) + 123));
    server.setCutAfter(2 << 20); // resumed twice within the same object
    auto sink = std::make_shared<RecordingSink>();
    Download download(plainRequests(), record(server.url()));
    QSignalSpy succeeded(&download, &Download::succeeded);
    download.setByteSink(sink);
    download.start();
    QTRY_COMPARE_WITH_TIMEOUT(succeeded.count(), 1, 60000);
    QCOMPARE(sink->finished(), QList<bool>{true});
    QVERIFY(sink->bytes() == server.body());
}

void tst_Download::byteSinkGetsThePartFirstOnResume()
{
    LocalArchiveServer server;
    QVERIFY(server.listen());
    server.setBody(randomBytes(3 << 20));
    server.setStallAfter(1 << 20);
    TransferRecord paused;
    auto first = std::make_shared<RecordingSink>();
    {
        Download download(plainRequests(), record(server.url()));
        download.setByteSink(first);
        download.start();
        QTRY_COMPARE(download.bytesDone(), qint64(1 << 20));
        paused = download.record();
    } // quit with the download unfinished: the sink is told it will get nothing more
    QCOMPARE(first->finished(), QList<bool>{false});
    QVERIFY(server.body().startsWith(first->bytes()));

    server.setStallAfter(0);
    auto second = std::make_shared<RecordingSink>();
    Download download(plainRequests(), paused);
    QSignalSpy succeeded(&download, &Download::succeeded);
    download.setByteSink(second);
    download.start();
    QTRY_COMPARE_WITH_TIMEOUT(succeeded.count(), 1, 60000);
    QCOMPARE(server.requests().last().status, 206);      // only the rest came over the network…
    QCOMPARE(download.bytesReceived(), qint64(2 << 20));
    QCOMPARE(second->finished(), QList<bool>{true});
    QVERIFY(second->bytes() == server.body());           // …the sink still got all of it, in order
}

void tst_Download::byteSinkContinuesAcrossPause()
{
    LocalArchiveServer server;
    QVERIFY(server.listen());
    server.setBody(randomBytes(2 << 20));
    server.setStallAfter(512 << 10);
    auto sink = std::make_shared<RecordingSink>();
    Download download(plainRequests(), record(server.url()));
    QSignalSpy stopped(&download, &Download::stopped);
    QSignalSpy succeeded(&download, &Download::succeeded);
    download.setByteSink(sink);
    download.start();
    QTRY_COMPARE(download.bytesDone(), qint64(512 << 10));
    download.stop();
    QTRY_COMPARE(stopped.count(), 1);
    QCOMPARE(sink->finished(), QList<bool>{});
    QCOMPARE(sink->bytes().size(), 512 << 10);
    server.setStallAfter(0);
    download.start(); // the .part is re-hashed, but the sink is not given its bytes twice
    QTRY_COMPARE_WITH_TIMEOUT(succeeded.count(), 1, 60000);
    QCOMPARE(sink->finished(), QList<bool>{true});
    QVERIFY(sink->bytes() == server.body());
}

void tst_Download::byteSinkIsToldOfFailure()
{
    LocalArchiveServer server;
    QVERIFY(server.listen());
    const QByteArray good = randomBytes(1 << 20);
    server.setBody(good);
    QByteArray bad = good;
    bad[4242] = char(bad.at(4242) ^ 0x01);
    server.setServedBody(bad);
    auto sink = std::make_shared<RecordingSink>();
    Download download(plainRequests(), record(server.url()));
    QSignalSpy failed(&download, &Download::failed);
    download.setByteSink(sink);
    download.start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 60000);
    QCOMPARE(sink->finished(), QList<bool>{false}); // every byte arrived, but they are not the archive
    QCOMPARE(sink->bytes().size(), good.size());
}

void tst_Download::slowDiskPausesTheTransfer()
{
    LocalArchiveServer server;
    QVERIFY(server.listen());
    server.setBody(randomBytes(6 << 20));
    Download::Options options;
    options.queueBytes = 512 << 10; // a ring of 4 blocks of 128 KiB, full after half a MiB
    options.chunkBytes = 128 << 10;
    options.receiveBytes = 64 << 10;
    auto sink = std::make_shared<SlowSink>();
    Download download(plainRequests(), record(server.url()), options);
    download.setByteSink(sink);
    QSignalSpy succeeded(&download, &Download::succeeded);
    QSignalSpy failed(&download, &Download::failed);
    download.start();
    QTRY_VERIFY_WITH_TIMEOUT(succeeded.count() + failed.count() > 0, 60000);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(TestFiles::sha256Hex(succeeded.first().first().toString()), server.checksum());
    // Every byte arrived once and in order across the pauses.
    QCOMPARE(sink->bytes(), server.body());
    QCOMPARE(sink->finished(), QList<bool>{true});
    QCOMPARE(download.bytesReceived(), qint64(6 << 20));
    QCOMPARE(server.requests().size(), 1); // paused and resumed, never dropped
    QVERIFY(sink->writes() >= 48);
}

QTEST_GUILESS_MAIN(tst_Download)
#include "tst_Download.moc"
