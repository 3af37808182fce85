#pragma once

#include "api/BackupPolicy.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// What a client report says about one environment of one site over the report's period.
struct EnvironmentReport
{
    QString siteId;
    QString siteSlug;
    QString siteName;
    QString environment;
    Cadence cadence = Cadence::Unknown;
    QString cadenceRaw;         // as the policy sent it; empty when the site had no policy entry
    int expected = 0;           // scheduled runs the policy's cadence calls for in the period
    int taken = 0;              // scheduled backups captured (ready, or since pruned by retention)
    int manual = 0;             // manual snapshots captured
    int failed = 0;             // captures (scheduled or manual) that failed
    int restores = 0;           // restore jobs into this environment
    int failedRestores = 0;     // of which failed
    QDateTime newestBackup;     // newest capture in the period; invalid when none

    // taken / expected, capped at 100 %; nothing when no backup was scheduled.
    std::optional<double> compliance() const;
};

// Backups captured on one calendar day (local time) over all reported environments.
struct DayCount
{
    QDate day;
    int scheduled = 0;
    int manual = 0;
    int total() const { return scheduled + manual; }
};

// A client report: per site and environment over a period, with the agency's name on top.
struct ClientReport
{
    QString organizationName;
    QDate firstDay;             // the period as asked for, both days included
    QDate lastDay;
    QDateTime periodStart;      // start of firstDay, local time
    QDateTime periodEnd;        // end of lastDay, or the time of the report when that is earlier
    QDateTime generatedAt;
    QList<EnvironmentReport> rows; // by site slug; a site's environments in its own order
    QList<DayCount> days;          // one per day of the period, in order

    int siteCount() const;
    EnvironmentReport totals() const; // sums over every row (no site or environment)
    // Over every scheduled environment, each capped at its own expected count (one environment
    // with extra backups must not hide another's gap); nothing when none was scheduled.
    std::optional<double> compliance() const;
};
