#include "Clock.h"

Clock::~Clock() = default;

QDateTime Clock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

Clock *Clock::system()
{
    // Function-local static: constructed on first use, so other statics may use it safely.
    static Clock instance;
    return &instance;
}
