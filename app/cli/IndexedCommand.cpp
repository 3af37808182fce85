#include "IndexedCommand.h"

#include "Display.h"
#include "ExitCode.h"
#include "api/ApiClient.h"
#include "auth/ApiKey.h"
#include "index/SnapshotIndex.h"
#include "transfer/ArchiveExtractor.h"
#include "transfer/RequestFactory.h"
#include "transfer/TransferManager.h"

#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>

IndexCache IndexedCommand::cache()
{
    const Credentials &c = ctx().activeCredentials();
    // The same key as the desktop app's for a stored account, so both share what was indexed.
    const QString key
        = c.account.isValid() ? c.account.id : c.apiUrl.toString() + QLatin1Char('|') + ApiKey::prefix(c.key);
    return IndexCache(key);
}

TransferManager *IndexedCommand::transfers(ApiClient *api)
{
    if (m_transfers)
        return m_transfers;
    // Records of unfinished downloads live with `mf snapshot download`'s, so an interrupted
    // fetch resumes on the next run; never the key or a signed URL.
    const QByteArray apiHash
        = QCryptographicHash::hash(api->baseUrl().toString().toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    TransferManager::Options options;
    options.maxConcurrent = 1;
    options.stateDirectory = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/mf-downloads/") + QString::fromLatin1(apiHash);
    options.updateIntervalMs = 200;
    options.download.conflict = Download::ConflictPolicy::Overwrite; // the cache's own file name
    m_transfers = new TransferManager(RequestFactory::forApi(api), options, this);
    m_transfers->restore();
    return m_transfers;
}

void IndexedCommand::fetchSnapshots(ApiClient *api, const QString &site, const QStringList &ids,
                                    SnapshotFetch::Need need, std::function<void(const QList<Snapshot> &)> done)
{
    auto read = std::make_shared<QList<Snapshot>>();
    auto left = std::make_shared<int>(int(ids.size()));
    for (const QString &id : ids) {
        ApiReply *reply = track(api->snapshot(site, id));
        connect(reply, &ApiReply::finished, this, [this, api, reply, read, left, ids, need, done] {
            const std::optional<Snapshot> snapshot = parsed<Snapshot>(reply);
            if (!snapshot || isFinished())
                return;
            if (!snapshot->isReady()) {
                fail(ExitCode::Conflict,
                     tr("Snapshot %1 is %2, not ready: it has no archive to look into.")
                         .arg(snapshot->id, snapshot->statusRaw));
                return;
            }
            read->append(*snapshot);
            if (--*left > 0)
                return;
            // In the order asked for, whatever order the replies came in.
            QList<Snapshot> ordered;
            for (const QString &id : ids) {
                for (const Snapshot &s : std::as_const(*read)) {
                    if (s.id == id)
                        ordered << s;
                }
            }
            fetch(api, ordered, need, [done, ordered] { done(ordered); });
        });
    }
}

void IndexedCommand::fetch(ApiClient *api, const QList<Snapshot> &snapshots, SnapshotFetch::Need need,
                           std::function<void()> done)
{
    fetchNext(api, snapshots, need, std::move(done));
}

void IndexedCommand::fetchNext(ApiClient *api, QList<Snapshot> left, SnapshotFetch::Need need,
                               std::function<void()> done)
{
    if (isFinished())
        return;
    if (left.isEmpty()) {
        term().clearProgress();
        done();
        return;
    }
    const Snapshot snapshot = left.takeFirst();
    auto *fetch = new SnapshotFetch(cache(), transfers(api), api, snapshot, need, this);
    m_fetch = fetch;
    connect(fetch, &SnapshotFetch::progress, this,
            [this, id = snapshot.id](SnapshotFetch::Stage stage, qint64 done, qint64 total) {
                if (stage == SnapshotFetch::Stage::Indexing)
                    term().progress(tr("Indexing %1…").arg(id));
                else if (total > 0)
                    term().progress(tr("Downloading %1  %2%  %3 of %4")
                                        .arg(id)
                                        .arg(done * 100 / total)
                                        .arg(Display::size(done), Display::size(total)));
                else
                    term().progress(tr("Downloading %1…").arg(id));
            });
    connect(fetch, &SnapshotFetch::finished, this, [this, fetch, api, left, need, done](bool ok) {
        fetch->deleteLater();
        if (isFinished())
            return;
        if (!ok) {
            fail(ExitCode::Error, tr("Could not look into snapshot %1: %2").arg(fetch->snapshot().id, fetch->error()),
                 tr("What was downloaded is kept; run the same command again to resume."));
            return;
        }
        fetchNext(api, left, need, done);
    });
    fetch->start();
}

std::unique_ptr<SnapshotIndex> IndexedCommand::openIndex(const QString &snapshotId)
{
    QString error;
    auto index = cache().open(snapshotId, &error);
    if (!index)
        fail(ExitCode::Error, error, tr("Run the command again to rebuild the index."));
    return index;
}

QString IndexedCommand::cleanPath(const QString &argument, QString *problem)
{
    QString path = argument;
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    problem->clear();
    if (path.isEmpty() || path == QLatin1String("."))
        return QStringLiteral("");
    const QString why = ArchiveExtractor::checkEntryPath(path);
    if (!why.isEmpty()) {
        *problem = tr("the path \"%1\" %2").arg(argument, why);
        return {};
    }
    return QDir::cleanPath(path);
}

void IndexedCommand::addComponentOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("db"), tr("Look into the database component (db/) instead of the files.")});
}

IndexComponent IndexedCommand::componentOption(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("db")) ? IndexComponent::Db : IndexComponent::Files;
}

void IndexedCommand::interrupt()
{
    if (m_fetch)
        m_fetch->cancel(); // a download is paused, its .part kept for the next run
    Command::interrupt();
}
