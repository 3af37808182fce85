#include "SnapshotLoader.h"

#include "index/SnapshotIndex.h"
#include "util/Format.h"

SnapshotLoader::SnapshotLoader(const ExplorerContext &context, const Snapshot &snapshot, SnapshotFetch::Need need,
                               QObject *parent)
    : QObject(parent)
    , m_cache(context.cache)
    , m_api(context.api)
    , m_transfers(context.transfers)
    , m_snapshot(snapshot)
    , m_need(need)
{
}

SnapshotLoader::~SnapshotLoader()
{
    if (m_fetch)
        m_fetch->cancel();
}

QString SnapshotLoader::archivePath() const
{
    return m_cache.archivePath(m_snapshot.id);
}

void SnapshotLoader::start()
{
    if (!m_api || !m_transfers) {
        m_error = tr("Signed out: sign in again to look inside this snapshot.");
        Q_EMIT finished(false);
        return;
    }
    m_fetch = new SnapshotFetch(m_cache, m_transfers, m_api, m_snapshot, m_need, this);
    connect(m_fetch, &SnapshotFetch::progress, this, [this](SnapshotFetch::Stage stage, qint64 done, qint64 total) {
        if (stage == SnapshotFetch::Stage::Indexing) {
            Q_EMIT progress(tr("Reading the archive’s contents…"), total > 0 ? int(1000 * done / total) : -1);
            return;
        }
        Q_EMIT progress(total > 0 ? tr("Downloading the archive: %1 of %2").arg(Format::size(done), Format::size(total))
                                  : tr("Downloading the archive: %1").arg(Format::size(done)),
                        total > 0 ? int(1000 * done / total) : -1);
    });
    connect(m_fetch, &SnapshotFetch::finished, this, &SnapshotLoader::onFetchFinished);
    m_fetch->start();
}

void SnapshotLoader::cancel()
{
    if (m_fetch)
        m_fetch->cancel();
}

void SnapshotLoader::onFetchFinished(bool ok)
{
    SnapshotFetch *fetch = m_fetch;
    m_fetch = nullptr;
    fetch->deleteLater();
    if (!ok) {
        m_error = fetch->error().isEmpty() ? tr("The snapshot could not be read.") : fetch->error();
        Q_EMIT finished(false);
        return;
    }
    QString error;
    std::unique_ptr<SnapshotIndex> index = m_cache.open(m_snapshot.id, &error);
    if (!index) {
        m_error = error;
        Q_EMIT finished(false);
        return;
    }
    m_index = std::shared_ptr<SnapshotIndex>(std::move(index));
    Q_EMIT finished(true);
}
