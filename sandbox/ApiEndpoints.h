#pragma once

#include "ApiContext.h"
#include "Cursor.h"
#include "HttpMessage.h"

#include <optional>

class JobRunner;
class SandboxClock;
class Store;

// The contract's operations, one method each, on an authenticated request. Cross-cutting
// concerns (auth, rate limits, idempotency, faults) are ApiServer's; downloads DownloadService's.
class ApiEndpoints
{
public:
    ApiEndpoints(Store *store, JobRunner *jobs, const SandboxClock *clock, const QByteArray &secret);

    HttpResponse me(const ApiContext &c);
    HttpResponse listSites(const ApiContext &c);
    HttpResponse getSite(const ApiContext &c);
    HttpResponse listEnvironments(const ApiContext &c);
    HttpResponse createBackup(const ApiContext &c);
    HttpResponse backupPolicy(const ApiContext &c);
    HttpResponse listSnapshots(const ApiContext &c);
    HttpResponse getSnapshot(const ApiContext &c);
    HttpResponse restore(const ApiContext &c);
    HttpResponse listJobs(const ApiContext &c);
    HttpResponse getJob(const ApiContext &c);

    // Resolves the {site} path parameter: 404 for no such site, 403 for another organization's.
    std::optional<HttpResponse> resolveSite(const ApiContext &c, SiteInfo *site) const;
    // Resolves {snapshot} within the site: 404 unless it belongs to it.
    std::optional<HttpResponse> resolveSnapshot(const ApiContext &c, const SiteInfo &site, SnapInfo *snap) const;
    static bool isEnvironmentName(const QString &name);

private:
    std::optional<HttpResponse> parseLimit(const ApiContext &c, int *limit) const;
    std::optional<HttpResponse> parseCursor(const ApiContext &c, const QString &scope, QString *lastKey) const;
    std::optional<HttpResponse> parseBody(const ApiContext &c, QJsonObject *body) const;
    static HttpResponse page(const QJsonArray &data, const QString &nextCursor);
    HttpResponse accepted(const ApiContext &c, const QString &jobId, const QString &snapshotId) const;

    Store *m_store;
    JobRunner *m_jobs;
    const SandboxClock *m_clock;
    Cursor m_cursor;
};
