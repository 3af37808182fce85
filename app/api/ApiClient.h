#pragma once

#include "ApiReply.h"
#include "Decoder.h"
#include "Result.h"
#include "TransportPolicy.h"

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
#include <memory>
#include <optional>

class ApiCall;
class PageWalker;
class RequestQueue;

// The platform API for one account. Owns the account's only QNetworkAccessManager.
// Every call is asynchronous and returns an ApiReply (owned by the client until finished()).
// Timeouts, retries and backoff follow TransportPolicy (GETs and POSTs alike, a POST only ever
// with its one Idempotency-Key), and every call ends within the policy's call deadline. A
// client-side token bucket keeps API calls under the platform's rate limit (archive downloads
// make one API request each and do not pass through it). Redirects are handled here, never by
// Qt: the key is attached only when scheme, host and port are the API's.
//
// finished() of a reply always comes from the event loop, never inside the call that started or
// cancelled it. Contract operations (me(), site(), listSnapshots(), …) also check the 2xx body
// with ApiParser, so a reply that is ok() parses; a body that does not is a BadResponse naming
// the field. Deleting the client deletes its outstanding replies (without finished()).
class ApiClient : public QObject
{
    Q_OBJECT
public:
    // Timeouts, retries and backoff are TransportPolicy's; the rest is the API's own.
    struct Options : TransportPolicy::Settings
    {
        double ratePerSecond = 18;  // a little under the platform's 20/s
        int burst = 90;             // a little under its 100
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

    // Contract operations. A reply that is ok() also holds the typed value (ApiReply::as<T>()):
    // me() Me; listSites() QList<Site>; site() Site; environments() QList<Environment>;
    // backupPolicy() BackupPolicy; listSnapshots() QList<Snapshot>; snapshot() Snapshot;
    // createBackup(), restoreSnapshot() Accepted; job() Job; listJobs() QList<Job>.
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
    // A call failed in a way that may pass and is tried again after delayMs: what failed,
    // which attempt that was (1 = the first) of how many at most. For "waiting to retry" lines.
    void retrying(const QString &path, const ApiError &error, int attempt, int maxAttempts, int delayMs);
    // Any call answered 401: the key is missing, revoked or expired.
    void unauthorized(const ApiError &error);
    // Connectivity as last observed (a request reached the server, or failed at network level).
    void reachabilityChanged(bool reachable);

private:
    friend class ApiCall;
    friend class PageWalker;
    void noteReachability(bool reachable);
    // Forwards a call's observations (reachability, 401, retries) as this client's signals.
    void observe(ApiCall *call, const QString &path);
    ApiReply *startCall(const QByteArray &method, const QString &path, const QUrlQuery &query,
                        const QByteArray &body, const QString &idempotencyKey, Decoder::Single decoder);
    ApiReply *startPages(const QString &path, const QUrlQuery &query, int pageSize, Decoder::List decoder);
    // A reply that fails before any request is made (bad base URL, no key).
    ApiReply *refuse(ApiReply *reply);

    struct Private;
    std::unique_ptr<Private> d;
};
