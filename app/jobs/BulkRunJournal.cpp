#include "BulkRunJournal.h"

#include "util/LogCategories.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

namespace {
// The platform remembers an Idempotency-Key for 24 hours: past that a stored key protects nothing.
constexpr qint64 KeyMemorySeconds = 24 * 3600;
constexpr int Format = 1;
constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;

QJsonObject toJson(const BulkRunJournal::Record &r)
{
    QJsonObject o{{QLatin1String("key"), r.key}, {QLatin1String("state"), r.state}};
    const auto put = [&o](const char *name, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(name), value);
    };
    put("job_id", r.jobId);
    put("snapshot_id", r.snapshotId);
    put("reason", r.reason);
    put("request_id", r.requestId);
    if (r.joined)
        o.insert(QLatin1String("joined"), true);
    if (r.jobFailed)
        o.insert(QLatin1String("job_failed"), true);
    return o;
}

BulkRunJournal::Record fromJson(const QJsonObject &o)
{
    BulkRunJournal::Record r;
    r.key = o.value(QLatin1String("key")).toString();
    r.state = o.value(QLatin1String("state")).toString();
    r.jobId = o.value(QLatin1String("job_id")).toString();
    r.snapshotId = o.value(QLatin1String("snapshot_id")).toString();
    r.reason = o.value(QLatin1String("reason")).toString();
    r.requestId = o.value(QLatin1String("request_id")).toString();
    r.joined = o.value(QLatin1String("joined")).toBool();
    r.jobFailed = o.value(QLatin1String("job_failed")).toBool();
    return r;
}
} // namespace

BulkRunJournal::BulkRunJournal(const QString &directory, const QString &runId, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
    , m_runId(runId)
    , m_saveTimer(new QTimer(this))
{
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(500);
    connect(m_saveTimer, &QTimer::timeout, this, [this] { flush(); });
}

BulkRunJournal::~BulkRunJournal()
{
    if (m_lock && m_dirty)
        flush();
}

QString BulkRunJournal::runId(const QString &owner, const QString &label, const QStringList &targets)
{
    QStringList sorted = targets;
    sorted.sort();
    sorted.removeDuplicates();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QByteArray text = owner.toUtf8() + '\n' + label.toUtf8() + '\n' + sorted.join(u'\n').toUtf8();
    hash.addData(text);
    return QString::fromLatin1(hash.result().toHex().left(24));
}

QString BulkRunJournal::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/bulk-runs");
}

QString BulkRunJournal::path() const
{
    return m_directory + u'/' + m_runId + QStringLiteral(".json");
}

bool BulkRunJournal::isContinued() const { return m_continued; }
QDateTime BulkRunJournal::startedAt() const { return m_startedAt; }
bool BulkRunJournal::contains(const QString &target) const { return m_records.contains(target); }
BulkRunJournal::Record BulkRunJournal::record(const QString &target) const { return m_records.value(target); }
void BulkRunJournal::setSaveDelay(int ms) { m_saveTimer->setInterval(qMax(0, ms)); }

bool BulkRunJournal::open(const QString &label, QString *error)
{
    m_label = label;
    if (!QDir().mkpath(m_directory)) {
        *error = tr("Cannot create the folder %1 where runs are kept.").arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    auto lock = std::make_unique<QLockFile>(m_directory + u'/' + m_runId + QStringLiteral(".lock"));
    // Never stale by age (a run may take an hour); an owner that died leaves a lock Qt sees as stale.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        lock->getLockInfo(&pid, &host, &app);
        *error = lock->error() == QLockFile::LockFailedError
            ? tr("This run is already going on in another process (%1, pid %2).").arg(app).arg(pid)
            : tr("Cannot lock %1 to keep this run to one process.").arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    m_lock = std::move(lock);
    if (!load(error)) {
        m_lock.reset();
        return false;
    }
    return true;
}

bool BulkRunJournal::load(QString *error)
{
    QFile file(path());
    if (!file.exists()) {
        m_startedAt = QDateTime::currentDateTimeUtc();
        return true;
    }
    const QString name = QDir::toNativeSeparators(path());
    if (file.size() > MaxFileBytes || !file.open(QIODevice::ReadOnly)) {
        *error = tr("The saved state of this run (%1) cannot be read. It holds what keeps the environments from "
                    "a second snapshot; remove it only to start the run afresh.").arg(name);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = doc.object();
    const QDateTime started = QDateTime::fromString(root.value(QLatin1String("started_at")).toString(), Qt::ISODate);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()
        || root.value(QLatin1String("format")).toInt() != Format || !started.isValid()
        || !root.value(QLatin1String("environments")).isObject()) {
        *error = tr("The saved state of this run (%1) is damaged. It holds what keeps the environments from "
                    "a second snapshot; remove it only to start the run afresh.").arg(name);
        return false;
    }
    if (started.secsTo(QDateTime::currentDateTimeUtc()) > KeyMemorySeconds) {
        // The platform has forgotten the keys; a new start is a new run.
        qCInfo(lcJobs) << "bulk run" << m_runId << "is older than a day; starting it afresh";
        m_startedAt = QDateTime::currentDateTimeUtc();
        return true;
    }
    const QJsonObject envs = root.value(QLatin1String("environments")).toObject();
    for (auto it = envs.begin(); it != envs.end(); ++it)
        m_records.insert(it.key(), fromJson(it.value().toObject()));
    m_startedAt = started;
    m_continued = true;
    qCInfo(lcJobs) << "continuing bulk run" << m_runId << "with" << m_records.size() << "environments on record";
    return true;
}

void BulkRunJournal::set(const QString &target, const Record &record)
{
    m_records.insert(target, record);
    m_dirty = true;
    if (!m_saveTimer->isActive())
        m_saveTimer->start();
}

bool BulkRunJournal::flush(QString *error)
{
    m_saveTimer->stop();
    if (!m_lock)
        return false;
    QJsonObject envs;
    for (auto it = m_records.cbegin(); it != m_records.cend(); ++it)
        envs.insert(it.key(), toJson(it.value()));
    const QJsonObject root{{QLatin1String("format"), Format},
                           {QLatin1String("run"), m_runId},
                           {QLatin1String("label"), m_label},
                           {QLatin1String("started_at"), m_startedAt.toUTC().toString(Qt::ISODate)},
                           {QLatin1String("environments"), envs}};
    // Written whole or not at all: a crash mid-write keeps the previous state.
    QSaveFile file(path());
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) < 0
        || !file.commit()) {
        qCWarning(lcJobs) << "cannot save bulk run" << m_runId << file.errorString();
        if (error)
            *error = tr("Cannot save the state of this run to %1: %2")
                         .arg(QDir::toNativeSeparators(path()), file.errorString());
        return false;
    }
    m_dirty = false;
    return true;
}

void BulkRunJournal::discard()
{
    m_saveTimer->stop();
    m_dirty = false;
    m_records.clear();
    QFile::remove(path());
}
