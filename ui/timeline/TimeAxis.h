#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// Where the timeline's ticks go and what they say, for a visible time range and width. Ticks
// fall on round local times (whole hours, midnights, Mondays, first days of months) so they read
// like a calendar, at least minSpacingPx apart.
class TimeAxis
{
public:
    struct Tick
    {
        qint64 msecs;   // UTC epoch milliseconds
        QString label;
        bool major;     // a day or month boundary: drawn stronger
    };

    static QList<Tick> ticks(qint64 startMs, qint64 endMs, int widthPx, int minSpacingPx = 90);

private:
    enum class Unit { Minute, Hour, Day, Week, Month };
    struct Step
    {
        Unit unit;
        int count;
        qint64 approxMs() const;
    };
    static QDateTime floorTo(const QDateTime &local, const Step &step);
    static QDateTime advance(const QDateTime &local, const Step &step);
    static QString label(const QDateTime &local, const Step &step, bool major);
};
