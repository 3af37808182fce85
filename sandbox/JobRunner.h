#pragma once

#include "Store.h"

#include <QObject>
#include <QThreadPool>

class RestoreStaging;
class SandboxClock;

// Runs capture and restore jobs on a pool of workers (--job-workers), off the HTTP thread, so serving never stalls.
// Each job's steps are written to the Store as they happen (status, progress, phase), which is
// what GET /jobs/{id} shows. Archives are written to <data>/tmp and renamed into place, and a
// restore stages everything before swapping it in, so a crash or a failure never leaves
// anything half-written that would be served or half-restored (RestoreStaging).
class JobRunner : public QObject
{
    Q_OBJECT
public:
    struct Faults
    {
        int slowMs = 0;        // extra time per phase (--slow-jobs)
        double failRate = 0;   // share of jobs that fail (--fail-jobs)
        QString crashAfterPhase; // test hook: SIGKILL itself once a job finished this phase's work
    };

    JobRunner(Store *store, const SandboxClock *clock, QObject *parent = nullptr);
    ~JobRunner() override;
    void setFaults(const Faults &f) { m_faults = f; }
    // Jobs run at once, like the platform's worker pool; the rest wait `queued` in order. The
    // platform's other rule, one job per environment at a time, is the API's (environment_busy).
    void setWorkers(int n);

    // Creates the pending snapshot and queued job, then runs the capture in the background.
    // `kind` is manual or scheduled. Returns the job id (the snapshot id in *snapshotId).
    QString startCapture(const QString &orgId, const SiteInfo &site, const QString &env, const QString &kind,
                         const QString &label, const QString &createdBy, QString *snapshotId);
    QString startRestore(const QString &orgId, const SiteInfo &site, const SnapInfo &snap, const QString &targetEnv,
                         const QStringList &selectors);

    // Synchronous capture for the seeder: same code path as a job, minus the job row.
    bool captureNow(const SiteInfo &site, const QString &env, const QString &snapshotId, int gzipLevel,
                    const QDateTime &completedAt, QString *error);

    void waitForDone();
    int activeCount() const;

private:
    void runCapture(const QString &jobId, const SiteInfo &site, const QString &env, const QString &snapshotId);
    void runRestore(const QString &jobId, const SiteInfo &site, const SnapInfo &snap, const QString &targetEnv,
                    const QStringList &selectors);
    bool capture(const QString &jobId, const SiteInfo &site, const QString &env, const QString &snapshotId, int gzipLevel,
                 const QDateTime &completedAt, QString *error);
    bool restore(const QString &jobId, const SiteInfo &site, const SnapInfo &snap, const QString &targetEnv,
                 const RestoreStaging &staging, const QStringList &selectors, QString *error);
    bool ensureEnvironment(const SiteInfo &site, const QString &env, QString *error);
    void phase(const QString &jobId, int progress, const QString &text);
    void leavePhase(); // the end of the current phase's work: where --crash-after-phase strikes
    bool injectFailure();

    Store *m_store;
    const SandboxClock *m_clock;
    Faults m_faults;
    QThreadPool m_pool;
};
