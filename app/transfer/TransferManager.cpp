#include "TransferManager.h"

#include "PartFile.h"
#include "SafeFileName.h"
#include "TransferLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

TransferManager::TransferManager(const RequestFactory &requests, const Options &options, QObject *parent)
    : QObject(parent)
    , m_requests(requests)
    , m_options(options)
    , m_store(options.stateDirectory)
{
    m_clock.start();
    m_ticker.setInterval(qMax(10, options.updateIntervalMs));
    connect(&m_ticker, &QTimer::timeout, this, &TransferManager::tick);
}

TransferManager::~TransferManager()
{
    for (auto &[id, e] : m_entries) {
        if (!e->download)
            continue;
        disconnect(e->download, nullptr, this, nullptr);
        delete e->download; // flushes its writer: the .part holds every byte received
        e->record.bytesDone = PartFile::size(e->record.partPath());
        m_store.save(e->record);
    }
}

void TransferManager::setByteSinks(const QString &id, ByteSinks sinks)
{
    if (Entry *e = entry(id))
        e->byteSinks = std::move(sinks);
}

QString TransferManager::add(const Request &request)
{
    TransferRecord record;
    record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.url = request.url;
    record.site = request.site;
    record.snapshotId = request.snapshotId;
    record.selectors = request.selectors;
    record.directory = QDir(request.directory).absolutePath();
    record.createdAt = QDateTime::currentDateTimeUtc();
    TransferInfo::State state = TransferInfo::State::Queued;
    TransferError error;
    const QString typedProblem = request.fileNameAsTyped ? SafeFileName::checkTyped(request.fileName) : QString();
    if (!typedProblem.isEmpty()) {
        state = TransferInfo::State::Failed;
        error = {TransferError::Kind::FileError, typedProblem, {}};
    } else if (!request.fileName.isEmpty()) {
        // A suggested name is treated like the server's: it is built from server data.
        QString name = request.fileNameAsTyped ? request.fileName : SafeFileName::sanitize(request.fileName);
        if (m_options.download.conflict != Download::ConflictPolicy::Overwrite && QDir().mkpath(record.directory)) {
            // Reserved now, so a second transfer queued with the same name gets another one.
            const SafeFileName::Claim claim = SafeFileName::claim(
                record.directory, name, m_options.download.conflict == Download::ConflictPolicy::Rename);
            if (claim.name.isEmpty()) {
                state = TransferInfo::State::Failed;
                error = {claim.taken ? TransferError::Kind::FileExists : TransferError::Kind::FileError, claim.error, {}};
            } else {
                name = claim.name;
            }
        }
        record.fileName = name;
        record.fileNameFixed = true;
    }
    const QString id = insert(record, state);
    entry(id)->info.error = error;
    entry(id)->byteSinks = request.byteSinks;
    if (state == TransferInfo::State::Failed) {
        emitChanged(entry(id));
        Q_EMIT transferFinished(id);
        return id;
    }
    m_store.save(record);
    schedule();
    return id;
}

int TransferManager::restore()
{
    int count = 0;
    const QList<TransferRecord> records = m_store.loadAll();
    for (TransferRecord record : records) {
        if (m_entries.count(record.id))
            continue;
        record.bytesDone = qMin(PartFile::size(record.partPath()), qMax<qint64>(record.totalBytes, 0));
        insert(record, TransferInfo::State::Paused);
        ++count;
    }
    qCInfo(lcTransfer) << "restored" << count << "transfers";
    return count;
}

namespace {

// One spelling per folder, whatever way it was typed; a folder that is gone keeps its clean path.
QString canonicalFolder(const QString &directory)
{
    const QString canonical = QFileInfo(directory).canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(QDir(directory).absolutePath()) : canonical;
}

} // namespace

QString TransferManager::adoptResumable(const Request &request)
{
    const QString folder = canonicalFolder(request.directory);
    QList<Entry *> same;
    for (const QString &id : std::as_const(m_order)) {
        Entry *e = entry(id);
        const TransferRecord &r = e->record;
        const bool resumable = e->info.state == TransferInfo::State::Paused
                               || (e->info.state == TransferInfo::State::Failed && e->info.error.isResumable());
        // A name the user chose is another download than the server-named one, never swept for it.
        const bool sameName = request.fileName.isEmpty() ? !r.fileNameFixed : r.fileName == request.fileName;
        if (resumable && !e->download && sameName && r.site == request.site && r.snapshotId == request.snapshotId
            && r.selectors == request.selectors && canonicalFolder(r.directory) == folder)
            same.append(e);
    }
    if (same.isEmpty())
        return {};
    Entry *best = same.first();
    for (Entry *e : std::as_const(same)) {
        if (PartFile::size(e->record.partPath()) > PartFile::size(best->record.partPath()))
            best = e;
    }
    const QString kept = best->info.id;
    for (Entry *e : std::as_const(same)) {
        if (e != best) {
            qCInfo(lcTransfer) << "removing a duplicate unfinished download of" << request.snapshotId;
            remove(e->info.id);
        }
    }
    return kept;
}

