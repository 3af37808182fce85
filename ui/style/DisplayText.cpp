#include "DisplayText.h"

#include "api/BackupPolicy.h"
#include "api/Environment.h"
#include "api/Snapshot.h"

#include <QCoreApplication>

namespace DisplayText {

static QString tr(const char *text)
{
    return QCoreApplication::translate("DisplayText", text);
}

QString environmentKind(const Environment &env)
{
    switch (env.kind) {
    case EnvironmentKind::Production: return tr("Production");
    case EnvironmentKind::Staging: return tr("Staging");
    case EnvironmentKind::Preview: return tr("Preview");
    case EnvironmentKind::Unknown: break;
    }
    return env.kindRaw;
}

QString snapshotKind(const Snapshot &snapshot)
{
    switch (snapshot.kind) {
    case SnapshotKind::Manual: return tr("Manual");
    case SnapshotKind::Scheduled: return tr("Scheduled");
    case SnapshotKind::Unknown: break;
    }
    return snapshot.kindRaw;
}

QString snapshotStatus(const Snapshot &snapshot)
{
    switch (snapshot.status) {
    case SnapshotStatus::Pending: return tr("Pending");
    case SnapshotStatus::Capturing: return tr("Capturing");
    case SnapshotStatus::Ready: return tr("Ready");
    case SnapshotStatus::Failed: return tr("Failed");
    case SnapshotStatus::Expired: return tr("Expired");
    case SnapshotStatus::Unknown: break;
    }
    return snapshot.statusRaw;
}

QString cadence(const EnvironmentPolicy &policy)
{
    switch (policy.cadence) {
    case Cadence::Hourly: return tr("Hourly");
    case Cadence::Daily: return tr("Daily");
    case Cadence::Weekly: return tr("Weekly");
    case Cadence::None: return tr("No scheduled backups");
    case Cadence::Unknown: break;
    }
    return policy.cadenceRaw;
}

QString freshness(Freshness f)
{
    switch (f) {
    case Freshness::Fresh: return tr("On schedule");
    case Freshness::Late: return tr("Late: a scheduled backup was missed");
    case Freshness::Stale: return tr("Stale: older than twice the backup cadence");
    case Freshness::Never: return tr("No ready snapshot");
    case Freshness::Unknown: return tr("No backup schedule known");
    }
    return {};
}

} // namespace DisplayText
