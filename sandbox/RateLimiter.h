#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

// A token bucket per API key: `rate` tokens a second, holding at most `burst`.
class RateLimiter
{
public:
    struct Decision
    {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        int retryAfterSecs = 0; // when not allowed
        qint64 resetUnix = 0;   // when the bucket is full again
    };

    RateLimiter(double rate, int burst);
    Decision take(const QString &key);
    double rate() const { return m_rate; }
    int burst() const { return m_burst; }

private:
    struct Bucket { double tokens; qint64 atMs; };
    double m_rate;
    int m_burst;
    QElapsedTimer m_clock;
    QHash<QString, Bucket> m_buckets;
};
