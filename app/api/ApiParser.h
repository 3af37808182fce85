#pragma once

#include "Result.h"
#include "BackupPolicy.h"
#include "Job.h"
#include "Me.h"
#include "Site.h"
#include "Snapshot.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

// The one place API JSON becomes typed values. Strict: a required field that is missing or of
// the wrong type gives a ParseError naming where. Unknown fields are ignored; unknown enum values
// are kept (kind/status = Unknown, the raw string kept for display).
namespace ApiParser {

Result<QJsonValue> document(const QByteArray &body); // parses JSON, size-checked

Result<Me> me(const QJsonValue &v);
Result<Site> site(const QJsonValue &v);
Result<Environment> environment(const QJsonValue &v);
Result<Snapshot> snapshot(const QJsonValue &v);
Result<Job> job(const QJsonValue &v);
Result<Accepted> accepted(const QJsonValue &v);
Result<BackupPolicy> backupPolicy(const QJsonValue &v);
Result<QList<Environment>> environmentList(const QJsonValue &v); // {"data": [...]}

struct Page
{
    QJsonArray data;
    QString nextCursor; // empty = last page
};
Result<Page> page(const QJsonValue &v);

template<typename T>
Result<QList<T>> list(const QJsonArray &items, Result<T> (*parseOne)(const QJsonValue &));

// Enum helpers, also used for display and by the CLI's --json output.
SnapshotKind snapshotKind(const QString &raw);
SnapshotStatus snapshotStatus(const QString &raw);
EnvironmentKind environmentKind(const QString &raw);
JobType jobType(const QString &raw);
JobStatus jobStatus(const QString &raw);
Cadence cadence(const QString &raw);

QDateTime timestamp(const QString &rfc3339); // invalid on malformed input

} // namespace ApiParser
