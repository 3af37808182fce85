#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>

class Clock;

// A client-side token bucket in front of every request, so this client stays under the
// platform's rate limit by itself (20/s, bursts of 100 per key) instead of discovering it through
// 429s. Requests start in FIFO order, always from the event loop (never inside enqueue()), so a
// caller can connect to its reply's signals first.
class RequestQueue : public QObject
{
    Q_OBJECT
public:
    using Ticket = quint64;

    RequestQueue(double ratePerSecond, int burst, const Clock *clock = nullptr, QObject *parent = nullptr);

    // start runs once a token is free. Returns a ticket for cancel().
    Ticket enqueue(std::function<void()> start);
    // Drops a request that has not started yet; false if it already started (or never existed).
    bool cancel(Ticket ticket);

    // Nothing starts before ms from now: the server said the whole key must wait (a 429 with
    // Retry-After applies to every request made with the key, not just the one that got it).
    void holdFor(qint64 ms);

    int pendingCount() const { return int(m_pending.size()); }
    double availableTokens() const;
    double ratePerSecond() const { return m_rate; }
    int burst() const { return m_burst; }

private:
    struct Pending
    {
        Ticket ticket;
        std::function<void()> start;
    };

    void refill();
    void drain();
    void scheduleDrain(qint64 ms);

    const Clock *m_clock;
    double m_rate;
    int m_burst;
    double m_tokens;
    QDateTime m_lastRefill;
    QDateTime m_holdUntil;
    std::deque<Pending> m_pending;
    Ticket m_nextTicket = 1;
    QTimer m_timer;
};
