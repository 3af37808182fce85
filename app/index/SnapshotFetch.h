#pragma once

#include "IndexCache.h"
#include "api/Snapshot.h"
#include "transfer/TransferManager.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

#include "ArchiveIndexer.h"

class ApiClient;
class TransferManager;

// "Make sure this snapshot is indexed" (and, with Need::Archive, that its archive is cached too),
// asynchronously: what the explorer, compare, history and the `mf snapshot ls|diff|cat|history`
// commands call before they read. Nothing is done that the cache already has.
//
// When the archive is needed and not cached, it is downloaded whole (db and files) through the
// caller's TransferManager into IndexCache::archiveFolder(), so it is verified against the
// server's SHA-256 and resumable like any download, and shows in the caller's transfer list.
// The index is then built from the verified archive on a worker thread and recorded in the cache,
// and the cache's caps are enforced (never evicting this snapshot).
//
// Usage: make one per snapshot and call start(); exactly one finished() follows (also after
// cancel(), with ok false). The TransferManager and ApiClient must outlive it.
class SnapshotFetch : public QObject
{
    Q_OBJECT
public:
    enum class Need {
        Index, // the index (diff, history, tree); the archive is downloaded only if no index
        Archive, // the index and the archive (save as, cat, text diff)
    };
    enum class Stage { Downloading, Indexing };

    SnapshotFetch(const IndexCache &cache, TransferManager *transfers, const ApiClient *api, const Snapshot &snapshot,
                  Need need, QObject *parent = nullptr);
    ~SnapshotFetch() override;

    void start();
    // Stops: a download is paused (its .part kept for next time), indexing abandoned.
    void cancel();

    const Snapshot &snapshot() const { return m_snapshot; }
    QString transferId() const { return m_transferId; } // while downloading
    QString indexPath() const { return m_cache.indexPath(m_snapshot.id); }
    QString archivePath() const { return m_cache.archivePath(m_snapshot.id); }
    QString error() const { return m_error; } // translated, after finished(false)
    // After finished(true): the index came from the download's own bytes, not a second read.
    bool indexedWhileDownloading() const { return m_fromLiveIndexer; }

Q_SIGNALS:
    // done/total in bytes of the archive (total -1 while unknown).
    void progress(SnapshotFetch::Stage stage, qint64 done, qint64 total);
    void finished(bool ok);

private:
    void download();
    QString sameTransfer() const;
    void onTransferChanged(const QString &id);
    void onTransferFinished(const QString &id);
    void index();
    TransferManager::ByteSinks liveIndexers();
    void onIndexed();
    void done(bool ok, const QString &error = {});

    IndexCache m_cache;
    QPointer<TransferManager> m_transfers;
    const ApiClient *m_api;
    Snapshot m_snapshot;
    Need m_need;
    QString m_transferId;
    QString m_error;
    QString m_archiveSha256;
    QFutureWatcher<ArchiveIndexer::Result> m_indexing;
    // The indexer fed by the running download's own bytes (the last one started); null when the
    // download was already under way without one, and the verified file is indexed instead.
    std::shared_ptr<ArchiveIndexer> m_liveIndexer;
    bool m_fromLiveIndexer = false;
    bool m_finished = false;
    bool m_cancelled = false;
};
