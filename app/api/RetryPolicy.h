#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QDateTime>

class QRandomGenerator;

// When and how long to wait before trying a failed request again. Kept apart from the network
// code so the arithmetic (exponential backoff with jitter, Retry-After) is testable on its own.
class RetryPolicy
{
public:
    RetryPolicy(int maxAttempts, int baseBackoffMs, int maxBackoffMs, int maxRetryAfterSeconds);

    // Whether another attempt could succeed where this one failed. Only transport failures, 5xx
    // and 429 qualify: any other answer would be the same the next time. TLS failures are never
    // retried: they are a security verdict, not a hiccup.
    static bool isRetryable(const ApiError &error);

    // Milliseconds to wait after `failedAttempts` attempts (1 = the first try failed) before the
    // next one, or -1 to give up. retryAfterSeconds < 0 means the server gave none.
    int delayMs(int failedAttempts, int retryAfterSeconds) const;

    // Retry-After is seconds ("120") or an HTTP date; -1 when absent or unreadable.
    static int parseRetryAfter(const QByteArray &value, const QDateTime &now);

    // Deterministic jitter for tests; the global generator by default.
    void setRandomGenerator(QRandomGenerator *generator) { m_random = generator; }

    int maxAttempts() const { return m_maxAttempts; }

private:
    int m_maxAttempts;
    int m_baseBackoffMs;
    int m_maxBackoffMs;
    int m_maxRetryAfterSeconds;
    QRandomGenerator *m_random;
};
