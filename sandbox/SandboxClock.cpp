#include "SandboxClock.h"


SandboxClock::SandboxClock(double speed)
    : m_speed(speed > 0 ? speed : 1.0)
    , m_startMs(QDateTime::currentMSecsSinceEpoch())
{
    m_elapsed.start();
}

QDateTime SandboxClock::now() const
{
    const qint64 ms = m_startMs + qint64(double(m_elapsed.elapsed()) * m_speed);
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

qint64 SandboxClock::realMsUntil(const QDateTime &at) const
{
    const qint64 delta = now().msecsTo(at);
    return delta <= 0 ? 0 : qint64(double(delta) / m_speed);
}

QString SandboxClock::format(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QDateTime SandboxClock::parse(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    // RFC 3339 requires an offset; a local time would be ambiguous.
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime)
        return {};
    return t.toUTC();
}
