#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

// Scheduled-backup cadence and retention, set by the site's plan and the environment's kind
// (read-only through the API). Documented in docs/sandbox.md.
struct PlanPolicy
{
    QString cadence;       // hourly, daily, weekly, none
    int retentionDays = 0;
    QVariant maxSnapshots; // null = no count limit

    static PlanPolicy forPlan(const QString &plan, const QString &envKind);
    // Daily and weekly backups run at this hour (UTC), the quiet night hour the seed's history uses too.
    static constexpr int kNightlyHourUtc = 2;

    static qint64 intervalSecs(const QString &cadence); // 0 for none
    // The first run strictly after `after`, aligned on the cadence (the hour; 02:00 UTC; Mondays 02:00 UTC).
    static QDateTime nextRun(const QString &cadence, const QDateTime &after);
};
