#pragma once

#include "IndexEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class SnapshotIndex;

// Where one account's snapshot indexes (and the archives they were built from) are kept:
//   <directory>/<hash of accountKey>/catalog.sqlite     which snapshots are here, last use, sizes
//   <directory>/<hash of accountKey>/<snapshotId>.index  one SnapshotIndex (SQLite) per snapshot
//   <directory>/<hash of accountKey>/archives/<snapshotId>.tar.gz   full archives, verified
// The default directory is QStandardPaths::CacheLocation + "/snapshot-index", shared by the desktop
// app and `mf` (one AppIdentity). Indexes and archives each have a size cap; evict() removes the
// least recently used until both fit, and index files a killed process left half-written.
// Indexes are small (about 150 bytes an entry) and are what diffs and histories read; archives
// are only needed to take files out (save as, cat, text diff).
//
// A value type over the file system: cheap to copy, usable from any thread; the catalogue is an
// SQLite file, so the desktop and `mf` may use one cache at the same time.
class IndexCache
{
    Q_DECLARE_TR_FUNCTIONS(IndexCache)

public:
    struct Limits
    {
        qint64 indexBytes = 2LL << 30; // all indexes of the account
        qint64 archiveBytes = 20LL << 30; // all cached archives of the account
    };

    // One cached snapshot, as the catalogue lists it.
    struct Item
    {
        IndexInfo info; // empty but for snapshotId when only the archive is here
        bool hasIndex = false;
        bool hasArchive = false;
        qint64 indexBytes = 0;
        qint64 archiveBytes = 0;
        QDateTime lastUsed; // UTC
    };

    static QString defaultDirectory();

    // accountKey: whatever names the account stably (Account::id in the desktop; the API URL and
    // key prefix in `mf` with MF_API_KEY). It is hashed, never written in clear.
    IndexCache(const QString &accountKey, const QString &directory, const Limits &limits);
    explicit IndexCache(const QString &accountKey, const QString &directory = {});

    QString directory() const { return m_directory; } // this account's folder
    const Limits &limits() const { return m_limits; }

    QString indexPath(const QString &snapshotId) const;
    QString archiveFolder() const;
    QString archivePath(const QString &snapshotId) const;

    bool hasIndex(const QString &snapshotId) const;
    bool hasArchive(const QString &snapshotId) const;
    // Opens the index and marks it used. Null with a translated reason when absent or damaged (a
    // damaged one is removed, so the next attempt rebuilds it).
    std::unique_ptr<SnapshotIndex> open(const QString &snapshotId, QString *error = nullptr) const;

    // After ArchiveIndexer wrote indexPath(info.snapshotId): records it in the catalogue.
    bool addIndex(const IndexInfo &info, QString *error = nullptr) const;
    // After a verified archive was placed at archivePath(snapshotId).
    bool addArchive(const QString &snapshotId, QString *error = nullptr) const;
    void touch(const QString &snapshotId) const;
    void remove(const QString &snapshotId) const; // index and archive
    void removeArchive(const QString &snapshotId) const; // keeps the index

    // Everything cached, newest capture first. With siteId/environment: only those.
    QList<Item> items(const QString &siteId = {}, const QString &environment = {}) const;
    // Removes least recently used archives, then indexes, until each total fits its cap. `keep`
    // (snapshots in use right now) are never removed. Returns how many files were removed.
    int evict(const QStringList &keep = {}) const;

private:
    void sweepParts() const;

    QString m_directory;
    Limits m_limits;
};
