#include "NotificationCenter.h"

#include "AnnouncementText.h"
#include "Notifier.h"

#include "jobs/JobTracker.h"
#include "util/Clock.h"
#include "util/LogCategories.h"
#include "util/Settings.h"

#include <QSettings>
#include <QTimer>

namespace {
const QString StatesKey = QStringLiteral("states");
const QString JobsKey = QStringLiteral("jobs");
const QString DigestKey = QStringLiteral("lastDigest");
const QString CaptureFailed = QStringLiteral("capture-failed");
const QString RestoreEnded = QStringLiteral("restore");
constexpr qint64 ForgetJobsAfterSeconds = 8 * 24 * 3600; // the platform keeps jobs for 7 days
constexpr int DefaultCoalesceMs = 2000;
constexpr int DigestCheckMs = 60 * 1000;
constexpr int MaxSentIds = 200;

Freshness freshnessFromKey(const QString &key)
{
    for (Freshness f : {Freshness::Fresh, Freshness::Late, Freshness::Stale, Freshness::Never}) {
        if (FreshnessRules::key(f) == key)
            return f;
    }
    return Freshness::Unknown;
}
} // namespace

NotificationCenter::NotificationCenter(const QString &accountId, Notifier *notifier, const Clock *clock,
                                       QObject *parent)
    : QObject(parent)
    , m_accountId(accountId)
    , m_notifier(notifier)
    , m_clock(clock ? clock : Clock::system())
    , m_settings(NotificationSettings::load(accountId))
    , m_coalesce(new QTimer(this))
    , m_digestTimer(new QTimer(this))
{
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(DefaultCoalesceMs);
    connect(m_coalesce, &QTimer::timeout, this, &NotificationCenter::flush);
    m_digestTimer->setInterval(DigestCheckMs);
    connect(m_digestTimer, &QTimer::timeout, this, &NotificationCenter::checkDigest);
    m_digestTimer->start();
    if (m_notifier) {
        connect(m_notifier, &Notifier::actionInvoked, this, [this](const Announcement &a, const QString &action) {
            if (m_sentIds.contains(a.id))
                Q_EMIT actionRequested(action, a.siteId, a.environment);
        });
    }
    load();
}

NotificationCenter::~NotificationCenter() = default;

void NotificationCenter::setSettings(const NotificationSettings &settings)
{
    m_settings = settings;
    m_settings.digestHour = qBound(0, m_settings.digestHour, 23);
    m_settings.save(m_accountId);
    checkDigest();
}

void NotificationCenter::setCoalesceMs(int ms)
{
    m_coalesce->setInterval(qMax(0, ms));
}

void NotificationCenter::watchJobs(JobTracker *tracker)
{
    if (m_tracker)
        m_tracker->disconnect(this);
    m_tracker = tracker;
    if (tracker)
        connect(tracker, &JobTracker::jobFinished, this, &NotificationCenter::jobFinished);
}

void NotificationCenter::load()
{
    QSettings settings;
    settings.beginGroup(Settings::notificationStateGroup(m_accountId));
    const QVariantMap states = settings.value(StatesKey).toMap();
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        const Freshness f = freshnessFromKey(it.value().toString());
        if (f != Freshness::Unknown) // an unreadable entry is a first sight again: silent
            m_known.insert(it.key(), f);
    }
    const QDateTime now = m_clock->now();
    const QVariantMap jobs = settings.value(JobsKey).toMap();
    for (auto it = jobs.cbegin(); it != jobs.cend(); ++it) {
        const QStringList parts = it.value().toStringList();
        const QDateTime at = parts.size() == 2 ? QDateTime::fromString(parts.at(1), Qt::ISODate) : QDateTime();
        if (at.isValid() && at.secsTo(now) < ForgetJobsAfterSeconds)
            m_toldJobs.insert(it.key(), ToldJob {parts.at(0), at});
    }
    m_lastDigest = QDate::fromString(settings.value(DigestKey).toString(), Qt::ISODate);
}

void NotificationCenter::saveStates() const
{
    QVariantMap states;
    for (auto it = m_known.cbegin(); it != m_known.cend(); ++it)
        states.insert(it.key(), FreshnessRules::key(it.value()));
    QSettings settings;
    settings.beginGroup(Settings::notificationStateGroup(m_accountId));
    settings.setValue(StatesKey, states);
}

void NotificationCenter::saveJobs() const
{
    QVariantMap jobs;
    for (auto it = m_toldJobs.cbegin(); it != m_toldJobs.cend(); ++it)
        jobs.insert(it.key(), QStringList {it->kind, it->finishedAt.toString(Qt::ISODateWithMs)});
    QSettings settings;
    settings.beginGroup(Settings::notificationStateGroup(m_accountId));
    settings.setValue(JobsKey, jobs);
}

