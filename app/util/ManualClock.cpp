#include "ManualClock.h"

ManualClock::ManualClock(const QDateTime &start)
    : m_now(start.toUTC())
{
}

QDateTime ManualClock::now() const
{
    return m_now;
}

void ManualClock::setNow(const QDateTime &now)
{
    m_now = now.toUTC();
}

void ManualClock::advance(qint64 msecs)
{
    m_now = m_now.addMSecs(msecs);
}
