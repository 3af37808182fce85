#include "JobRunner.h"

#include "Archive.h"
#include "EnvironmentData.h"
#include "RestoreStaging.h"
#include "SandboxClock.h"
#include "SandboxLog.h"
#include "Ulid.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QThread>

#include <csignal>
#include <cstdio>

namespace {
QJsonObject jobError(const QString &code, const QString &message)
{
    return QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
}

// The phase the job on this worker thread is in, for --crash-after-phase (one job per thread
// at a time).
thread_local QString t_phase;
}

JobRunner::JobRunner(Store *store, const SandboxClock *clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
{
    // Like the platform: a job mostly waits on storage, so more run at once than there are cores.
    m_pool.setMaxThreadCount(8);
}

void JobRunner::setWorkers(int n)
{
    m_pool.setMaxThreadCount(qMax(1, n));
}

JobRunner::~JobRunner()
{
    m_pool.waitForDone();
}

void JobRunner::waitForDone() { m_pool.waitForDone(); }
int JobRunner::activeCount() const { return m_pool.activeThreadCount(); }

QString JobRunner::startCapture(const QString &orgId, const SiteInfo &site, const QString &env, const QString &kind,
                                const QString &label, const QString &createdBy, QString *snapshotId)
{
    const QDateTime now = m_clock->now();
    const QString jobId = Ulid::make(QStringLiteral("job"), now);
    SnapInfo s;
    s.id = Ulid::make(QStringLiteral("snap"), now);
    s.siteId = site.id;
    s.env = env;
    s.kind = kind;
    s.label = label;
    s.createdBy = createdBy;
    s.jobId = jobId;
    s.createdAt = now;
    if (!m_store->insertSnapshot(s, QStringLiteral("pending"), {}, {}, {})
        || !m_store->insertJob(jobId, orgId, QStringLiteral("capture"), site.id, env, s.id,
                               {QStringLiteral("db"), QStringLiteral("files")}, now))
        return {};
    *snapshotId = s.id;
    // Started from the event loop, after the caller has answered 202 with the job still
    // `queued` and the snapshot `pending`, as the contract shows them.
    QMetaObject::invokeMethod(this, [this, jobId, site, env, id = s.id] {
        m_pool.start([this, jobId, site, env, id] { runCapture(jobId, site, env, id); });
    }, Qt::QueuedConnection);
    return jobId;
}

QString JobRunner::startRestore(const QString &orgId, const SiteInfo &site, const SnapInfo &snap, const QString &targetEnv,
                                const QStringList &selectors)
{
    const QString jobId = Ulid::make(QStringLiteral("job"), m_clock->now());
    if (!m_store->insertJob(jobId, orgId, QStringLiteral("restore"), site.id, targetEnv, snap.id, selectors, m_clock->now()))
        return {};
    QMetaObject::invokeMethod(this, [this, jobId, site, snap, targetEnv, selectors] {
        m_pool.start([this, jobId, site, snap, targetEnv, selectors] { runRestore(jobId, site, snap, targetEnv, selectors); });
    }, Qt::QueuedConnection);
    return jobId;
}

void JobRunner::leavePhase()
{
    if (!m_faults.crashAfterPhase.isEmpty() && t_phase == m_faults.crashAfterPhase) {
        // Test hook: dies as a power cut would, with no chance to record anything.
        std::fprintf(stderr, "mf-sandbox: --crash-after-phase: killing myself after \"%s\"\n", qPrintable(t_phase));
        std::fflush(stderr);
        ::raise(SIGKILL);
    }
    t_phase.clear();
}

void JobRunner::phase(const QString &jobId, int progress, const QString &text)
{
    if (jobId.isEmpty())
        return;
    leavePhase();
    t_phase = text;
    m_store->updateJob(jobId, progress, text);
    if (m_faults.slowMs > 0)
        QThread::msleep(ulong(m_faults.slowMs));
}

bool JobRunner::injectFailure()
{
    return m_faults.failRate > 0 && QRandomGenerator::global()->generateDouble() < m_faults.failRate;
}

bool JobRunner::ensureEnvironment(const SiteInfo &site, const QString &env, QString *error)
{
    // Fleet environments get their content on first use, so a 5000-site fleet seeds fast.
    const QString dir = m_store->envDir(site.slug, env);
    return EnvironmentData::exists(dir) || EnvironmentData::create(dir, site.slug, env, 0, error);
}

void JobRunner::runCapture(const QString &jobId, const SiteInfo &site, const QString &env, const QString &snapshotId)
{
    m_store->startJob(jobId, m_clock->now());
    m_store->setSnapshotStatus(snapshotId, QStringLiteral("capturing"));
    QString error;
    t_phase.clear();
    if (capture(jobId, site, env, snapshotId, 6, QDateTime(), &error)) {
        leavePhase();
        m_store->finishJob(jobId, m_clock->now(), {});
        qCInfo(lcSandbox) << "capture" << snapshotId << "of" << site.slug << env << "ready";
        return;
    }
    t_phase.clear();
    const QJsonObject err = jobError(QStringLiteral("capture_failed"), error);
    m_store->failSnapshot(snapshotId, m_clock->now(), err);
    m_store->finishJob(jobId, m_clock->now(), err);
    qCWarning(lcSandbox) << "capture" << snapshotId << "of" << site.slug << env << "failed:" << error;
}

bool JobRunner::captureNow(const SiteInfo &site, const QString &env, const QString &snapshotId, int gzipLevel,
                           const QDateTime &completedAt, QString *error)
{
    return capture(QString(), site, env, snapshotId, gzipLevel, completedAt, error);
}

bool JobRunner::capture(const QString &jobId, const SiteInfo &site, const QString &env, const QString &snapshotId,
                        int gzipLevel, const QDateTime &completedAt, QString *error)
{
    if (!ensureEnvironment(site, env, error))
        return false;
    const QString envDir = m_store->envDir(site.slug, env);
    const QString staging = m_store->tempDir() + QLatin1Char('/') + snapshotId;
    QDir(staging).removeRecursively();
    QDir().mkpath(staging + QStringLiteral("/db"));
    const auto cleanup = qScopeGuard([&] { QDir(staging).removeRecursively(); });

    phase(jobId, 5, QStringLiteral("Dumping database"));
    if (!EnvironmentData::backupDatabase(EnvironmentData::databasePath(envDir), staging + QStringLiteral("/db/app.db"), error))
        return false;
    phase(jobId, 25, QStringLiteral("Copying files"));
    if (!ComponentTree::copy(EnvironmentData::filesPath(envDir), staging + QStringLiteral("/files"), error))
        return false;
    phase(jobId, 45, QStringLiteral("Computing checksums"));
    QList<TreeEntry> dbEntries, fileEntries;
    if (!ComponentTree::scan(staging + QStringLiteral("/db"), &dbEntries, error)
        || !ComponentTree::scan(staging + QStringLiteral("/files"), &fileEntries, error))
        return false;
    if (injectFailure()) {
        *error = QStringLiteral("Injected failure (--fail-jobs): the storage backend refused the archive.");
        return false;
    }
    SnapInfo snap;
    m_store->snapshot(snapshotId, &snap);
    const QJsonObject dbSummary = ComponentTree::summary(dbEntries, false);
    const QJsonObject filesSummary = ComponentTree::summary(fileEntries, true);
    QJsonObject dbManifest = dbSummary, filesManifest = filesSummary;
    dbManifest.insert(QStringLiteral("path"), QStringLiteral("db/"));
    filesManifest.insert(QStringLiteral("path"), QStringLiteral("files/"));
    const QJsonObject manifest{{QStringLiteral("format"), 1},
                               {QStringLiteral("snapshot_id"), snapshotId},
                               {QStringLiteral("site"), site.slug},
                               {QStringLiteral("environment"), env},
                               {QStringLiteral("created_at"), SandboxClock::format(snap.createdAt)},
                               {QStringLiteral("components"), QJsonObject{{QStringLiteral("db"), dbManifest},
                                                                          {QStringLiteral("files"), filesManifest}}}};
    phase(jobId, 55, QStringLiteral("Compressing archive"));
    const QString part = m_store->tempDir() + QLatin1Char('/') + snapshotId + QStringLiteral(".tar.gz.part");
    QByteArray sha;
    int lastPercent = 55;
    const auto progress = [&](qint64 done, qint64 total) {
        const int p = total > 0 ? 55 + int(40 * done / total) : 95;
        if (p != lastPercent && !jobId.isEmpty()) {
            lastPercent = p;
            m_store->updateJob(jobId, p, QStringLiteral("Compressing archive"));
        }
    };
    if (!Archive::write(part, QJsonDocument(manifest).toJson(QJsonDocument::Indented),
                        {{"db/", dbEntries}, {"files/", fileEntries}}, gzipLevel, progress, &sha, error))
        return false;
    phase(jobId, 95, QStringLiteral("Storing archive"));
    const QString relative = QStringLiteral("archives/") + snapshotId + QStringLiteral(".tar.gz");
    const QString final = m_store->dataDir() + QLatin1Char('/') + relative;
    const qint64 size = QFileInfo(part).size();
    if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(final).constData()) != 0) {
        QFile::remove(part);
        *error = QStringLiteral("cannot store the archive");
        return false;
    }
    m_store->completeSnapshot(snapshotId, completedAt.isValid() ? completedAt : m_clock->now(), size,
                              QJsonObject{{QStringLiteral("db"), dbSummary}, {QStringLiteral("files"), filesSummary}},
                              relative, QString::fromLatin1(sha));
    return true;
}

