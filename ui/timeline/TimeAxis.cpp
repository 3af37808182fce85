#include "TimeAxis.h"

#include <QLocale>

qint64 TimeAxis::Step::approxMs() const
{
    static constexpr qint64 minute = 60 * 1000;
    switch (unit) {
    case Unit::Minute: return count * minute;
    case Unit::Hour: return count * 60 * minute;
    case Unit::Day: return count * 24 * 60 * minute;
    case Unit::Week: return count * 7 * 24 * 60 * minute;
    case Unit::Month: return count * 30 * 24 * 60 * minute;
    }
    return minute;
}

QDateTime TimeAxis::floorTo(const QDateTime &local, const Step &step)
{
    const QDate d = local.date();
    const QTime t = local.time();
    switch (step.unit) {
    case Unit::Minute:
        return QDateTime(d, QTime(t.hour(), t.minute() - t.minute() % step.count));
    case Unit::Hour:
        return QDateTime(d, QTime(t.hour() - t.hour() % step.count, 0));
    case Unit::Day:
        return QDateTime(d, QTime(0, 0));
    case Unit::Week:
        return QDateTime(d.addDays(1 - d.dayOfWeek()), QTime(0, 0));
    case Unit::Month: {
        const int month0 = d.month() - 1;
        return QDateTime(QDate(d.year(), month0 - month0 % step.count + 1, 1), QTime(0, 0));
    }
    }
    return local;
}

QDateTime TimeAxis::advance(const QDateTime &local, const Step &step)
{
    switch (step.unit) {
    case Unit::Minute: return local.addSecs(60LL * step.count);
    case Unit::Hour: return local.addSecs(3600LL * step.count);
    case Unit::Day: return local.addDays(step.count);
    case Unit::Week: return local.addDays(7LL * step.count);
    case Unit::Month: return local.addMonths(step.count);
    }
    return local;
}

QString TimeAxis::label(const QDateTime &local, const Step &step, bool major)
{
    const QLocale locale;
    switch (step.unit) {
    case Unit::Minute:
    case Unit::Hour:
        return major ? locale.toString(local.date(), QStringLiteral("ddd d MMM"))
                     : locale.toString(local.time(), QLocale::ShortFormat);
    case Unit::Day:
    case Unit::Week:
        return major ? locale.toString(local.date(), QStringLiteral("d MMM yyyy"))
                     : locale.toString(local.date(), QStringLiteral("d MMM"));
    case Unit::Month:
        return locale.toString(local.date(), QStringLiteral("MMM yyyy"));
    }
    return {};
}

QList<TimeAxis::Tick> TimeAxis::ticks(qint64 startMs, qint64 endMs, int widthPx, int minSpacingPx)
{
    QList<Tick> result;
    if (endMs <= startMs || widthPx <= 0)
        return result;
    static const Step steps[] = {
        {Unit::Minute, 5}, {Unit::Minute, 15}, {Unit::Minute, 30}, {Unit::Hour, 1}, {Unit::Hour, 3},
        {Unit::Hour, 6}, {Unit::Hour, 12}, {Unit::Day, 1}, {Unit::Day, 2}, {Unit::Week, 1},
        {Unit::Week, 2}, {Unit::Month, 1}, {Unit::Month, 3}, {Unit::Month, 6}, {Unit::Month, 12},
    };
    const double msPerPx = double(endMs - startMs) / widthPx;
    Step step = steps[std::size(steps) - 1];
    for (const Step &s : steps) {
        if (s.approxMs() / msPerPx >= minSpacingPx) {
            step = s;
            break;
        }
    }
    QDateTime t = floorTo(QDateTime::fromMSecsSinceEpoch(startMs).toLocalTime(), step);
    // Guard against pathological ranges: never more ticks than pixels allow.
    for (int guard = 0; guard < widthPx / 4 + 2 && t.toMSecsSinceEpoch() <= endMs; ++guard) {
        const qint64 ms = t.toMSecsSinceEpoch();
        if (ms >= startMs) {
            bool major = false;
            if (step.unit == Unit::Minute || step.unit == Unit::Hour)
                major = t.time() == QTime(0, 0);
            else if (step.unit == Unit::Day || step.unit == Unit::Week)
                major = t.date().day() == 1;
            result.append({ms, label(t, step, major), major});
        }
        const QDateTime next = advance(t, step);
        if (next <= t)
            break;
        t = next;
    }
    return result;
}
