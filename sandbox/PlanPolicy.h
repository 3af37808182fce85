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
    static qint64 intervalSecs(const QString &cadence); // 0 for none
    // The first run strictly after `after`, aligned on the cadence (hour, midnight, Monday).
    static QDateTime nextRun(const QString &cadence, const QDateTime &after);
};
