#pragma once

#include <QString>

// The live content of one environment on disk: <dir>/app.db (a small SQLite application
// database) and <dir>/files/ (its file tree). Content is deterministic for a given site,
// environment and revision, so tests and docs can rely on it.
class EnvironmentData
{
public:
    static QString databasePath(const QString &envDir);
    static QString filesPath(const QString &envDir);
    static bool exists(const QString &envDir);
    // Creates the environment's content; `revision` varies rows and files a little.
    static bool create(const QString &envDir, const QString &siteSlug, const QString &env, int revision,
                       QString *error);
    // Writes `sizeBytes` of incompressible (pseudo-random) data to files/<relPath>.
    static bool addRandomFile(const QString &envDir, const QString &relPath, qint64 sizeBytes, QString *error);
    // Applies one deterministic change (a new row, an edited and a new file), as a site in use would.
    static bool evolve(const QString &envDir, int revision, QString *error);
    // Copies the live database with SQLite's online backup API: consistent even while written.
    static bool backupDatabase(const QString &from, const QString &to, QString *error);
};
