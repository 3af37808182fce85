#pragma once

#include "api/Job.h"
#include "fleet/FleetHealth.h"
#include "notify/Notifier.h"

#include <QList>

// Readings, jobs and a notifier that records, for the notification tests.
namespace NotifyTestSupport {

inline EnvironmentHealth health(const QString &siteId, const QString &environment, Freshness freshness,
                                EnvironmentKind kind = EnvironmentKind::Production)
{
    EnvironmentHealth h;
    h.siteId = siteId;
    h.siteSlug = siteId + QStringLiteral("-shop");
    h.environment = environment;
    h.kind = kind;
    h.freshness = freshness;
    h.cadence = Cadence::Daily;
    h.cadenceRaw = QStringLiteral("daily");
    h.cadenceSeconds = freshness == Freshness::Unknown ? 0 : 24 * 3600;
    if (freshness != Freshness::Never && freshness != Freshness::Unknown)
        h.lastSnapshotAt = QDateTime(QDate(2026, 11, 20), QTime(3, 0), Qt::UTC);
    return h;
}

inline Job job(const QString &id, JobType type, JobStatus status, const QString &siteId = QStringLiteral("site_1"),
               const QString &environment = QStringLiteral("production"))
{
    Job j;
    j.id = id;
    j.type = type;
    j.status = status;
    j.siteId = siteId;
    j.environment = environment;
    j.finishedAt = QDateTime(QDate(2026, 11, 24), QTime(11, 0), Qt::UTC);
    if (status == JobStatus::Failed)
        j.error = JobError {QStringLiteral("capture_failed"), QStringLiteral("The database could not be read.")};
    return j;
}

class RecordingNotifier : public Notifier
{
public:
    using Notifier::Notifier;
    bool available = true;
    QList<Announcement> shown;
    bool isAvailable() const override { return available; }
    QString describe() const override { return QStringLiteral("recorder"); }
    void show(const Announcement &a) override
    {
        if (!available) {
            Q_EMIT failed(a);
            return;
        }
        shown << a;
    }
    void click(const Announcement &a, const QString &action) { Q_EMIT actionInvoked(a, action); }
};

} // namespace NotifyTestSupport
