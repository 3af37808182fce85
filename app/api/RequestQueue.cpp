#include "RequestQueue.h"

#include "util/Clock.h"

#include <algorithm>
#include <cmath>

RequestQueue::RequestQueue(double ratePerSecond, int burst, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? clock : Clock::system())
    , m_rate(std::max(0.1, ratePerSecond))
    , m_burst(std::max(1, burst))
    , m_tokens(m_burst)
    , m_lastRefill(m_clock->now())
{
    m_timer.setSingleShot(true);
    // Precise: a hold for Retry-After must not end early (coarse timers may fire 5% early).
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RequestQueue::drain);
}

RequestQueue::Ticket RequestQueue::enqueue(std::function<void()> start)
{
    const Ticket t = m_nextTicket++;
    m_pending.push_back({t, std::move(start)});
    if (!m_timer.isActive())
        scheduleDrain(0);
    return t;
}

bool RequestQueue::cancel(Ticket ticket)
{
    const auto it = std::find_if(m_pending.begin(), m_pending.end(),
                                 [ticket](const Pending &p) { return p.ticket == ticket; });
    if (it == m_pending.end())
        return false;
    m_pending.erase(it);
    return true;
}

void RequestQueue::holdFor(qint64 ms)
{
    const QDateTime until = m_clock->now().addMSecs(std::max<qint64>(0, ms));
    if (!m_holdUntil.isValid() || until > m_holdUntil)
        m_holdUntil = until;
}

double RequestQueue::availableTokens() const
{
    const qint64 elapsed = std::max<qint64>(0, m_lastRefill.msecsTo(m_clock->now()));
    return std::min<double>(m_burst, m_tokens + double(elapsed) * m_rate / 1000.0);
}

void RequestQueue::refill()
{
    const QDateTime now = m_clock->now();
    const qint64 elapsed = m_lastRefill.msecsTo(now);
    // A clock that jumped backwards (NTP, suspend) must not freeze the queue: restart from now.
    if (elapsed > 0)
        m_tokens = std::min<double>(m_burst, m_tokens + double(elapsed) * m_rate / 1000.0);
    m_lastRefill = now;
}

void RequestQueue::drain()
{
    refill();
    const QDateTime now = m_clock->now();
    if (m_holdUntil.isValid() && now < m_holdUntil) {
        scheduleDrain(now.msecsTo(m_holdUntil));
        return;
    }
    while (!m_pending.empty() && m_tokens >= 1.0) {
        m_tokens -= 1.0;
        // Pop before running: start() may enqueue or cancel other requests.
        Pending p = std::move(m_pending.front());
        m_pending.pop_front();
        p.start();
    }
    if (!m_pending.empty())
        scheduleDrain(qint64(std::ceil((1.0 - m_tokens) * 1000.0 / m_rate)));
}

void RequestQueue::scheduleDrain(qint64 ms)
{
    m_timer.start(int(std::clamp<qint64>(ms, 0, 3600 * 1000)));
}
