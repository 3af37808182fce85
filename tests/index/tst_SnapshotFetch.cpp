// SnapshotFetch against mf-sandbox: a fetch cancelled mid-download keeps its .part and the next
// one resumes it; the index built from the verified archive reproduces the platform's own
// component digests; a snapshot already cached is answered without a request.
#include "SandboxProcess.h"

#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "index/IndexCache.h"
#include "index/SnapshotFetch.h"
#include "index/SnapshotIndex.h"
#include "transfer/RequestFactory.h"
#include "transfer/TransferManager.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_SnapshotFetch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cancelResumeAndIndex()
    {
        QTemporaryDir dir;
        SandboxProcess sandbox;
        SandboxProcess::Options options;
        options.seed = QStringLiteral("big:12");
        options.extraArgs
            = {QStringLiteral("--no-schedule"), QStringLiteral("--download-rate"), QStringLiteral("3000000")};
        options.readyTimeoutMs = 120000;
        QVERIFY2(sandbox.start(options), qPrintable(sandbox.errorString()));
        ApiClient api(sandbox.apiUrl());
        api.setApiKey(sandbox.apiKey());

        ApiReply *list = api.listSnapshots(QStringLiteral("big-site"));
        QSignalSpy listed(list, &ApiReply::finished);
        QVERIFY(listed.wait(30000));
        QString id;
        for (const QJsonValue &v : list->json().toArray()) {
            if (v[QLatin1String("status")].toString() == QLatin1String("ready"))
                id = v[QLatin1String("id")].toString();
        }
        QVERIFY(!id.isEmpty());
        ApiReply *one = api.snapshot(QStringLiteral("big-site"), id);
        QSignalSpy got(one, &ApiReply::finished);
        QVERIFY(got.wait(30000));
        QVERIFY(one->as<Snapshot>());
        const Snapshot snapshot = *one->as<Snapshot>();
        QVERIFY(snapshot.files && snapshot.db);

        TransferManager::Options managerOptions;
        managerOptions.stateDirectory = dir.filePath(QStringLiteral("state"));
        TransferManager transfers(RequestFactory::forApi(&api), managerOptions);
        const IndexCache cache(QStringLiteral("account"), dir.filePath(QStringLiteral("cache")));

        // Cancelled once some bytes are in: the .part stays.
        {
            SnapshotFetch fetch(cache, &transfers, &api, snapshot, SnapshotFetch::Need::Archive);
            QSignalSpy finished(&fetch, &SnapshotFetch::finished);
            qint64 seen = 0;
            connect(&fetch, &SnapshotFetch::progress, this,
                    [&seen](SnapshotFetch::Stage, qint64 done, qint64) { seen = done; });
            fetch.start();
            QTRY_VERIFY_WITH_TIMEOUT(seen > 1000000, 30000);
            fetch.cancel();
            QCOMPARE(finished.size(), 1);
            QCOMPARE(finished.at(0).at(0).toBool(), false);
            QVERIFY(!fetch.error().isEmpty());
        }
        QTRY_VERIFY_WITH_TIMEOUT(partBytes(cache.archiveFolder()) > 0, 10000);
        // Once the paused download has let go of its connection, it is there to be resumed.
        TransferManager::Request same
            = TransferManager::snapshotRequest(api, snapshot.siteId, snapshot.id, {}, cache.archiveFolder());
        same.fileName = snapshot.id + QStringLiteral(".tar.gz");
        QTRY_VERIFY_WITH_TIMEOUT(!transfers.adoptResumable(same).isEmpty(), 10000);
        QVERIFY(!cache.hasArchive(snapshot.id));
        QVERIFY(!cache.hasIndex(snapshot.id));

        // Again: resumed where it stopped, verified, indexed.
        {
            SnapshotFetch fetch(cache, &transfers, &api, snapshot, SnapshotFetch::Need::Archive);
            QSignalSpy finished(&fetch, &SnapshotFetch::finished);
            qint64 first = -1;
            connect(&fetch, &SnapshotFetch::progress, this, [&first](SnapshotFetch::Stage stage, qint64 done, qint64) {
                if (stage == SnapshotFetch::Stage::Downloading && first < 0 && done > 0)
                    first = done;
            });
            fetch.start();
            QVERIFY(finished.wait(120000));
            QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(fetch.error()));
            QVERIFY(first > 1000000); // it did not start over
            // Indexed from the bytes the download hashed (the .part's first), not from the file.
            QVERIFY(fetch.indexedWhileDownloading());
        }
        QVERIFY(cache.hasArchive(snapshot.id));
        QVERIFY(cache.hasIndex(snapshot.id));
        QCOMPARE(partBytes(cache.archiveFolder()), 0);
        const auto index = cache.open(snapshot.id);
        QVERIFY(index);
        // The platform computed these from the environment's own files; the index from the archive.
        QCOMPARE(index->info().filesSha256, snapshot.files->sha256.toLower());
        QCOMPARE(index->info().dbSha256, snapshot.db->sha256.toLower());
        QCOMPARE(index->info().siteId, snapshot.siteId);
        QCOMPARE(cache.items(snapshot.siteId, snapshot.environment).size(), 1);

        // Cached: answered at once (after start() returned), no transfer made.
        {
            SnapshotFetch fetch(cache, &transfers, &api, snapshot, SnapshotFetch::Need::Index);
            QSignalSpy finished(&fetch, &SnapshotFetch::finished);
            fetch.start();
            QCOMPARE(finished.size(), 0);
            QVERIFY(finished.wait(5000));
            QVERIFY(finished.at(0).at(0).toBool());
            QVERIFY(transfers.transfers().isEmpty());
        }
        sandbox.stop();
    }

private:
    static qint64 partBytes(const QString &folder)
    {
        qint64 total = 0;
        QDirIterator it(folder, {QStringLiteral("*.part")}, QDir::Files | QDir::Hidden);
        while (it.hasNext()) {
            it.next();
            total += it.fileInfo().size();
        }
        return total;
    }
};

QTEST_GUILESS_MAIN(tst_SnapshotFetch)
#include "tst_SnapshotFetch.moc"
