#pragma once

#include "DataDirLock.h"
#include "SandboxOptions.h"

#include <QObject>

#include <memory>

class ApiEndpoints;
class ApiServer;
class DownloadService;
class HttpServer;
class JobRunner;
class SandboxClock;
class Scheduler;
class Store;

// The running platform: opens the data dir, seeds it if asked and empty, recovers from an
// interrupted run, and serves the API (and the storage origin) until the event loop ends.
class SandboxApp : public QObject
{
    Q_OBJECT
public:
    explicit SandboxApp(QObject *parent = nullptr);
    ~SandboxApp() override;
    bool start(const SandboxOptions &options, QString *error);

private:
    void logRequest(const QString &origin, const QByteArray &method, const QString &path, int status, qint64 ms,
                    const QByteArray &requestId) const;

    SandboxOptions m_options;
    DataDirLock m_lock;
    std::unique_ptr<SandboxClock> m_clock;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<JobRunner> m_jobs;
    std::unique_ptr<ApiEndpoints> m_endpoints;
    std::unique_ptr<DownloadService> m_downloads;
    std::unique_ptr<ApiServer> m_api;
    std::unique_ptr<HttpServer> m_apiHttp;
    std::unique_ptr<HttpServer> m_storageHttp;
    std::unique_ptr<Scheduler> m_scheduler;
};
