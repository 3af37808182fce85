#pragma once

#include "ApiContext.h"
#include "HttpServer.h"
#include "RateLimiter.h"

#include <QObject>

class ApiEndpoints;
class DownloadService;
class SandboxClock;
class Store;

// The request pipeline of the API origin: request id, injected latency, routing, bearer-key
// authentication, per-key rate limiting, scopes, idempotency of POSTs and fault injection,
// around the endpoints. Runs on the HTTP thread; endpoints never block on a job.
class ApiServer : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        double rate = 20;
        int burst = 100;
        double stormRate = 0;      // --rate-limit-storm: share of requests answered 429
        int latencyMs = 0;
        double failRate = 0;       // --fail-rate: share answered 500/503
        QStringList failMethods;   // --fail-methods; empty = all
    };

    ApiServer(Store *store, ApiEndpoints *endpoints, DownloadService *downloads, const SandboxClock *clock,
              const Config &config, QObject *parent = nullptr);

    void handle(const HttpRequest &req, const HttpServer::Respond &respond);
    // The storage origin shares request ids, latency and logging.
    void handleStorage(const HttpRequest &req, const HttpServer::Respond &respond);
    static QString newRequestId();

private:
    enum class Op { Me, ListSites, GetSite, ListEnvs, CreateBackup, Policy, ListSnapshots, GetSnapshot, Restore,
                    Download, ListJobs, GetJob };
    struct Route { QByteArray method; QStringList pattern; Op op; QString scope; };

    void process(const HttpRequest &req, const QString &requestId, const HttpServer::Respond &respond);
    const Route *match(const QString &path, const QByteArray &method, QStringList *params, QList<QByteArray> *allowed) const;
    void dispatch(const Route &route, const ApiContext &c, const std::function<void(HttpResponse)> &done);
    bool injectFault(const QByteArray &method) const;
    HttpResponse faultResponse(const QString &requestId) const;

    Store *m_store;
    ApiEndpoints *m_endpoints;
    DownloadService *m_downloads;
    const SandboxClock *m_clock;
    Config m_config;
    RateLimiter m_limiter;
    QList<Route> m_routes;
};
