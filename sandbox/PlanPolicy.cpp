#include "PlanPolicy.h"


PlanPolicy PlanPolicy::forPlan(const QString &plan, const QString &envKind)
{
    const bool prod = envKind == QLatin1String("production");
    const bool staging = envKind == QLatin1String("staging");
    if (plan == QLatin1String("agency")) {
        if (prod) return {QStringLiteral("hourly"), 14, 336};
        if (staging) return {QStringLiteral("daily"), 14, 14};
        return {QStringLiteral("daily"), 3, 3};
    }
    if (plan == QLatin1String("enterprise")) {
        if (prod) return {QStringLiteral("hourly"), 30, QVariant()};
        if (staging) return {QStringLiteral("daily"), 30, QVariant()};
        return {QStringLiteral("daily"), 7, QVariant()};
    }
    if (plan == QLatin1String("pro")) {
        if (prod) return {QStringLiteral("daily"), 30, 30};
        if (staging) return {QStringLiteral("weekly"), 28, 4};
        return {QStringLiteral("none"), 7, QVariant()};
    }
    // starter and any plan this sandbox does not know: the most modest policy.
    if (prod) return {QStringLiteral("daily"), 7, 7};
    return {QStringLiteral("none"), 7, QVariant()};
}

qint64 PlanPolicy::intervalSecs(const QString &cadence)
{
    if (cadence == QLatin1String("hourly")) return 3600;
    if (cadence == QLatin1String("daily")) return 86400;
    if (cadence == QLatin1String("weekly")) return 7 * 86400;
    return 0;
}

QDateTime PlanPolicy::nextRun(const QString &cadence, const QDateTime &after)
{
    const qint64 step = intervalSecs(cadence);
    if (step == 0)
        return {};
    // Unix epoch was a Thursday at 00:00 UTC; weekly runs fall on Mondays (epoch + 4 days).
    const qint64 night = step >= 86400 ? kNightlyHourUtc * 3600 : 0;
    const qint64 origin = (cadence == QLatin1String("weekly") ? 4 * 86400 : 0) + night;
    const qint64 t = after.toSecsSinceEpoch();
    const qint64 next = origin + ((t - origin) / step + 1) * step;
    return QDateTime::fromSecsSinceEpoch(next, Qt::UTC);
}
