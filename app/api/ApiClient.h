#pragma once

#include "ApiReply.h"
#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

class ApiCall;
class PageWalker;
class RequestQueue;

// The platform API for one account. Owns the account's only QNetworkAccessManager.
// Every call is asynchronous and returns an ApiReply (owned by the client until finished()).
// Retries: GETs on network errors, 5xx and 429 with exponential backoff and jitter honouring
// Retry-After; POSTs likewise but only ever with the same Idempotency-Key. A client-side token
// bucket keeps us under the platform's rate limit. Redirects are handled here, never by Qt: the
// key is attached only when scheme, host and port are the API's.
//
// finished() of a reply always comes from the event loop, never inside the call that started or
// cancelled it. Contract operations (me(), site(), listSnapshots(), …) also check the 2xx body
// with ApiParser, so a reply that is ok() parses; a body that does not is a BadResponse naming
// the field. Deleting the client deletes its outstanding replies (without finished()).
class ApiClient : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int timeoutMs = 30000;      // per attempt, without a byte arriving
        int maxAttempts = 6;        // for retryable failures
        int baseBackoffMs = 500;
        int maxBackoffMs = 30000;
        double ratePerSecond = 18;  // a little under the platform's 20/s
        int burst = 90;             // a little under its 100
        int maxRetryAfterSeconds = 120; // a longer Retry-After is reported, not waited out
        qint64 maxBodyBytes = 16 * 1024 * 1024; // a bigger 2xx body is refused (BadResponse)
    };

    explicit ApiClient(const QUrl &baseUrl, QObject *parent = nullptr);
    ApiClient(const QUrl &baseUrl, const Options &options, QObject *parent = nullptr);
    ~ApiClient() override;

    // Empty when fine; else why the URL may not be used (not https and not loopback, …).
    static QString checkBaseUrl(const QUrl &url);

    QUrl baseUrl() const;
    void setApiKey(const QString &key);   // kept in memory only
    bool hasApiKey() const;
    QNetworkAccessManager *network() const;
    const Options &options() const;

    // The token bucket every request of this client passes through (shared with downloads that
    // go to the API's origin, so they count against the same limit).
    RequestQueue *requestQueue() const;
    // As last observed; true until a request fails at network level.
    bool isReachable() const;

    // True when url has the API's scheme, host and port: only then may the key go with it.
    bool isApiOrigin(const QUrl &url) const;
    // A request for url, with the Authorization header only when isApiOrigin(url).
    QNetworkRequest makeRequest(const QUrl &url) const;
    QUrl endpoint(const QString &path, const QUrlQuery &query = {}) const; // path like "/sites"

    // Raw calls.
    ApiReply *get(const QString &path, const QUrlQuery &query = {});
    // idempotencyKey: one per user action; reuse it when the user retries that same action.
    ApiReply *post(const QString &path, const QJsonObject &body, const QString &idempotencyKey);
    // Follows next_cursor to the end, emitting pageReceived() per page; finished() after the last.
    ApiReply *getAllPages(const QString &path, QUrlQuery query = {}, int pageSize = 100);

    // Contract operations (parse the reply's json() with ApiParser).
    ApiReply *me();
    ApiReply *listSites(const QString &filter = {});                  // all pages
    ApiReply *site(const QString &siteRef);
    ApiReply *environments(const QString &siteRef);
    ApiReply *backupPolicy(const QString &siteRef);
    struct SnapshotFilter
    {
        QString environment, kind, status;
        QDateTime createdAfter, createdBefore;
    };
    ApiReply *listSnapshots(const QString &siteRef, const SnapshotFilter &filter = {}); // all pages
    ApiReply *snapshot(const QString &siteRef, const QString &snapshotId);
    ApiReply *createBackup(const QString &siteRef, const QString &environment, const QString &label,
                           const QString &idempotencyKey);
    ApiReply *restoreSnapshot(const QString &siteRef, const QString &snapshotId,
                              const QStringList &selectors, const QString &targetEnvironment,
                              const QString &idempotencyKey);
    ApiReply *job(const QString &jobId);
    ApiReply *listJobs(const QString &status = {}, const QString &site = {}); // all pages
    QUrl downloadUrl(const QString &siteRef, const QString &snapshotId, const QStringList &selectors) const;

    static QString newIdempotencyKey();
    // True for 127.0.0.0/8, ::1 and "localhost": the only hosts plain http may be used with.
    static bool isLoopbackHost(const QString &host);

Q_SIGNALS:
    // Any call answered 401: the key is missing, revoked or expired.
    void unauthorized(const ApiError &error);
    // Connectivity as last observed (a request reached the server, or failed at network level).
    void reachabilityChanged(bool reachable);

private:
    friend class ApiCall;
    friend class PageWalker;
    void noteReachability(bool reachable);
    ApiReply *startCall(const QByteArray &method, const QString &path, const QUrlQuery &query,
                        const QByteArray &body, const QString &idempotencyKey,
                        std::function<std::optional<ParseError>(const QJsonValue &)> validator);
    ApiReply *startPages(const QString &path, const QUrlQuery &query, int pageSize,
                         std::function<std::optional<ParseError>(const QJsonValue &)> validator);
    // A reply that fails before any request is made (bad base URL, no key).
    ApiReply *refuse(ApiReply *reply);

    struct Private;
    Private *d;
};
