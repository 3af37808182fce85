#include "SnapshotFetch.h"

#include "IndexLog.h"
#include "api/ApiClient.h"
#include "transfer/TransferManager.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

SnapshotFetch::SnapshotFetch(const IndexCache &cache, TransferManager *transfers, const ApiClient *api,
                             const Snapshot &snapshot, Need need, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_transfers(transfers)
    , m_api(api)
    , m_snapshot(snapshot)
    , m_need(need)
{
    connect(&m_indexing, &QFutureWatcherBase::finished, this, &SnapshotFetch::onIndexed);
}

SnapshotFetch::~SnapshotFetch()
{
    // The worker notices and stops between blocks; what it wrote is removed by itself.
    m_indexing.cancel();
}

void SnapshotFetch::start()
{
    if (m_cache.indexPath(m_snapshot.id).isEmpty()) {
        // Queued, so that finished() never comes before the caller returned from start().
        QMetaObject::invokeMethod(
            this, [this] { done(false, tr("\"%1\" is not a snapshot id.").arg(m_snapshot.id)); }, Qt::QueuedConnection);
        return;
    }
    const bool indexed = m_cache.hasIndex(m_snapshot.id);
    const bool archived = m_cache.hasArchive(m_snapshot.id);
    if (indexed && (m_need == Need::Index || archived)) {
        m_cache.touch(m_snapshot.id);
        QMetaObject::invokeMethod(
            this, [this] { done(true); }, Qt::QueuedConnection);
        return;
    }
    if (archived) {
        QMetaObject::invokeMethod(this, &SnapshotFetch::index, Qt::QueuedConnection);
        return;
    }
    QMetaObject::invokeMethod(this, &SnapshotFetch::download, Qt::QueuedConnection);
}

void SnapshotFetch::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_transfers && !m_transferId.isEmpty())
        m_transfers->pause(m_transferId); // the .part stays for the next attempt
    m_indexing.cancel();
    done(false, tr("Cancelled."));
}

void SnapshotFetch::download()
{
    if (m_finished)
        return;
    if (!m_transfers || !m_api) {
        done(false, tr("The archive of snapshot %1 cannot be downloaded here.").arg(m_snapshot.id));
        return;
    }
    if (!QDir().mkpath(m_cache.archiveFolder())) {
        done(false, tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(m_cache.archiveFolder())));
        return;
    }
    // The whole archive (no selectors): one download serves the tree, the tables and every later
    // "save as".
    TransferManager::Request request
        = TransferManager::snapshotRequest(*m_api, m_snapshot.siteId, m_snapshot.id, {}, m_cache.archiveFolder());
    request.fileName = m_snapshot.id + QStringLiteral(".tar.gz");
    request.byteSinks = liveIndexers();
    connect(m_transfers, &TransferManager::transferChanged, this, &SnapshotFetch::onTransferChanged,
            Qt::UniqueConnection);
    connect(m_transfers, &TransferManager::transferFinished, this, &SnapshotFetch::onTransferFinished,
            Qt::UniqueConnection);
    m_transferId = m_transfers->adoptResumable(request);
    if (m_transferId.isEmpty())
        m_transferId = sameTransfer();
    if (!m_transferId.isEmpty()) {
        m_transfers->setByteSinks(m_transferId, liveIndexers());
        const TransferInfo info = m_transfers->transfer(m_transferId);
        if (info.state == TransferInfo::State::Paused || info.state == TransferInfo::State::Failed)
            m_transfers->resume(m_transferId);
        return;
    }
    m_transferId = m_transfers->add(request);
    // add() may refuse at once, before anyone listened for that id.
    const TransferInfo info = m_transfers->transfer(m_transferId);
    if (info.state == TransferInfo::State::Failed || info.state == TransferInfo::State::Completed)
        onTransferFinished(m_transferId);
}

TransferManager::ByteSinks SnapshotFetch::liveIndexers()
{
    // The index is built from the bytes the download hashes and writes: no second read of the
    // archive. Each start of the download gets a new indexer (it sees the archive from byte 0).
    QPointer<SnapshotFetch> self(this);
    return [self]() -> std::shared_ptr<ByteSink> {
        if (!self || self->m_finished)
            return nullptr;
        IndexInfo info;
        info.snapshotId = self->m_snapshot.id;
        info.siteId = self->m_snapshot.siteId;
        info.environment = self->m_snapshot.environment;
        info.createdAt = self->m_snapshot.createdAt;
        self->m_liveIndexer = std::make_shared<ArchiveIndexer>(self->m_cache.indexPath(self->m_snapshot.id), info);
        return self->m_liveIndexer;
    };
}

