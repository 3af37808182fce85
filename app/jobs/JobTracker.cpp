#include "JobTracker.h"

#include "api/ApiClient.h"
#include "api/ApiParser.h"
#include "util/Clock.h"
#include "util/LogCategories.h"

#include <QJsonArray>
#include <QSettings>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// The platform keeps jobs for 7 days; an id remembered longer than that can only answer 404.
constexpr qint64 JobRetentionSeconds = 7 * 24 * 3600;
} // namespace

JobTracker::JobTracker(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(Clock::system())
{
    // Listeners may sit in other threads (queued connections need the types registered).
    qRegisterMetaType<Job>();
    qRegisterMetaType<ApiError>();
}

JobTracker::~JobTracker()
{
    // Outstanding polls are of no use to anyone now.
    for (Entry &e : m_entries) {
        if (e.reply)
            e.reply->cancel();
    }
}

void JobTracker::setClock(const Clock *clock)
{
    m_clock = clock ? clock : Clock::system();
}

void JobTracker::setIntervals(const Intervals &intervals)
{
    m_intervals = intervals;
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
    connect(e.timer, &QTimer::timeout, this, [this, id] { poll(id); });
    m_order.append(id);
    return *m_entries.insert(id, e);
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
        if (!e.reply && !e.timer->isActive())
            schedule(job.id, intervalFor(job));
    }
    if (known && !changed)
        return;
    qCDebug(lcJobs) << "tracking" << job.id << job.statusRaw << job.progress;
    // Signals from the event loop: the caller of track() is not re-entered.
    const QString id = job.id;
    QMetaObject::invokeMethod(
        this,
        [this, id, job] {
            Q_EMIT jobUpdated(job);
            if (job.isFinished())
                Q_EMIT jobFinished(job);
        },
        Qt::QueuedConnection);
}

void JobTracker::track(const QString &jobId)
{
    if (!ApiParser::isId(jobId, "job"_L1)) {
        qCWarning(lcJobs) << "not a job id, not tracked:" << jobId.left(40);
        return;
    }
    Entry &e = ensure(jobId);
    if (e.job && e.job->isFinished())
        return;
    e.active = true;
    remember(jobId, e.trackedAt);
    if (!e.reply && !e.timer->isActive())
        schedule(jobId, 0);
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
            if (!ApiParser::isId(id, "job"_L1) || !t.isValid() || t.secsTo(now) > JobRetentionSeconds) {
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
    for (const QString &status : {u"running"_s, u"queued"_s}) {
        ApiReply *reply = m_client->listJobs(status);
        connect(reply, &ApiReply::finished, this, [this, reply] {
            if (reply->ok()) {
                const Result<QList<Job>> list = ApiParser::list<Job>(reply->json().toArray(), &ApiParser::job);
                if (list.ok()) {
                    for (const Job &j : list.value()) {
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

int JobTracker::intervalFor(const Job &job) const
{
    // Running jobs move; queued (and statuses this version doesn't know) mostly wait.
    return job.status == JobStatus::Running ? m_intervals.runningMs : m_intervals.queuedMs;
}

void JobTracker::schedule(const QString &id, int ms)
{
    auto it = m_entries.find(id);
    if (it != m_entries.end() && it->active)
        it->timer->start(std::max(0, ms));
}

void JobTracker::poll(const QString &id)
{
    auto it = m_entries.find(id);
    if (it == m_entries.end() || !it->active || it->reply)
        return;
    ApiReply *reply = m_client->job(id);
    it->reply = reply;
    connect(reply, &ApiReply::finished, this, [this, id, reply] { onPolled(id, reply); });
}

void JobTracker::onPolled(const QString &id, ApiReply *reply)
{
    auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    it->reply = nullptr;
    if (!it->active)
        return;
    if (reply->ok()) {
        const Result<Job> parsed = ApiParser::job(reply->json());
        if (parsed.ok()) {
            it->errorStreak = 0;
            track(parsed.value());
            return;
        }
    }
    const ApiError &error = reply->error();
    if (error.kind == ApiError::Kind::Cancelled)
        return;
    const bool gone = error.kind == ApiError::Kind::Http && error.httpStatus == 404;
    const bool refused = error.kind == ApiError::Kind::Http && (error.httpStatus == 401 || error.httpStatus == 403);
    const bool hopeless = error.kind == ApiError::Kind::NoCredentials || error.kind == ApiError::Kind::InsecureUrl;
    if (gone || refused || hopeless) {
        qCInfo(lcJobs) << "stopped following" << id << "status" << error.httpStatus << error.code;
        stopPolling(id);
        // A refused key may be replaced: keep the id so resume() picks the job up again.
        if (gone)
            forget(id);
        Q_EMIT jobLost(id, error);
        return;
    }
    ++it->errorStreak;
    const int exponent = std::min(it->errorStreak - 1, 10);
    const int delay = std::min(m_intervals.errorMs << exponent, m_intervals.maxErrorMs);
    qCInfo(lcJobs) << "poll of" << id << "failed; next try in" << delay << "ms";
    schedule(id, delay);
    Q_EMIT pollFailed(id, error);
}

void JobTracker::stopPolling(const QString &id)
{
    auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    it->active = false;
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