void NotificationCenter::observeHealth(const QList<EnvironmentHealth> &reading, bool complete)
{
    const QHash<QString, Freshness> before = m_known;
    const QList<HealthTransitions::Change> changes = HealthTransitions::apply(m_known, reading, complete);
    if (m_known != before)
        saveStates();
    for (const EnvironmentHealth &h : reading)
        m_siteNames.insert(h.siteId, h.siteSlug);
    if (complete) {
        m_haveReading = true;
        m_counts = FleetHealth::count(reading);
        m_behind.clear();
        for (const EnvironmentHealth &h : reading) {
            if (h.freshness == Freshness::Late || h.freshness == Freshness::Stale || h.freshness == Freshness::Never)
                m_behind << HealthTransitions::Change {h, h.freshness};
        }
        std::stable_sort(m_behind.begin(), m_behind.end(), [](const auto &a, const auto &b) {
            return FreshnessRules::severity(a.health.freshness) > FreshnessRules::severity(b.health.freshness);
        });
    }
    if (!changes.isEmpty() && m_settings.enabled && m_settings.healthChanges) {
        for (const HealthTransitions::Change &c : changes) {
            // The same environment twice before a flush (late, then stale): only its newest state.
            m_pendingHealth.removeIf([&c](const HealthTransitions::Change &p) {
                return p.health.siteId == c.health.siteId && p.health.environment == c.health.environment;
            });
            m_pendingHealth << c;
        }
        schedule();
    }
    checkDigest();
}

void NotificationCenter::jobFinished(const Job &job)
{
    if (!job.isFinished() || job.id.isEmpty())
        return;
    const bool captureFailed = job.type == JobType::Capture && job.status == JobStatus::Failed;
    const bool restore = job.type == JobType::Restore;
    if (!captureFailed && !restore)
        return;
    if (m_toldJobs.contains(job.id))
        return;
    const QDateTime now = m_clock->now();
    m_toldJobs.removeIf([&now](const auto &it) { return it.value().finishedAt.secsTo(now) >= ForgetJobsAfterSeconds; });
    const QDateTime at = job.finishedAt.isValid() ? job.finishedAt : now;
    m_toldJobs.insert(job.id, ToldJob {captureFailed ? CaptureFailed : RestoreEnded, at});
    saveJobs();
    if (!m_settings.enabled)
        return;
    if (captureFailed && m_settings.jobFailures)
        m_pendingFailures << job;
    else if (restore && m_settings.restoreEnds)
        m_pendingRestores << job;
    else
        return;
    schedule();
}

bool NotificationCenter::tells(const Job &job) const
{
    if (!m_settings.enabled)
        return false;
    if (job.type == JobType::Capture && job.status == JobStatus::Failed)
        return m_settings.jobFailures;
    return job.type == JobType::Restore && m_settings.restoreEnds;
}

void NotificationCenter::schedule()
{
    if (!m_coalesce->isActive())
        m_coalesce->start();
}

void NotificationCenter::flush()
{
    m_coalesce->stop();
    if (!m_pendingHealth.isEmpty()) {
        std::stable_sort(m_pendingHealth.begin(), m_pendingHealth.end(), [](const auto &a, const auto &b) {
            return FreshnessRules::severity(a.health.freshness) > FreshnessRules::severity(b.health.freshness);
        });
        send(AnnouncementText::healthChanged(m_pendingHealth, m_clock));
    }
    if (!m_pendingFailures.isEmpty())
        send(AnnouncementText::jobsFailed(m_pendingFailures, m_siteNames));
    if (!m_pendingRestores.isEmpty())
        send(AnnouncementText::restoresEnded(m_pendingRestores, m_siteNames));
    m_pendingHealth.clear();
    m_pendingFailures.clear();
    m_pendingRestores.clear();
}

int NotificationCenter::failuresInLastDay() const
{
    const QDateTime now = m_clock->now();
    int n = 0;
    for (const ToldJob &j : m_toldJobs)
        n += j.kind == CaptureFailed && j.finishedAt.secsTo(now) <= 24 * 3600 ? 1 : 0;
    return n;
}

void NotificationCenter::checkDigest()
{
    if (!m_settings.enabled || !m_settings.digest || !m_haveReading)
        return;
    const QDateTime local = m_clock->now().toLocalTime();
    if (local.time().hour() < m_settings.digestHour)
        return;
    if (m_lastDigest.isValid() && m_lastDigest >= local.date())
        return;
    m_lastDigest = local.date();
    QSettings settings;
    settings.beginGroup(Settings::notificationStateGroup(m_accountId));
    settings.setValue(DigestKey, m_lastDigest.toString(Qt::ISODate));
    send(AnnouncementText::digest(m_counts, m_behind, failuresInLastDay()));
}

void NotificationCenter::send(const Announcement &announcement)
{
    if (m_sentIds.size() >= MaxSentIds)
        m_sentIds.clear(); // only the newest notifications are still on screen to be clicked
    m_sentIds.insert(announcement.id);
    qCInfo(lcNotify) << "announcing:" << announcement.title;
    Q_EMIT announced(announcement);
    if (m_notifier)
        m_notifier->show(announcement);
}
