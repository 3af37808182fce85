#pragma once

#include <QDateTime>

// Where "now" comes from. Ages, expiry, relative times and polling cadence read it through this
// interface so tests can pin time with ManualClock instead of sleeping or racing the wall clock.
class Clock
{
public:
    virtual ~Clock();

    // The current time in UTC.
    virtual QDateTime now() const;

    // The real wall clock; lives for the whole program.
    static Clock *system();

protected:
    Clock() = default;
    Clock(const Clock &) = default;
    Clock &operator=(const Clock &) = default;
};
