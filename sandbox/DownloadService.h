#pragma once

#include "ApiContext.h"
#include "HttpServer.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>

class ApiEndpoints;
class SandboxClock;
class Store;

// Snapshot downloads, from the API origin or (with --storage-redirect) from a separate storage
// origin reached through signed, expiring URLs. Bodies are streamed from disk with
// Range/If-Range support; per-selector archives are built once on demand and cached on disk.
class DownloadService : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        bool redirect = false;
        qint64 signedUrlTtlSecs = 900;
        qint64 cutAfterBytes = -1;
        qint64 corruptAtByte = -1;
        qint64 bytesPerSecond = 0;
    };

    DownloadService(Store *store, ApiEndpoints *endpoints, const QByteArray &secret, const Config &config,
                    QObject *parent = nullptr);
    ~DownloadService() override;

    void setStorageOrigin(const QString &origin) { m_storageOrigin = origin; }
    // GET /v1/sites/{site}/snapshots/{snapshot}/download
    void apiDownload(const ApiContext &c, const std::function<void(HttpResponse)> &respond);
    // Any request to the storage origin.
    void storageRequest(const HttpRequest &req, const QString &requestId, const std::function<void(HttpResponse)> &respond);
    int authorizationHeadersSeen() const { return m_authorizationSeen; }
    // Removes every archive of a snapshot (full and per-selector caches), for retention.
    static void removeArchives(const QString &archivesDir, const QString &snapshotId);

private:
    struct Target
    {
        QString snapshotId, fileName;
        QStringList selectors; // normalized: "db", "files" or both, in that order
    };
    void serve(const HttpRequest &req, const QString &requestId, const Target &t,
               const std::function<void(HttpResponse)> &respond);
    void withArchive(const QString &snapshotId, const QStringList &selectors,
                     const std::function<void(QString path, QString sha, QString error)> &done);
    HttpResponse fileResponse(const HttpRequest &req, const QString &requestId, const QString &path, const QString &sha,
                              const QString &fileName) const;
    // Covers everything the storage host takes from the URL, the file name included: its
    // Content-Disposition never carries a name the API did not issue.
    QByteArray signature(const QString &snapshotId, const QString &selectors, qint64 expires, const QString &fileName) const;

    Store *m_store;
    ApiEndpoints *m_endpoints;
    QByteArray m_secret;
    Config m_config;
    QString m_storageOrigin;
    int m_authorizationSeen = 0;
    QThreadPool m_builders;
    QHash<QString, QList<std::function<void(QString, QString, QString)>>> m_building;
};