void JobRunner::runRestore(const QString &jobId, const SiteInfo &site, const SnapInfo &snap, const QString &targetEnv,
                           const QStringList &selectors)
{
    m_store->startJob(jobId, m_clock->now());
    t_phase.clear();
    QString error;
    const RestoreStaging staging(m_store->envDir(site.slug, targetEnv), jobId);
    if (restore(jobId, site, snap, targetEnv, staging, selectors, &error)) {
        leavePhase();
        // Recorded before the staging and the mark go: until then they tell a restart that
        // this restore is complete (RestoreStaging::recoverAll).
        m_store->finishJob(jobId, m_clock->now(), {});
        staging.remove();
        qCInfo(lcSandbox) << "restore of" << snap.id << "into" << site.slug << targetEnv << selectors << "done";
        return;
    }
    t_phase.clear();
    m_store->finishJob(jobId, m_clock->now(), jobError(QStringLiteral("restore_failed"), error));
    // Half applied only if the old files could not even be put back: kept for the next start.
    if (staging.state() != RestoreStaging::State::HalfApplied)
        staging.remove();
    qCWarning(lcSandbox) << "restore of" << snap.id << "into" << site.slug << targetEnv << "failed:" << error;
}

bool JobRunner::restore(const QString &jobId, const SiteInfo &site, const SnapInfo &snap, const QString &targetEnv,
                        const RestoreStaging &staging, const QStringList &selectors, QString *error)
{
    if (!ensureEnvironment(site, targetEnv, error))
        return false;
    // Beside the environment, not in tmp/: after a crash, RestoreStaging::recoverAll() finds
    // here what it needs to settle the environment and the job.
    QDir(staging.path()).removeRecursively();

    phase(jobId, 5, QStringLiteral("Extracting archive"));
    const auto progress = [&](qint64 done, qint64 total) {
        if (total > 0)
            m_store->updateJob(jobId, 5 + int(45 * qMin(done, total) / total), QStringLiteral("Extracting archive"));
    };
    if (!Archive::extract(m_store->dataDir() + QLatin1Char('/') + snap.archive, staging.path(), selectors, progress, error))
        return false;
    phase(jobId, 55, QStringLiteral("Verifying checksums"));
    for (const QString &component : selectors) {
        QList<TreeEntry> entries;
        if (!ComponentTree::scan(staging.path() + QLatin1Char('/') + component, &entries, error))
            return false;
        const QString expected = snap.components.value(component).toObject().value(QLatin1String("sha256")).toString();
        if (QString::fromLatin1(ComponentTree::digest(entries)) != expected) {
            *error = QStringLiteral("the archive's %1 does not match the snapshot's checksum").arg(component);
            return false;
        }
    }
    if (injectFailure()) {
        *error = QStringLiteral("Injected failure (--fail-jobs): nothing was changed.");
        return false;
    }
    if (!staging.markReady(selectors, error))
        return false;
    bool filesSwapped = false;
    if (selectors.contains(QLatin1String("files"))) {
        phase(jobId, 70, QStringLiteral("Restoring files"));
        if (!staging.swapFiles()) {
            *error = QStringLiteral("cannot swap in the restored files");
            return false;
        }
        filesSwapped = true; // the old files are in staging now, until the database is in too
    }
    if (selectors.contains(QLatin1String("db"))) {
        phase(jobId, 85, QStringLiteral("Restoring database"));
        // rename(2) replaces the live database in one step; readers see old or new, never half.
        const QString db = EnvironmentData::databasePath(m_store->envDir(site.slug, targetEnv));
        if (std::rename(QFile::encodeName(staging.stagedDatabase()).constData(), QFile::encodeName(db).constData()) != 0) {
            // Database and files are restored together or not at all: the old files go back.
            if (filesSwapped && !staging.swapFiles()) {
                *error = QStringLiteral("cannot swap in the restored database, and the files could not be put back");
                return false;
            }
            *error = QStringLiteral("cannot swap in the restored database; nothing was changed");
            return false;
        }
        QFile::remove(db + QStringLiteral("-journal"));
    }
    phase(jobId, 98, QStringLiteral("Finishing"));
    return true;
}