QString TransferManager::insert(const TransferRecord &record, TransferInfo::State state)
{
    auto e = std::make_unique<Entry>();
    e->record = record;
    e->info.id = record.id;
    e->info.state = state;
    e->info.site = record.site;
    e->info.snapshotId = record.snapshotId;
    e->info.selectors = record.selectors;
    e->info.directory = record.directory;
    e->info.fileName = record.fileName;
    e->info.sha256 = record.sha256;
    e->info.bytesDone = record.bytesDone;
    e->info.totalBytes = record.totalBytes;
    e->info.createdAt = record.createdAt;
    e->info.waitsForUser = record.stopped && state == TransferInfo::State::Paused;
    m_entries.emplace(record.id, std::move(e));
    m_order.append(record.id);
    Q_EMIT transferAdded(record.id);
    return record.id;
}

TransferManager::Entry *TransferManager::entry(const QString &id) const
{
    const auto it = m_entries.find(id);
    return it == m_entries.end() ? nullptr : it->second.get();
}

int TransferManager::runningCount() const
{
    int n = 0;
    for (const auto &[id, e] : m_entries)
        n += e->download ? 1 : 0;
    return n;
}

void TransferManager::schedule()
{
    int running = runningCount();
    for (const QString &id : std::as_const(m_order)) {
        if (running >= m_options.maxConcurrent)
            break;
        Entry *e = entry(id);
        if (e->info.state == TransferInfo::State::Queued && !e->download) {
            startEntry(e);
            ++running;
        }
    }
    if (running > 0 && !m_ticker.isActive())
        m_ticker.start();
}

void TransferManager::startEntry(Entry *e)
{
    auto *download = new Download(m_requests, e->record, m_options.download, this);
    e->download = download;
    if (e->byteSinks) {
        if (std::shared_ptr<ByteSink> sink = e->byteSinks())
            download->setByteSink(std::move(sink));
    }
    e->speed.reset();
    const QString id = e->info.id;
    connect(download, &Download::recordChanged, this, [this, id] {
        if (Entry *e = entry(id))
            onRecordChanged(e);
    });
    connect(download, &Download::progress, this, [this, id](qint64 done, qint64 total) {
        if (Entry *e = entry(id)) {
            e->info.bytesDone = done;
            e->info.totalBytes = total;
            e->dirty = true; // reported by tick(), batched
        }
    });
    connect(download, &Download::verifying, this, [this, id] {
        if (Entry *e = entry(id))
            setState(e, TransferInfo::State::Verifying);
    });
    connect(download, &Download::succeeded, this, [this, id](const QString &path) {
        Entry *e = entry(id);
        if (!e)
            return;
        finishDownload(e);
        e->info.filePath = path;
        e->info.fileName = QFileInfo(path).fileName();
        e->info.bytesDone = e->info.totalBytes;
        m_store.remove(id);
        setState(e, TransferInfo::State::Completed);
        Q_EMIT transferFinished(id);
        if (e->removeWhenStopped)
            forget(id);
        schedule();
    });
    connect(download, &Download::failed, this, [this, id](const TransferError &error) {
        Entry *e = entry(id);
        if (!e)
            return;
        finishDownload(e);
        e->info.error = error;
        if (!error.isResumable())
            releaseEmptyPart(e->record);
        if (e->cancelWhenStopped) {
            discard(e);
        } else {
            e->record.stopped = true;
            m_store.save(e->record);
            setState(e, TransferInfo::State::Failed);
            Q_EMIT transferFinished(id);
        }
        schedule();
    });
    connect(download, &Download::stopped, this, [this, id] {
        if (Entry *e = entry(id))
            onStopped(e);
    });
    e->info.error = {};
    setState(e, TransferInfo::State::Running);
    download->start();
}

void TransferManager::takeRecord(Entry *e)
{
    // The download knows bytes, names and checksums; whether the user stopped it is ours.
    const bool stopped = e->record.stopped;
    e->record = e->download->record();
    e->record.stopped = stopped;
}

void TransferManager::finishDownload(Entry *e)
{
    takeRecord(e);
    e->received += e->download->bytesReceived();
    e->download->disconnect(this);
    e->download->deleteLater();
    e->download = nullptr;
    e->speed.reset();
    e->info.bytesPerSecond = 0;
    e->info.etaSeconds = -1;
    e->info.bytesDone = e->record.bytesDone;
}

void TransferManager::onRecordChanged(Entry *e)
{
    takeRecord(e);
    e->info.fileName = e->record.fileName;
    e->info.sha256 = e->record.sha256;
    e->info.totalBytes = e->record.totalBytes;
    e->info.bytesDone = e->download->bytesDone();
    m_store.save(e->record);
    e->dirty = true;
}

