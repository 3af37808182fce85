#pragma once

#include "api/BackupPolicy.h"
#include "api/Site.h"

#include <QDateTime>
#include <QList>
#include <QString>

// The last fleet seen for an account, on disk under QStandardPaths::CacheLocation, so the next
// start shows it at once while a refresh runs. Never a key or anything secret.
// The sites and policies are stored already parsed, in a versioned QDataStream file: reading
// 1,000 sites back as JSON and through ApiParser took about 20 ms of a start that should take
// twice a bare Qt window's (docs/bench-ui.md). The values come from ApiParser before they are
// saved, so what is loaded was checked once; a truncated, foreign or older file is rejected.
class FleetCache
{
public:
    struct Contents
    {
        QDateTime savedAt;
        QList<Site> sites;               // as listed by GET /sites
        QList<BackupPolicy> policies;    // as read from GET /sites/{id}/backups/policy
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
