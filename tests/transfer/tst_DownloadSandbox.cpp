// The download engine against mf-sandbox: the real contract, real archives, real redirects.
#include "DownloadRun.h"
#include "SandboxProcess.h"
#include "TestFiles.h"

#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "transfer/ArchiveExtractor.h"
#include "transfer/Download.h"
#include "transfer/TransferManager.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

} // namespace

class tst_DownloadSandbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cutEvery64MiBResendsAlmostNothing();
    void storageRedirectNeverSeesTheKey();
    void expiredSignedUrlIsRenewed();
    void resumesAfterRestart();
    void corruptedBytesAreCaught();

private:
    bool startSandbox(SandboxProcess &sandbox, int sizeMb, const QStringList &extraArgs);
    QString bigSnapshotId(ApiClient &api);
    // A download of big-site's ready snapshot into the test's folder; no URL when there is none.
    TransferRecord bigRecord(ApiClient &api, const QString &id, const QStringList &selectors);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_DownloadSandbox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

bool tst_DownloadSandbox::startSandbox(SandboxProcess &sandbox, int sizeMb, const QStringList &extraArgs)
{
    SandboxProcess::Options options;
    options.seed = QStringLiteral("big:%1").arg(sizeMb);
    options.extraArgs = extraArgs;
    options.readyTimeoutMs = 120000;
    if (!sandbox.start(options)) {
        qWarning() << "sandbox did not start:" << sandbox.errorString();
        return false;
    }
    return true;
}

QString tst_DownloadSandbox::bigSnapshotId(ApiClient &api)
{
    ApiReply *reply = api.listSnapshots(QStringLiteral("big-site"));
    QSignalSpy finished(reply, &ApiReply::finished);
    if (!finished.wait(30000) || !reply->ok())
        return {};
    const QJsonArray items = reply->json().toArray();
    for (const QJsonValue &v : items) {
        if (v.toObject().value(QStringLiteral("status")).toString() == QLatin1String("ready"))
            return v.toObject().value(QStringLiteral("id")).toString();
    }
    return {};
}

TransferRecord tst_DownloadSandbox::bigRecord(ApiClient &api, const QString &id, const QStringList &selectors)
{
    TransferRecord record;
    const QString snapshot = bigSnapshotId(api);
    if (snapshot.isEmpty())
        return record;
    record.id = id;
    record.url = api.downloadUrl(QStringLiteral("big-site"), snapshot, selectors);
    record.directory = m_dir->path();
    return record;
}

void tst_DownloadSandbox::cutEvery64MiBResendsAlmostNothing()
{
    SandboxProcess sandbox;
    QVERIFY(startSandbox(sandbox, 200, {QStringLiteral("--cut-download-after"), QString::number(64 << 20)}));
    ApiClient api(sandbox.apiUrl());
    api.setApiKey(sandbox.apiKey());
    const TransferRecord record = bigRecord(api, QStringLiteral("cut"), {});
    QVERIFY(!record.url.isEmpty());
    Run run(RequestFactory::forApi(&api), record);
    QTRY_VERIFY_WITH_TIMEOUT(run.done(), 240000);
    QVERIFY2(run.failed.isEmpty(), qPrintable(run.error().message));
    const QString path = run.path();
    const qint64 size = run.download.record().totalBytes;
    QVERIFY(size > 192 << 20); // random data: the archive is as big as the seed, so it was cut 3 times
    QCOMPARE(QFileInfo(path).size(), size);
    QCOMPARE(TestFiles::sha256Hex(path), run.download.record().sha256.toLatin1());
    QVERIFY2(run.download.bytesReceived() <= size + size / 100,
             qPrintable(QStringLiteral("received %1 of %2").arg(run.download.bytesReceived()).arg(size)));
    QVERIFY(sandbox.log().count(" 206 ") >= 3);

    // And the archive it made extracts safely and matches its manifest.
    const auto extracted = ArchiveExtractor::extract(path, m_dir->filePath(QStringLiteral("site")));
    QVERIFY2(extracted.ok, qPrintable(extracted.error));
    QCOMPARE(extracted.components, (QStringList{QStringLiteral("db"), QStringLiteral("files")}));
}

void tst_DownloadSandbox::corruptedBytesAreCaught()
{
    // One byte flipped on the storage host's way out, past the first cut: the resumed piece is
    // the damaged one, and nothing damaged may reach the folder under the archive's name.
    SandboxProcess sandbox;
    QVERIFY(startSandbox(sandbox, 4, {QStringLiteral("--storage-redirect"), QStringLiteral("--cut-download-after"),
                                      QString::number(1 << 20), QStringLiteral("--corrupt-download-at"), QString::number(3 << 20)}));
    ApiClient api(sandbox.apiUrl());
    api.setApiKey(sandbox.apiKey());
    const TransferRecord record = bigRecord(api, QStringLiteral("corrupt"), {});
    QVERIFY(!record.url.isEmpty());
    Run run(RequestFactory::forApi(&api), record);
    QTRY_VERIFY_WITH_TIMEOUT(run.done(), 120000);
    QVERIFY(run.succeeded.isEmpty());
    const TransferError error = run.error();
    QCOMPARE(error.kind, TransferError::Kind::ChecksumMismatch);
    QVERIFY2(error.message.contains(QStringLiteral("damaged")), qPrintable(error.message));
    QVERIFY(sandbox.log().count(" 206 ") >= 3);
    // Nothing renamed into place, and the damaged bytes are gone: a fresh download starts at 0.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    QCOMPARE(run.download.record().bytesDone, qint64(0));
}

