#include "JobTracker.h"

#include "RecentJobsScan.h"

#include "api/ApiClient.h"
#include "api/ApiParser.h"
#include "util/Clock.h"
#include "util/LogCategories.h"

#include <QJsonArray>
#include <QSettings>
#include <QTimer>

#include <algorithm>


namespace {
// The platform keeps jobs for 7 days; an id remembered longer than that can only answer 404.
constexpr qint64 JobRetentionSeconds = 7 * 24 * 3600;
// Where a client keeps its follower (a dynamic property: the API layer knows nothing of jobs).
constexpr const char *FollowerProperty = "mf_jobFollower";

JobTracker *registeredFollower(const ApiClient *client)
{
    return qobject_cast<JobTracker *>(client->property(FollowerProperty).value<QObject *>());
}
} // namespace

JobTracker::JobTracker(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(Clock::system())
    , m_listTimer(new QTimer(this))
{
    // Listeners may sit in other threads (queued connections need the types registered).
    qRegisterMetaType<Job>();
    qRegisterMetaType<ApiError>();
    m_listTimer->setSingleShot(true);
    connect(m_listTimer, &QTimer::timeout, this, &JobTracker::list);
    if (m_client && !registeredFollower(m_client))
        m_client->setProperty(FollowerProperty, QVariant::fromValue<QObject *>(this));
}

JobTracker::~JobTracker()
{
    if (m_client && registeredFollower(m_client) == this)
        m_client->setProperty(FollowerProperty, QVariant());
    // Outstanding polls are of no use to anyone now.
    if (m_listReply)
        m_listReply->cancel();
    if (m_scan)
        m_scan->cancel();
    for (Entry &e : m_entries) {
        if (e.reply)
            e.reply->cancel();
    }
}

JobTracker *JobTracker::of(ApiClient *client)
{
    if (!client)
        return nullptr;
    if (JobTracker *follower = registeredFollower(client))
        return follower;
    return new JobTracker(client, client);
}

void JobTracker::setClock(const Clock *clock)
{
    m_clock = clock ? clock : Clock::system();
}

void JobTracker::setIntervals(const Intervals &intervals)
{
    m_intervals = intervals;
}

const JobTracker::Intervals &JobTracker::intervals() const
{
    return m_intervals;
}

void JobTracker::setPersistence(QSettings *settings, const QString &group)
{
    m_settings = settings;
    m_group = group;
}

JobTracker::Entry &JobTracker::ensure(const QString &id)
{
    auto it = m_entries.find(id);
    if (it != m_entries.end())
        return *it;
    Entry e;
    e.trackedAt = m_clock->now();
    e.timer = new QTimer(this);
    e.timer->setSingleShot(true);
    connect(e.timer, &QTimer::timeout, this, [this, id] { get(id); });
    m_order.append(id);
    return *m_entries.insert(id, e);
}

bool JobTracker::listCovers(const Entry &e) const
{
    return e.active && !e.needsLook && e.job && e.job->status == JobStatus::Running;
}

void JobTracker::track(const Job &job)
{
    if (job.id.isEmpty())
        return;
    const bool known = m_entries.contains(job.id);
    Entry &e = ensure(job.id);
    const bool changed = !e.job || e.job->status != job.status || e.job->progress != job.progress
        || e.job->phase != job.phase;
    e.job = job;
    e.lastUpdate = m_clock->now();
    if (job.isFinished()) {
        stopPolling(job.id);
        forget(job.id);
    } else {
        e.active = true;
        remember(job.id, e.trackedAt);
        if (job.status == JobStatus::Running && !e.needsLook)
            e.timer->stop(); // the running list speaks for it from now on
        else if (!e.reply && !e.timer->isActive())
            scheduleGet(job.id, m_intervals.queuedMs);
        scheduleList();
    }
    if (known && !changed)
        return;
    qCDebug(lcJobs) << "tracking" << job.id << job.statusRaw << job.progress;
    // Signals from the event loop: the caller of track() is not re-entered.
    QMetaObject::invokeMethod(
        this,
        [this, job] {
            Q_EMIT jobUpdated(job);
            if (job.isFinished())
                Q_EMIT jobFinished(job);
        },
        Qt::QueuedConnection);
}

void JobTracker::track(const QString &jobId)
{
    if (!ApiParser::isId(jobId, QLatin1String("job"))) {
        qCWarning(lcJobs) << "not a job id, not tracked:" << jobId.left(40);
        return;
    }
    Entry &e = ensure(jobId);
    if (e.job && e.job->isFinished()) {
        // Whoever asks now has not heard the end yet: tell it again rather than leave it waiting.
        QMetaObject::invokeMethod(
            this,
            [this, job = *e.job] {
                Q_EMIT jobUpdated(job);
                Q_EMIT jobFinished(job);
            },
            Qt::QueuedConnection);
        return;
    }
    if (!e.active) {
        e.active = true; // lost before: a new key, or the user asks again
        e.errorStreak = 0;
        e.needsLook = true;
    }
    remember(jobId, e.trackedAt);
    if (!e.reply && (!e.job || e.needsLook))
        scheduleGet(jobId, windowMode() ? m_intervals.queuedMs : 0); // the recent list may say it first
    else if (!e.reply && !e.timer->isActive() && !listCovers(e))
        scheduleGet(jobId, m_intervals.queuedMs);
    scheduleList();
}

void JobTracker::untrack(const QString &jobId)
{
    if (!m_entries.contains(jobId))
        return;
    stopPolling(jobId);
    forget(jobId);
    Entry e = m_entries.take(jobId);
    delete e.timer;
    m_order.removeAll(jobId);
    m_listCovered.remove(jobId);
}

void JobTracker::resume()
{
    int count = 0;
    const QDateTime now = m_clock->now();
    if (m_settings) {
        m_settings->beginGroup(m_group);
        const QStringList ids = m_settings->childKeys();
        QHash<QString, QDateTime> since;
        for (const QString &id : ids)
            since.insert(id, QDateTime::fromString(m_settings->value(id).toString(), Qt::ISODate));
        m_settings->endGroup();
        for (const QString &id : ids) {
            const QDateTime t = since.value(id);
            if (!ApiParser::isId(id, QLatin1String("job")) || !t.isValid() || t.secsTo(now) > JobRetentionSeconds) {
                forget(id);
                continue;
            }
            const bool wasKnown = m_entries.contains(id);
            track(id);
            if (!wasKnown)
                m_entries[id].trackedAt = t;
            ++count;
        }
    }
    // Jobs started elsewhere (another machine, the CLI) or before ids were remembered.
    m_resumeCount = count;
    m_resumeError = {};
    m_pendingLists = 2;
    for (const QString &status : {QStringLiteral("running"), QStringLiteral("queued")}) {
        ApiReply *reply = m_client->listJobs(status);
        connect(reply, &ApiReply::finished, this, [this, reply] {
            if (reply->ok()) {
                if (const QList<Job> *list = reply->as<QList<Job>>()) {
                    for (const Job &j : *list) {
                        if (!isTracking(j.id))
                            ++m_resumeCount;
                        track(j);
                    }
                }
            } else if (!m_resumeError.isError()) {
                m_resumeError = reply->error();
            }
            if (--m_pendingLists == 0)
                Q_EMIT resumed(m_resumeCount, m_resumeError);
        });
    }
}

QList<Job> JobTracker::jobs() const
{
    QList<Job> out;
    for (const QString &id : m_order) {
        const Entry &e = m_entries[id];
        if (e.job)
            out.append(*e.job);
    }
    return out;
}

std::optional<Job> JobTracker::job(const QString &id) const
{
    const auto it = m_entries.constFind(id);
    return it == m_entries.constEnd() ? std::nullopt : it->job;
}

bool JobTracker::isTracking(const QString &id) const
{
    const auto it = m_entries.constFind(id);
    return it != m_entries.constEnd() && it->active;
}

int JobTracker::activeCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(), [](const Entry &e) { return e.active; }));
}

