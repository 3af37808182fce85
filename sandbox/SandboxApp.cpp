#include "SandboxApp.h"

#include "ApiEndpoints.h"
#include "ApiServer.h"
#include "DownloadService.h"
#include "HttpServer.h"
#include "JobRunner.h"
#include "RestoreStaging.h"
#include "SandboxClock.h"
#include "SandboxLog.h"
#include "Scheduler.h"
#include "SeedCache.h"
#include "Seeder.h"
#include "Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <cstdio>

SandboxApp::SandboxApp(QObject *parent)
    : QObject(parent)
{
}

SandboxApp::~SandboxApp()
{
    if (m_downloads && m_storageHttp)
        qCInfo(lcSandbox).noquote() << "storage: requests that carried an Authorization header:"
                                    << m_downloads->authorizationHeadersSeen();
    // Servers go first so no new job starts while the runner drains.
    m_scheduler.reset();
    m_apiHttp.reset();
    m_storageHttp.reset();
    if (m_jobs)
        m_jobs->waitForDone();
}

void SandboxApp::logRequest(const QString &origin, const QByteArray &method, const QString &path, int status, qint64 ms,
                            const QByteArray &requestId) const
{
    // The path only: never the query (signed URLs) and never a header (the key). What the
    // client chose is escaped, so a decoded path can never start a line of its own.
    qCInfo(lcSandbox).noquote() << origin << SandboxLog::escaped(QString::fromLatin1(method)) << SandboxLog::escaped(path) << status
                                << QString::number(ms) + QStringLiteral("ms") << SandboxLog::escaped(QString::fromLatin1(requestId));
}

