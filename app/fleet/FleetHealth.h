#pragma once

#include "Freshness.h"

#include "api/BackupPolicy.h"
#include "api/Environment.h"
#include "api/Site.h"

#include <QDateTime>
#include <QList>
#include <QString>

// One environment judged against its own schedule.
struct EnvironmentHealth
{
    QString siteId;
    QString siteSlug;
    QString environment;
    EnvironmentKind kind = EnvironmentKind::Unknown;
    Freshness freshness = Freshness::Unknown;
    QDateTime lastSnapshotAt;       // the newest ready snapshot; invalid when none
    Cadence cadence = Cadence::Unknown;
    QString cadenceRaw;             // as the policy spells it; empty when no policy names it
    qint64 cadenceSeconds = 0;      // 0 = no schedule (or none known)

    bool isScheduled() const { return cadenceSeconds > 0; }
};

// How many environments are in each state: what the fleet's summary and `mf fleet health` say.
struct HealthCounts
{
    int fresh = 0;
    int late = 0;
    int stale = 0;
    int never = 0;
    int unscheduled = 0; // no schedule, or none known yet: not judged

    int scheduled() const { return fresh + late + stale + never; }
    int behind() const { return late + stale; } // backed up, but not as often as scheduled
    void add(Freshness freshness);
};

// Backup health of a fleet: each environment with a scheduled cadence (its site's backup
// policy) is fresh, late, stale or never backed up by FreshnessRules. One rule for the fleet's
// dots, its summary, `mf site list` and `mf fleet health`.
namespace FleetHealth {

// The environment judged by its site's policy (null: none known, so not scheduled).
EnvironmentHealth judge(const Site &site, const Environment &env, const BackupPolicy *policy, const QDateTime &now);
// Every environment of every site, in the order given; policies matched by site id.
QList<EnvironmentHealth> judgeAll(const QList<Site> &sites, const QList<BackupPolicy> &policies, const QDateTime &now);
HealthCounts count(const QList<EnvironmentHealth> &environments);

// The monitoring-plugin convention (Nagios, Icinga, Sensu, …) that `mf fleet health` exits with.
enum MonitoringStatus : int {
    MonitoringOk = 0,       // every scheduled environment is fresh
    MonitoringWarning = 1,  // some are late
    MonitoringCritical = 2, // some are stale or were never backed up
    MonitoringUnknown = 3,  // the fleet could not be read
};
MonitoringStatus monitoringStatus(const HealthCounts &counts);

} // namespace FleetHealth
