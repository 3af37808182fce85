#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// The last fleet seen for an account, on disk under QStandardPaths::CacheLocation, so the next
// start shows it at once while a refresh runs. Holds the API's own JSON for sites and backup
// policies (parsed again with ApiParser on load, so a corrupt or old file is rejected like any
// bad response) and never a key or anything secret.
class FleetCache
{
public:
    struct Contents
    {
        QDateTime savedAt;
        QJsonArray sites;                // as listed by GET /sites
        QJsonObject policies;            // site id -> GET /sites/{id}/backups/policy body
    };

    // directory: where cache files go (default: the app's cache location).
    explicit FleetCache(const QString &directory = {});

    QString fileFor(const QString &accountId) const;
    bool load(const QString &accountId, Contents *out) const;
    bool save(const QString &accountId, const Contents &contents, QString *error = nullptr) const;
    void remove(const QString &accountId) const;

private:
    QString m_directory;
};
