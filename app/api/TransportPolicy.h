#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QNetworkReply>
#include <QUrl>

class QRandomGenerator;

// The one statement of how this client treats HTTP, for API calls (ApiCall, PageWalker) and
// archive downloads (Download) alike: how long a silent or slow peer is given, which failures
// are tried again and after how long, what Retry-After may ask, how an error body is read and
// how much of it is kept, and which URLs may be used at all. The arithmetic is kept apart from
// the network code so that it is testable on its own.
class TransportPolicy
{
public:
    struct Settings
    {
        // No byte (headers or body) for this long ends an attempt. A timer that restarts on every
        // byte alone never fires against a peer that sends one byte a second: the deadlines
        // below bound that.
        int stallTimeoutMs = 20000;
        // One attempt of an API call, from sending to the last byte. Downloads have none: a large
        // archive on a slow line legitimately takes hours, and resumes where it stopped.
        int attemptDeadlineMs = 30000;
        // An API call with all its attempts and the waits between them: after this the person is
        // told, instead of the retries going on silently.
        int callDeadlineMs = 50000;
        int maxAttempts = 6;            // downloads: failed attempts in a row without progress
        int baseBackoffMs = 500;
        int maxBackoffMs = 30000;
        int maxRetryAfterSeconds = 120; // a longer Retry-After is reported, not waited out
    };

    // An error body is a few hundred bytes; more is a misbehaving proxy, and only this much of
    // it is read.
    static constexpr qint64 MaxErrorBodyBytes = 64 * 1024;
    // Retry-After values are capped here, so that arithmetic on them cannot overflow.
    static constexpr int MaxRetryAfterSeconds = 24 * 3600;

    TransportPolicy();
    explicit TransportPolicy(const Settings &settings);

    const Settings &settings() const { return m_settings; }

    // Whether another attempt could succeed where this one failed. Only transport failures,
    // timeouts, 408, 429 and 5xx qualify: any other answer would be the same the next time.
    // TLS failures are never retried: they are a security verdict, not a hiccup.
    static bool isRetryable(const ApiError &error);

    // Milliseconds to wait after `failedAttempts` attempts (1 = the first try failed) before the
    // next one, or -1 to give up: attempts used up, or a Retry-After longer than the person
    // should wait without being told. retryAfterSeconds < 0 means the server gave none.
    int delayMs(int failedAttempts, int retryAfterSeconds) const;

    // Retry-After is delta-seconds ("120") or an HTTP-date; -1 when absent or unreadable. Values
    // are capped at MaxRetryAfterSeconds (a 20-digit number is "very long", not "none").
    static int parseRetryAfter(const QByteArray &value, const QDateTime &now);

    // The ApiError of an HTTP error status: the platform's error shape
    // {"error": {code, message, request_id, details}} when the body has it (else the reason is
    // kept in parseProblem), the request id (body first, then the X-Request-Id header) and
    // Retry-After.
    static ApiError httpError(int status, const QByteArray &body,
                              const QList<QNetworkReply::RawHeaderPair> &headers, const QDateTime &now);
    static QByteArray header(const QList<QNetworkReply::RawHeaderPair> &headers, const char *name);

    // https anywhere; plain http only to this computer (127.0.0.0/8, ::1, localhost), where
    // nothing travels over a network.
    static bool isPermittedUrl(const QUrl &url);
    static bool isLoopbackHost(const QString &host);
    // Same scheme, host and port (default ports filled in): the rule for where the key may go.
    static bool sameOrigin(const QUrl &a, const QUrl &b);

    // Deterministic jitter for tests; the global generator by default.
    void setRandomGenerator(QRandomGenerator *generator) { m_random = generator; }

private:
    Settings m_settings;
    QRandomGenerator *m_random;
};
