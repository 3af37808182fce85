#include "JobsModel.h"

#include "api/ErrorText.h"
#include "jobs/JobTracker.h"
#include "style/TimeText.h"
#include "util/Clock.h"

JobsModel::JobsModel(JobTracker *tracker, QObject *parent)
    : QAbstractTableModel(parent), m_tracker(tracker), m_clock(Clock::system())
{
    m_flush.setSingleShot(true);
    m_flush.setInterval(200);
    connect(&m_flush, &QTimer::timeout, this, &JobsModel::flush);
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &JobsModel::tick);
    if (m_tracker) {
        connect(m_tracker, &JobTracker::jobUpdated, this, &JobsModel::upsert);
        connect(m_tracker, &JobTracker::jobFinished, this, &JobsModel::upsert);
        connect(m_tracker, &JobTracker::jobLost, this, &JobsModel::onLost);
        // Jobs the tracker already follows (e.g. restored from the last run).
        const QList<Job> known = m_tracker->jobs();
        for (const Job &job : known)
            upsert(job);
        flush();
    }
}

int JobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void JobsModel::setSiteName(const QString &siteId, const QString &name)
{
    if (m_siteNames.value(siteId) == name)
        return;
    m_siteNames.insert(siteId, name);
    for (const Job &job : std::as_const(m_jobs)) {
        if (job.siteId == siteId)
            m_dirty.insert(job.id);
    }
    if (!m_dirty.isEmpty() && !m_flush.isActive())
        m_flush.start();
}

void JobsModel::setClock(const Clock *clock)
{
    m_clock = clock ? clock : Clock::system();
}

void JobsModel::setUpdateInterval(int ms)
{
    m_flush.setInterval(ms);
}

Job JobsModel::jobAt(int row) const
{
    return row >= 0 && row < m_jobs.size() ? m_jobs.at(row) : Job();
}

int JobsModel::rowOf(const QString &jobId) const
{
    for (int i = 0; i < m_jobs.size(); ++i) {
        if (m_jobs.at(i).id == jobId)
            return i;
    }
    return -1;
}

void JobsModel::upsert(const Job &job)
{
    const int row = rowOf(job.id);
    if (row < 0) {
        beginInsertRows({}, 0, 0);
        m_jobs.prepend(job);
        endInsertRows();
    } else {
        m_jobs[row] = job;
        m_dirty.insert(job.id);
        if (!m_flush.isActive())
            m_flush.start();
    }
    const bool anyRunning = std::any_of(m_jobs.cbegin(), m_jobs.cend(),
                                        [this](const Job &j) { return !j.isFinished() && !m_lost.contains(j.id); });
    if (anyRunning && !m_ticker.isActive())
        m_ticker.start();
    else if (!anyRunning)
        m_ticker.stop();
}

void JobsModel::onLost(const QString &jobId, const ApiError &error)
{
    // Nobody polls it any more: say so instead of showing it "running" for ever.
    m_lost.insert(jobId, ErrorText::describe(error));
    if (rowOf(jobId) < 0) {
        Job placeholder;
        placeholder.id = jobId;
        upsert(placeholder);
    }
    m_dirty.insert(jobId);
    if (!m_flush.isActive())
        m_flush.start();
}

void JobsModel::flush()
{
    int first = INT_MAX;
    int last = -1;
    for (const QString &id : std::as_const(m_dirty)) {
        const int row = rowOf(id);
        if (row >= 0) {
            first = qMin(first, row);
            last = qMax(last, row);
        }
    }
    m_dirty.clear();
    if (last >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void JobsModel::tick()
{
    int first = INT_MAX;
    int last = -1;
    for (int i = 0; i < m_jobs.size(); ++i) {
        if (m_jobs.at(i).status == JobStatus::Running && !m_lost.contains(m_jobs.at(i).id)) {
            first = qMin(first, i);
            last = qMax(last, i);
        }
    }
    if (last >= 0)
        Q_EMIT dataChanged(index(first, DurationColumn), index(last, DurationColumn), {Qt::DisplayRole, DurationRole});
}

void JobsModel::clearFinished()
{
    for (int i = int(m_jobs.size()) - 1; i >= 0; --i) {
        if (m_jobs.at(i).isFinished() || m_lost.contains(m_jobs.at(i).id)) {
            beginRemoveRows({}, i, i);
            m_lost.remove(m_jobs.at(i).id);
            m_jobs.removeAt(i);
            endRemoveRows();
        }
    }
}

namespace {

qint64 durationSeconds(const Job &job, const QDateTime &now)
{
    if (!job.startedAt.isValid())
        return -1;
    const QDateTime end = job.finishedAt.isValid() ? job.finishedAt : now;
    return qMax<qint64>(0, job.startedAt.secsTo(end));
}

QString typeText(const Job &job)
{
    switch (job.type) {
    case JobType::Capture: return JobsModel::tr("Snapshot");
    case JobType::Restore: return JobsModel::tr("Restore");
    default: return job.typeRaw;
    }
}

QString statusText(const Job &job)
{
    switch (job.status) {
    case JobStatus::Queued: return JobsModel::tr("Queued");
    case JobStatus::Running: return JobsModel::tr("Running");
    case JobStatus::Succeeded: return JobsModel::tr("Succeeded");
    case JobStatus::Failed:
        return job.error ? JobsModel::tr("Failed: %1").arg(job.error->message) : JobsModel::tr("Failed");
    default: return job.statusRaw;
    }
}

QString shortDuration(qint64 s)
{
    if (s < 0)
        return {};
    if (s < 60)
        return JobsModel::tr("%n s", nullptr, int(s));
    if (s < 3600)
        return JobsModel::tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return TimeText::duration(s);
}

} // namespace

QVariant JobsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_jobs.size())
        return {};
    const Job &job = m_jobs.at(index.row());
    switch (role) {
    case JobIdRole: return job.id;
    case TypeRole: return int(job.type);
    case StatusRole: return int(job.status);
    case ProgressRole: return job.status == JobStatus::Succeeded ? 100 : job.progress;
    case SiteIdRole: return job.siteId;
    case EnvironmentRole: return job.environment;
    case StartedRole: return job.startedAt;
    case DurationRole: return durationSeconds(job, m_clock->now());
    case FinishedRole: return job.isFinished() || m_lost.contains(job.id);
    case ErrorRole: return job.error ? job.error->message : QString();
    case Qt::ToolTipRole:
        return job.error ? tr("%1\nJob %2").arg(job.error->message, job.id) : tr("Job %1").arg(job.id);
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (index.column()) {
    case TypeColumn: return typeText(job);
    case SiteColumn: return m_siteNames.value(job.siteId, job.siteId);
    case EnvironmentColumn: return job.environment;
    case PhaseColumn: return job.isFinished() || m_lost.contains(job.id) ? QString() : job.phase;
    case ProgressColumn: return {}; // painted from ProgressRole
    case StatusColumn:
        return m_lost.contains(job.id) ? tr("No longer followed: %1").arg(m_lost.value(job.id)) : statusText(job);
    case StartedColumn: return job.startedAt.isValid() ? TimeText::absolute(job.startedAt) : QString();
    case DurationColumn: return shortDuration(durationSeconds(job, m_clock->now()));
    default: return {};
    }
}

QVariant JobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TypeColumn: return tr("Type");
    case SiteColumn: return tr("Site");
    case EnvironmentColumn: return tr("Environment");
    case PhaseColumn: return tr("Phase");
    case ProgressColumn: return tr("Progress");
    case StatusColumn: return tr("Status");
    case StartedColumn: return tr("Started");
    case DurationColumn: return tr("Duration");
    default: return {};
    }
}
