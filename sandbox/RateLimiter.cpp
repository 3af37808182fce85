#include "RateLimiter.h"

#include <QDateTime>

#include <cmath>

RateLimiter::RateLimiter(double rate, int burst)
    : m_rate(rate > 0 ? rate : 20)
    , m_burst(burst > 0 ? burst : 100)
{
    m_clock.start();
}

RateLimiter::Decision RateLimiter::take(const QString &key)
{
    const qint64 now = m_clock.elapsed();
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{double(m_burst), now});
    Bucket &b = it.value();
    b.tokens = qMin(double(m_burst), b.tokens + double(now - b.atMs) * m_rate / 1000.0);
    b.atMs = now;
    Decision d;
    d.limit = int(m_rate);
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        d.allowed = true;
    } else {
        d.allowed = false;
        // Whole seconds, rounded up, and never 0: a client waiting Retry-After then gets a token.
        d.retryAfterSecs = qMax(1, int(std::ceil((1.0 - b.tokens) / m_rate)));
    }
    d.remaining = int(b.tokens);
    d.resetUnix = QDateTime::currentSecsSinceEpoch() + qint64(std::ceil((m_burst - b.tokens) / m_rate));
    return d;
}