void tst_DownloadSandbox::storageRedirectNeverSeesTheKey()
{
    SandboxProcess sandbox;
    QVERIFY(startSandbox(sandbox, 24, {QStringLiteral("--storage-redirect"), QStringLiteral("--cut-download-after"),
                                       QString::number(8 << 20)}));
    ApiClient api(sandbox.apiUrl());
    api.setApiKey(sandbox.apiKey());
    const TransferRecord record = bigRecord(api, QStringLiteral("redirect"), {QStringLiteral("files")});
    QVERIFY(!record.url.isEmpty());
    Run run(RequestFactory::forApi(&api), record);
    QTRY_VERIFY_WITH_TIMEOUT(run.done(), 120000);
    QVERIFY2(run.failed.isEmpty(), qPrintable(run.error().message));
    QCOMPARE(TestFiles::sha256Hex(run.path()), run.download.record().sha256.toLatin1());
    const QByteArray log = sandbox.log();
    QVERIFY(log.contains("storage GET"));
    QVERIFY(log.contains(" 206 "));
    QVERIFY2(!log.contains("Authorization"), log.constData()); // the storage host warns on any
    QVERIFY(!log.contains(sandbox.apiKey().toUtf8()));
}

void tst_DownloadSandbox::expiredSignedUrlIsRenewed()
{
    SandboxProcess sandbox;
    QVERIFY(startSandbox(sandbox, 24, {QStringLiteral("--storage-redirect"), QStringLiteral("--signed-url-ttl"),
                                       QStringLiteral("1")}));
    ApiClient api(sandbox.apiUrl());
    api.setApiKey(sandbox.apiKey());
    const TransferRecord record = bigRecord(api, QStringLiteral("ttl"), {});
    QVERIFY(!record.url.isEmpty());
    Download download(RequestFactory::forApi(&api), record);
    QSignalSpy succeeded(&download, &Download::succeeded);
    QSignalSpy failed(&download, &Download::failed);
    QSignalSpy stopped(&download, &Download::stopped);
    // Pause as soon as bytes flow, wait past the signed URL's lifetime, resume the same download:
    // its storage URL is stale, the 403 must send it back to the API for a fresh one.
    connect(&download, &Download::progress, &download, &Download::stop, Qt::SingleShotConnection);
    download.start();
    QTRY_VERIFY_WITH_TIMEOUT(stopped.count() + succeeded.count() + failed.count() > 0, 60000);
    QCOMPARE(stopped.count(), 1);
    const qint64 done = download.bytesDone();
    QVERIFY(done > 0);
    QTest::qWait(2500);
    download.start();
    QTRY_VERIFY_WITH_TIMEOUT(succeeded.count() + failed.count() > 0, 120000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().value<TransferError>().message));
    QCOMPARE(TestFiles::sha256Hex(succeeded.first().first().toString()), download.record().sha256.toLatin1());
    const QByteArray log = sandbox.log();
    QVERIFY2(log.contains(" 403 "), log.constData());
    QVERIFY(log.count("api GET") >= 2 || log.count("/download 302") >= 2);
    QVERIFY(log.contains(" 206 "));
    QVERIFY(download.bytesReceived() <= download.record().totalBytes + download.record().totalBytes / 100);
}

void tst_DownloadSandbox::resumesAfterRestart()
{
    SandboxProcess sandbox;
    // The latency makes every request (also the resume after a cut) wait, so the test can stop
    // the application between two parts.
    QVERIFY(startSandbox(sandbox, 24, {QStringLiteral("--cut-download-after"), QString::number(8 << 20),
                                       QStringLiteral("--latency-ms"), QStringLiteral("400")}));
    ApiClient api(sandbox.apiUrl());
    api.setApiKey(sandbox.apiKey());
    const QString snapshot = bigSnapshotId(api);
    QVERIFY(!snapshot.isEmpty());
    QTemporaryDir state;
    TransferManager::Options options;
    options.stateDirectory = state.path();
    const auto request = TransferManager::snapshotRequest(api, QStringLiteral("big-site"), snapshot, {}, m_dir->path());
    QString id;
    {
        TransferManager manager(RequestFactory::forApi(&api), options);
        id = manager.add(request);
        QTRY_VERIFY_WITH_TIMEOUT(manager.transfer(id).bytesDone >= (8 << 20), 60000);
        QVERIFY(manager.transfer(id).state == TransferInfo::State::Running);
    } // quit mid-download
    TransferManager manager(RequestFactory::forApi(&api), options);
    QSignalSpy finished(&manager, &TransferManager::transferFinished);
    QCOMPARE(manager.restore(), 1);
    const qint64 before = manager.transfer(id).bytesDone;
    QVERIFY(before >= (8 << 20));
    manager.resume(id);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    const TransferInfo done = manager.transfer(id);
    QVERIFY2(done.state == TransferInfo::State::Completed, qPrintable(done.error.message));
    QCOMPARE(TestFiles::sha256Hex(done.filePath), done.sha256.toLatin1());
    QCOMPARE(manager.bytesReceived(id), done.totalBytes - before); // only what was missing
}

QTEST_GUILESS_MAIN(tst_DownloadSandbox)
#include "tst_DownloadSandbox.moc"