QDateTime JobTracker::lastUpdate(const QString &id) const
{
    return m_entries.value(id).lastUpdate;
}

QStringList JobTracker::storedIds() const
{
    if (!m_settings)
        return {};
    m_settings->beginGroup(m_group);
    QStringList ids = m_settings->childKeys();
    m_settings->endGroup();
    return ids;
}

void JobTracker::scheduleGet(const QString &id, int ms)
{
    auto it = m_entries.find(id);
    if (it != m_entries.end() && it->active)
        it->timer->start(std::max(0, ms));
}

void JobTracker::get(const QString &id)
{
    auto it = m_entries.find(id);
    if (it == m_entries.end() || !it->active || it->reply)
        return;
    if (!it->needsLook && windowMode() && windowFresh(*it)) {
        scheduleGet(id, m_intervals.queuedMs); // the recent-jobs list speaks for it
        return;
    }
    ApiReply *reply = m_client->job(id);
    it->reply = reply;
    connect(reply, &ApiReply::finished, this, [this, id, reply] { onGot(id, reply); });
}

void JobTracker::onGot(const QString &id, ApiReply *reply)
{
    auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    it->reply = nullptr;
    if (!it->active)
        return;
    // ApiClient checked the body against the contract: an unreadable one is a BadResponse error.
    if (const Job *job = reply->as<Job>()) {
        apply(*job);
        return;
    }
    if (reply->error().kind != ApiError::Kind::Cancelled)
        failed(id, reply->error());
}

