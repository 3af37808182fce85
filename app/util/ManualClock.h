#pragma once

#include "Clock.h"

// A clock that only moves when told to. For tests, and for anything that must show a fixed
// instant (e.g. rendering relative times against a reference date).
class ManualClock : public Clock
{
public:
    explicit ManualClock(const QDateTime &start = QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC));

    QDateTime now() const override;
    void setNow(const QDateTime &now);
    void advance(qint64 msecs);
    void advanceSeconds(qint64 seconds) { advance(seconds * 1000); }

private:
    QDateTime m_now;
};