void TransferManager::onStopped(Entry *e)
{
    finishDownload(e);
    if (e->cancelWhenStopped) {
        discard(e);
    } else {
        m_store.save(e->record);
        setState(e, TransferInfo::State::Paused);
    }
    schedule();
}

void TransferManager::releaseEmptyPart(const TransferRecord &record)
{
    // An empty .part only reserved the name (SafeFileName::claim): nothing worth resuming is
    // in it, and keeping it would make the next attempt find its own name "taken".
    if (record.fileName.isEmpty())
        return;
    if (PartFile::isOurs(record.partPath()) && PartFile::size(record.partPath()) == 0)
        PartFile::remove(record.partPath());
}

void TransferManager::discard(Entry *e)
{
    const QString id = e->info.id;
    // Only our own .part: a link or another user's file planted under its name stays untouched.
    if (!e->record.fileName.isEmpty())
        PartFile::remove(e->record.partPath());
    m_store.remove(id);
    e->record.bytesDone = 0;
    e->info.bytesDone = 0;
    e->cancelWhenStopped = false;
    setState(e, TransferInfo::State::Cancelled);
    Q_EMIT transferFinished(id);
    if (e->removeWhenStopped)
        forget(id);
}

void TransferManager::pause(const QString &id)
{
    Entry *e = entry(id);
    if (!e)
        return;
    e->record.stopped = true;
    m_store.save(e->record);
    if (e->download) {
        e->download->stop(); // → stopped(), or a result if it was already verifying
    } else if (e->info.state == TransferInfo::State::Queued) {
        setState(e, TransferInfo::State::Paused);
    }
}

void TransferManager::resume(const QString &id)
{
    Entry *e = entry(id);
    if (!e || e->download)
        return;
    if (e->info.state == TransferInfo::State::Paused || e->info.state == TransferInfo::State::Failed) {
        e->record.stopped = false;
        e->info.waitsForUser = false;
        m_store.save(e->record);
        e->info.error = {};
        setState(e, TransferInfo::State::Queued);
        schedule();
    }
}

void TransferManager::cancel(const QString &id)
{
    Entry *e = entry(id);
    if (!e || e->info.isFinal())
        return;
    if (e->download) {
        e->cancelWhenStopped = true;
        e->download->stop();
        return;
    }
    discard(e);
}

void TransferManager::remove(const QString &id)
{
    Entry *e = entry(id);
    if (!e)
        return;
    if (e->info.isFinal()) {
        forget(id);
        return;
    }
    e->removeWhenStopped = true;
    cancel(id);
}

void TransferManager::pauseAll()
{
    for (const QString &id : std::as_const(m_order))
        pause(id);
}

void TransferManager::resumeAll()
{
    for (const QString &id : std::as_const(m_order)) {
        if (Entry *e = entry(id); e && e->info.state == TransferInfo::State::Paused)
            resume(id);
    }
}

void TransferManager::setMaxConcurrent(int n)
{
    m_options.maxConcurrent = qMax(1, n);
    schedule();
}

void TransferManager::forget(const QString &id)
{
    m_order.removeAll(id);
    auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    // A removed transfer can still have its result in flight (remove() while verifying).
    std::unique_ptr<Entry> gone = std::move(it->second);
    m_entries.erase(it);
    if (gone->download) {
        gone->download->disconnect(this);
        gone->download->deleteLater();
    }
    Q_EMIT transferRemoved(id);
}

QList<TransferInfo> TransferManager::transfers() const
{
    QList<TransferInfo> list;
    list.reserve(m_order.size());
    for (const QString &id : m_order)
        list.append(entry(id)->info);
    return list;
}

TransferInfo TransferManager::transfer(const QString &id) const
{
    const Entry *e = entry(id);
    return e ? e->info : TransferInfo{};
}

qint64 TransferManager::bytesReceived(const QString &id) const
{
    const Entry *e = entry(id);
    if (!e)
        return 0;
    return e->received + (e->download ? e->download->bytesReceived() : 0);
}

void TransferManager::setState(Entry *e, TransferInfo::State state)
{
    e->info.state = state;
    emitChanged(e);
}

void TransferManager::emitChanged(Entry *e)
{
    e->dirty = false;
    Q_EMIT transferChanged(e->info.id);
}

void TransferManager::tick()
{
    const qint64 now = m_clock.elapsed();
    bool anyRunning = false;
    for (const QString &id : std::as_const(m_order)) {
        Entry *e = entry(id);
        if (!e->download)
            continue;
        anyRunning = true;
        e->speed.sample(e->info.bytesDone, now);
        e->info.bytesPerSecond = e->speed.bytesPerSecond();
        e->info.etaSeconds = e->info.totalBytes >= 0 ? e->speed.etaSeconds(e->info.totalBytes - e->info.bytesDone) : -1;
        if (e->dirty)
            emitChanged(e);
    }
    if (!anyRunning)
        m_ticker.stop();
}