bool JobTracker::listUseful() const
{
    if (windowMode())
        return true; // the recent list covers jobs known only by id, and those that left it
    // A job known only by its id, or one that left the list, waits for its own GET first.
    return std::any_of(m_entries.cbegin(), m_entries.cend(),
                       [](const Entry &e) { return e.active && e.job && !e.needsLook; });
}

void JobTracker::scheduleList()
{
    if (m_listReply || m_scan || m_listTimer->isActive() || !listUseful())
        return;
    m_listTimer->start(m_listStreak == 0 ? m_intervals.runningMs : backoff(m_listStreak));
}

void JobTracker::list()
{
    if (m_listReply || m_scan || !listUseful())
        return;
    if (windowMode())
        scanRecent();
    else
        listRunning();
}

void JobTracker::listRunning()
{
    m_listCovered.clear();
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (listCovers(*it))
            m_listCovered.insert(it.key());
    }
    ApiReply *reply = m_client->listJobs(QStringLiteral("running"));
    m_listReply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] { onListed(reply); });
}

void JobTracker::onListed(ApiReply *reply)
{
    m_listReply = nullptr;
    const QSet<QString> covered = std::exchange(m_listCovered, {});
    const ApiError &error = reply->error();
    if (const QList<Job> *running = reply->as<QList<Job>>()) {
        m_listStreak = 0;
        QSet<QString> seen;
        for (const Job &j : *running) {
            if (!isTracking(j.id))
                continue; // someone else's job: not ours to follow
            seen.insert(j.id);
            apply(j);
        }
        for (const QString &id : covered) {
            auto it = m_entries.find(id);
            if (seen.contains(id) || it == m_entries.end() || !listCovers(*it))
                continue;
            // No longer running: one look at the job itself says how it ended.
            it->needsLook = true;
            scheduleGet(id, 0);
        }
        scheduleList();
        return;
    }
    if (error.kind == ApiError::Kind::Cancelled)
        return;
    ++m_listStreak;
    for (const QString &id : covered) {
        if (isTracking(id))
            failed(id, error);
    }
    scheduleList();
}

void JobTracker::apply(const Job &job)
{
    auto it = m_entries.find(job.id);
    if (it == m_entries.end() || !it->active)
        return;
    it->errorStreak = 0;
    it->needsLook = false;
    track(job);
}

int JobTracker::backoff(int streak) const
{
    const int exponent = std::clamp(streak - 1, 0, 10);
    return std::min(m_intervals.errorMs << exponent, m_intervals.maxErrorMs);
}