QString SnapshotFetch::sameTransfer() const
{
    // This archive already on its way into the cache (another view fetching the same snapshot):
    // joined, not downloaded twice. Paused ones are adoptResumable()'s.
    const QString folder = QFileInfo(m_cache.archiveFolder()).absoluteFilePath();
    for (const TransferInfo &info : m_transfers->transfers()) {
        const bool usable = info.isActive() || info.state == TransferInfo::State::Queued;
        if (usable && info.snapshotId == m_snapshot.id && info.selectors.isEmpty()
            && QFileInfo(info.directory).absoluteFilePath() == folder)
            return info.id;
    }
    return {};
}

void SnapshotFetch::onTransferChanged(const QString &id)
{
    if (id != m_transferId || m_finished)
        return;
    const TransferInfo info = m_transfers->transfer(id);
    Q_EMIT progress(Stage::Downloading, info.bytesDone, info.totalBytes);
}

void SnapshotFetch::onTransferFinished(const QString &id)
{
    if (id != m_transferId || m_finished)
        return;
    const TransferInfo info = m_transfers->transfer(id);
    m_transferId.clear();
    switch (info.state) {
    case TransferInfo::State::Completed: {
        const QString target = m_cache.archivePath(m_snapshot.id);
        if (QFileInfo(info.filePath).absoluteFilePath() != QFileInfo(target).absoluteFilePath()) {
            QFile::remove(target);
            if (!QFile::rename(info.filePath, target)) {
                done(false,
                     tr("Could not move the archive into the cache at %1.").arg(QDir::toNativeSeparators(target)));
                return;
            }
        }
        m_transfers->remove(id); // verified and in place: nothing left to resume
        m_archiveSha256 = info.sha256;
        QString error;
        if (!m_cache.addArchive(m_snapshot.id, &error))
            qCWarning(lcIndex) << error;
        if (m_liveIndexer) {
            // Built while downloading (its file may be in place already); its result, which the
            // cache's catalogue still needs, comes once its worker has read the last block.
            m_fromLiveIndexer = true;
            Q_EMIT progress(Stage::Indexing, 0, -1);
            m_indexing.setFuture(m_liveIndexer->result());
            return;
        }
        if (m_cache.hasIndex(m_snapshot.id)) {
            done(true);
            return;
        }
        index(); // joined a download that was already running without an indexer
        return;
    }
    case TransferInfo::State::Failed:
        done(false, info.error.message);
        return;
    default:
        done(false, tr("The download of snapshot %1 was cancelled.").arg(m_snapshot.id));
        return;
    }
}

void SnapshotFetch::index()
{
    if (m_finished)
        return;
    IndexInfo info;
    info.snapshotId = m_snapshot.id;
    info.siteId = m_snapshot.siteId;
    info.environment = m_snapshot.environment;
    info.createdAt = m_snapshot.createdAt;
    info.archiveSha256 = m_archiveSha256;
    Q_EMIT progress(Stage::Indexing, 0, -1);
    m_indexing.setFuture(
        ArchiveIndexer::indexFileAsync(m_cache.archivePath(m_snapshot.id), m_cache.indexPath(m_snapshot.id), info));
}

void SnapshotFetch::onIndexed()
{
    if (m_finished || m_indexing.future().resultCount() == 0) {
        if (!m_finished)
            done(false, tr("Cancelled."));
        return;
    }
    ArchiveIndexer::Result result = m_indexing.result();
    if (!result.ok && m_fromLiveIndexer && !m_cancelled) {
        // The verified archive is in the cache: reading it once more is still right.
        qCInfo(lcIndex) << "indexing during the download failed:" << result.error << "- indexing the file";
        m_fromLiveIndexer = false;
        m_liveIndexer.reset();
        index();
        return;
    }
    if (!result.ok) {
        done(false, result.error);
        return;
    }
    if (result.info.archiveSha256.isEmpty())
        result.info.archiveSha256 = m_archiveSha256;
    // The archive was verified whole; a component digest that disagrees with the API's would
    // mean the platform's own records disagree. Said in the log, the index is still right.
    if (m_snapshot.files && !m_snapshot.files->sha256.isEmpty()
        && m_snapshot.files->sha256.compare(result.info.filesSha256, Qt::CaseInsensitive) != 0)
        qCWarning(lcIndex) << "files digest of" << m_snapshot.id << "differs from the API's";
    QString error;
    if (!m_cache.addIndex(result.info, &error)) {
        done(false, error);
        return;
    }
    m_cache.evict({m_snapshot.id});
    done(true);
}

void SnapshotFetch::done(bool ok, const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = ok ? QString() : error;
    if (!ok)
        qCInfo(lcIndex) << "snapshot" << m_snapshot.id << "not fetched:" << error;
    Q_EMIT finished(ok);
}
