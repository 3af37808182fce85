#include "Scheduler.h"

#include "DownloadService.h"
#include "JobRunner.h"
#include "PlanPolicy.h"
#include "SandboxClock.h"
#include "SandboxLog.h"
#include "Store.h"

Scheduler::Scheduler(Store *store, JobRunner *jobs, const SandboxClock *clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_jobs(jobs)
    , m_clock(clock)
{
    connect(&m_timer, &QTimer::timeout, this, &Scheduler::tick);
}

void Scheduler::start()
{
    // Fast enough that even at a high clock speed an hourly cadence is not skipped.
    m_timer.start(m_clock->speed() > 60 ? 250 : 1000);
    tick();
}

void Scheduler::tick()
{
    const QDateTime now = m_clock->now();
    int inFlight = m_jobs->activeCount();
    for (const auto &[site, env] : m_store->scheduledEnvironments()) {
        for (const SnapInfo &s : m_store->snapshotsToExpire(env, now)) {
            m_store->expireSnapshot(s.id);
            DownloadService::removeArchives(m_store->archivesDir(), s.id);
            qCInfo(lcSandbox) << "retention: expired" << s.id << "of" << site.slug << env.name;
        }
        if (env.cadence == QLatin1String("none") || !env.nextRunAt.isValid() || env.nextRunAt > now)
            continue;
        if (inFlight >= kMaxScheduledInFlight)
            continue; // stays due; taken on a later tick
        // A busy environment skips this run rather than queueing behind a restore.
        if (m_store->activeJob(site.id, env.name).isEmpty()) {
            QString snapshotId;
            const QString orgId = site.orgId;
            if (!m_jobs->startCapture(orgId, site, env.name, QStringLiteral("scheduled"), QString(), QString(), &snapshotId).isEmpty())
                ++inFlight;
        }
        m_store->setNextRun(env.id, PlanPolicy::nextRun(env.cadence, now));
    }
    m_store->pruneJobs(now.addDays(-7));
    // Promises to clients (24 h of replay) run on real time, whatever --clock-speed makes of schedules.
    m_store->pruneIdempotency(QDateTime::currentDateTimeUtc().addDays(-1));
}