void JobTracker::failed(const QString &id, const ApiError &error)
{
    auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    const bool gone = error.kind == ApiError::Kind::Http && error.httpStatus == 404;
    const bool refused = error.kind == ApiError::Kind::Http && (error.httpStatus == 401 || error.httpStatus == 403);
    const bool hopeless = error.kind == ApiError::Kind::NoCredentials || error.kind == ApiError::Kind::InsecureUrl;
    const int streak = ++it->errorStreak;
    if (gone || refused || hopeless || streak >= m_intervals.lostAfterFailures) {
        qCInfo(lcJobs) << "stopped following" << id << "status" << error.httpStatus << error.code << "after"
                       << streak << "failed polls";
        stopPolling(id);
        // Anything but 404 may pass (a new key, the network back): keep the id for resume().
        if (gone)
            forget(id);
        Q_EMIT jobLost(id, error);
        return;
    }
    if (!listCovers(*it) && !windowMode()) // else the next look at the recent list tries again
        scheduleGet(id, backoff(streak));
    qCInfo(lcJobs) << "poll of" << id << "failed" << streak << "times; trying again";
    Q_EMIT pollFailed(id, error, streak);
}

void JobTracker::stopPolling(const QString &id)
{
    auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    it->active = false;
    it->needsLook = false;
    it->timer->stop();
    if (it->reply)
        it->reply->cancel();
    it->reply = nullptr;
}

void JobTracker::remember(const QString &id, const QDateTime &since)
{
    if (!m_settings)
        return;
    const QString key = m_group + u'/' + id;
    if (!m_settings->contains(key))
        m_settings->setValue(key, since.toUTC().toString(Qt::ISODate));
}

void JobTracker::forget(const QString &id)
{
    if (m_settings)
        m_settings->remove(m_group + u'/' + id);
}

bool JobTracker::windowMode() const
{
    return activeCount() > m_intervals.windowAbove;
}

bool JobTracker::windowFresh(const Entry &e) const
{
    const qint64 span = std::max(m_intervals.queuedMs, 3 * m_intervals.runningMs);
    return e.windowAt.isValid() && e.windowAt.msecsTo(m_clock->now()) < span;
}

void JobTracker::scanRecent()
{
    QString oldest;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (it->active && (oldest.isEmpty() || it.key() < oldest))
            oldest = it.key();
    }
    m_scanSeen.clear();
    auto *scan = new RecentJobsScan(m_client, oldest, m_intervals.windowPages, this);
    m_scan = scan;
    connect(scan, &RecentJobsScan::page, this, &JobTracker::onScanPage);
    connect(scan, &RecentJobsScan::finished, this, &JobTracker::onScanned);
    scan->start();
}

void JobTracker::onScanPage(const QList<Job> &jobs)
{
    const QDateTime now = m_clock->now();
    for (const Job &j : jobs) {
        auto it = m_entries.find(j.id);
        if (it == m_entries.end() || !it->active)
            continue; // someone else's job, or one already ended
        it->windowAt = now;
        m_scanSeen.insert(j.id);
        apply(j);
    }
}

void JobTracker::onScanned()
{
    RecentJobsScan *scan = m_scan;
    m_scan = nullptr;
    if (!scan)
        return;
    scan->deleteLater();
    // Decided first, acted on after: a subscriber may track or untrack from inside a signal.
    QStringList active;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (it->active)
            active.append(it.key());
    }
    const ApiError error = scan->error();
    if (error.isError()) {
        if (error.kind == ApiError::Kind::Cancelled)
            return;
        ++m_listStreak;
        for (const QString &id : std::as_const(active)) {
            if (isTracking(id) && !m_entries[id].reply)
                failed(id, error);
        }
        scheduleList();
        return;
    }
    m_listStreak = 0;
    bool runningBeyond = false;
    for (const QString &id : std::as_const(active)) {
        auto it = m_entries.find(id);
        if (it == m_entries.end() || !it->active || m_scanSeen.contains(id))
            continue;
        if (scan->covers(id)) {
            // Within the list's reach yet not in it: only the job itself can say what became of it.
            it->needsLook = true;
            if (!it->reply)
                scheduleGet(id, 0);
        } else if (listCovers(*it)) {
            runningBeyond = true;
        } else if (!it->reply && !it->timer->isActive()) {
            scheduleGet(id, m_intervals.queuedMs);
        }
    }
    m_scanSeen.clear();
    if (runningBeyond)
        listRunning(); // older running jobs: the running list, as with few jobs
    else
        scheduleList();
}
