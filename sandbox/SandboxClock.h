#pragma once

#include <QDateTime>
#include <QElapsedTimer>

// The platform's notion of "now". With --clock-speed N it runs N times faster than the wall
// clock (from the moment the sandbox started), so a day of scheduled backups passes in minutes.
class SandboxClock
{
public:
    explicit SandboxClock(double speed = 1.0);
    QDateTime now() const;
    double speed() const { return m_speed; }
    // Real milliseconds until the sandbox clock reaches `at` (0 if past).
    qint64 realMsUntil(const QDateTime &at) const;

    static QString format(const QDateTime &t); // RFC 3339 UTC with Z, seconds precision
    static QDateTime parse(const QString &s);  // invalid QDateTime on bad input

private:
    double m_speed;
    qint64 m_startMs;
    QElapsedTimer m_elapsed;
};