bool SandboxApp::start(const SandboxOptions &options, QString *error)
{
    m_options = options;
    m_clock = std::make_unique<SandboxClock>(options.clockSpeed);
    // The lock first: seeding, recovery and cleaning are the serving process's alone.
    if (!QDir().mkpath(options.dataDir)) {
        *error = QStringLiteral("cannot create the data directory %1").arg(options.dataDir);
        return false;
    }
    if (!m_lock.acquire(options.dataDir, error))
        return false;
    if (!options.seed.isEmpty() && options.seedCache && !SeedCache::fill(options.seed, options.dataDir, *m_clock, error)
        && !error->isEmpty())
        return false;
    m_store = std::make_unique<Store>();
    if (!m_store->open(options.dataDir, Store::Role::Serving)) {
        *error = QStringLiteral("cannot open the data directory %1: %2").arg(options.dataDir, m_store->lastError());
        return false;
    }
    // Restores first: one whose swaps were done ends as succeeded, not as interrupted.
    RestoreStaging::recoverAll(m_store.get(), m_clock->now());
    const int interrupted = m_store->failInterruptedJobs(m_clock->now());
    if (interrupted > 0)
        qCWarning(lcSandbox) << "marked" << interrupted << "interrupted job(s) failed";
    QByteArray secret = QByteArray::fromHex(m_store->meta(QStringLiteral("secret")).toLatin1());
    if (secret.size() != 32) {
        secret.resize(32);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(secret.data()), 8);
        m_store->setMeta(QStringLiteral("secret"), QString::fromLatin1(secret.toHex()));
    }

    m_jobs = std::make_unique<JobRunner>(m_store.get(), m_clock.get());
    m_jobs->setFaults({options.jobDelayMs, options.failJobs, options.crashAfterPhase});
    m_jobs->setWorkers(options.jobWorkers);
    QString key;
    if (!options.seed.isEmpty()) {
        QElapsedTimer t;
        t.start();
        Seeder seeder(m_store.get(), m_jobs.get(), m_clock.get());
        if (!seeder.seed(options.seed, &key, error)) {
            *error = QStringLiteral("seeding failed: ") + *error;
            return false;
        }
        if (!key.isEmpty())
            qCInfo(lcSandbox) << "seeded" << options.seed << "in" << t.elapsed() << "ms";
    }

    m_endpoints = std::make_unique<ApiEndpoints>(m_store.get(), m_jobs.get(), m_clock.get(), secret);
    m_downloads = std::make_unique<DownloadService>(
        m_store.get(), m_endpoints.get(), secret,
        DownloadService::Config{options.storageRedirect, options.signedUrlTtl, options.cutDownloadAfter, options.corruptDownloadAt, options.downloadRate});
    m_api = std::make_unique<ApiServer>(m_store.get(), m_endpoints.get(), m_downloads.get(), m_clock.get(),
                                        ApiServer::Config{options.rate, options.burst, options.stormRate, options.latencyMs,
                                                          options.failRate, options.failMethods});

    if (!options.isLoopback())
        qCWarning(lcSandbox).noquote() << "listening on" << options.host.toString()
                                       << "- NOT loopback: anyone who can reach this address can use the sandbox's keys over plain HTTP";
    const HttpServer::Limits limits{options.maxConnections, options.idleTimeoutMs, options.requestTimeoutMs};
    m_apiHttp = std::make_unique<HttpServer>(QStringLiteral("api"));
    m_apiHttp->setLimits(limits);
    m_apiHttp->setHandler([this](const HttpRequest &r, HttpServer::Respond respond) { m_api->handle(r, respond); });
    m_apiHttp->setLogger([this](const HttpRequest &r, const HttpResponse &resp, qint64 ms) {
        logRequest(QStringLiteral("api"), r.head ? QByteArray("HEAD") : r.method, r.path, resp.status, ms, resp.header("X-Request-Id"));
    });
    if (!m_apiHttp->listen(options.host, options.port)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3").arg(options.host.toString()).arg(options.port).arg(m_apiHttp->errorString());
        return false;
    }
    const QString hostText = options.host.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + options.host.toString() + QLatin1Char(']') : options.host.toString();
    const QString api = QStringLiteral("http://%1:%2/v1").arg(hostText).arg(m_apiHttp->port());
    QString storage;
    if (options.storageRedirect) {
        m_storageHttp = std::make_unique<HttpServer>(QStringLiteral("storage"));
        m_storageHttp->setLimits(limits);
        m_storageHttp->setHandler([this](const HttpRequest &r, HttpServer::Respond respond) { m_api->handleStorage(r, respond); });
        m_storageHttp->setLogger([this](const HttpRequest &r, const HttpResponse &resp, qint64 ms) {
            logRequest(QStringLiteral("storage"), r.method, r.path, resp.status, ms, resp.header("X-Request-Id"));
        });
        if (!m_storageHttp->listen(options.storageHost, options.storagePort)) {
            *error = QStringLiteral("cannot listen for storage: %1").arg(m_storageHttp->errorString());
            return false;
        }
        storage = QStringLiteral("http://%1:%2").arg(options.storageHost.toString()).arg(m_storageHttp->port());
        m_downloads->setStorageOrigin(storage);
    }

    if (options.schedule) {
        if (options.catchUp) {
            QElapsedTimer t;
            t.start();
            int taken = 0;
            if (!Seeder(m_store.get(), m_jobs.get(), m_clock.get()).catchUp(&taken, error)) {
                *error = QStringLiteral("catching up on schedules failed: ") + *error;
                return false;
            }
            qCInfo(lcSandbox) << "caught up on" << taken << "schedules in" << t.elapsed() << "ms";
        }
        m_scheduler = std::make_unique<Scheduler>(m_store.get(), m_jobs.get(), m_clock.get());
        m_scheduler->start();
    }

    qCInfo(lcSandbox).noquote() << "serving" << api << (storage.isEmpty() ? QString() : QStringLiteral("storage ") + storage)
                                << "data" << m_store->dataDir();
    if (options.readyJson) {
        QJsonObject ready{{QStringLiteral("event"), QStringLiteral("ready")},
                          {QStringLiteral("api"), api},
                          {QStringLiteral("storage"), storage.isEmpty() ? QJsonValue() : QJsonValue(storage)},
                          {QStringLiteral("key"), key.isEmpty() ? QJsonValue() : QJsonValue(key)},
                          {QStringLiteral("data"), m_store->dataDir()},
                          {QStringLiteral("pid"), QCoreApplication::applicationPid()}};
        std::fprintf(stdout, "%s\n", QJsonDocument(ready).toJson(QJsonDocument::Compact).constData());
    } else {
        std::fprintf(stdout, "mf-sandbox serving %s\n", api.toUtf8().constData());
        if (!key.isEmpty())
            std::fprintf(stdout, "API key (shown once, only its hash is stored): %s\n", key.toUtf8().constData());
    }
    std::fflush(stdout);
    return true;
}
