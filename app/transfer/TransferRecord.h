#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

// What must survive an application or CLI restart to resume a download: where the archive
// comes from (the API URL and its parts: never a signed storage URL, whose query is a secret),
// what the server promised (ETag, size, checksum) and where the bytes go. The SHA-256 state is
// deliberately not stored: a resumed download re-hashes its .part on the writer thread.
struct TransferRecord
{
    QString id;             // stable, also across restarts
    QUrl url;               // the API download URL (…/snapshots/{id}/download?selectors=…)
    QString site;           // for display and for asking the API again
    QString snapshotId;
    QStringList selectors;  // empty = everything
    QString directory;      // destination folder (absolute)
    QString fileName;       // final name once known (from Content-Disposition or the caller)
    bool fileNameFixed = false; // the caller chose the name: never replaced by the server's
    QString etag;
    QString sha256;         // lower-case hex from X-Checksum-SHA256
    qint64 totalBytes = -1;
    qint64 bytesDone = 0;
    QDateTime createdAt;
    // Paused by the user or failed: after a restart it waits for the user instead of going on.
    bool stopped = false;

    QString finalPath() const;
    QString partPath() const;
    bool hasMetadata() const { return totalBytes >= 0 && !sha256.isEmpty(); }

    QJsonObject toJson() const;
    // Empty id when the object is not a record (wrong format, missing or mistyped fields).
    static TransferRecord fromJson(const QJsonObject &json);
};
