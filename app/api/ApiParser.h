#pragma once

#include "ApiError.h"
#include "BackupPolicy.h"
#include "Job.h"
#include "Me.h"
#include "Result.h"
#include "Site.h"
#include "Snapshot.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>

// The one place API JSON becomes typed values. Strict: a required field that is missing or of
// the wrong type gives a ParseError naming where. Unknown fields are ignored; unknown enum values
// are kept (kind/status = Unknown, the raw string kept for display). Ids and names that the
// client later puts into URL paths are checked against the contract's patterns, so a hostile
// server cannot steer a follow-up request with an id like "../../x".
namespace ApiParser {

// Normal API documents are small; anything bigger is refused before it is parsed (and the
// network layer stops reading at this size, so memory stays bounded).
constexpr qint64 MaxDocumentBytes = 16 * 1024 * 1024;

Result<QJsonValue> document(const QByteArray &body); // parses JSON, size-checked

Result<Me> me(const QJsonValue &v);
Result<Site> site(const QJsonValue &v);
Result<Environment> environment(const QJsonValue &v);
Result<SnapshotSummary> snapshotSummary(const QJsonValue &v);
Result<Snapshot> snapshot(const QJsonValue &v);
Result<Job> job(const QJsonValue &v);
Result<Accepted> accepted(const QJsonValue &v);
Result<BackupPolicy> backupPolicy(const QJsonValue &v);
Result<QList<Environment>> environmentList(const QJsonValue &v); // {"data": [...]}

// The platform's error body {"error": {"code", "message", "request_id", "details"?}}.
// Fills code/message/requestId/details of an ApiError (kind and status are left to the caller).
Result<ApiError> errorBody(const QJsonValue &v);

struct Page
{
    QJsonArray data;
    QString nextCursor; // empty = last page
};
Result<Page> page(const QJsonValue &v);

// "a" + "b" -> "a.b"; "a" + "[2].b" -> "a[2].b"; "" + "b" -> "b".
QString joinPath(const QString &prefix, const QString &child);

template<typename T>
Result<QList<T>> list(const QJsonArray &items, Result<T> (*parseOne)(const QJsonValue &))
{
    QList<T> out;
    out.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        Result<T> r = parseOne(items.at(i));
        if (!r.ok()) {
            const QString here = QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
            return ParseError{joinPath(here, r.error().path), r.error().problem};
        }
        out.append(std::move(r.value()));
    }
    return out;
}

// Enum helpers, also used for display and by the CLI's --json output.
SnapshotKind snapshotKind(const QString &raw);
SnapshotStatus snapshotStatus(const QString &raw);
EnvironmentKind environmentKind(const QString &raw);
JobType jobType(const QString &raw);
JobStatus jobStatus(const QString &raw);
Cadence cadence(const QString &raw);

// The contract's spelling of a known value; empty for Unknown (show the raw string instead).
QString toString(SnapshotKind v);
QString toString(SnapshotStatus v);
QString toString(EnvironmentKind v);
QString toString(JobType v);
QString toString(JobStatus v);
QString toString(Cadence v);

QDateTime timestamp(const QString &rfc3339); // invalid on malformed input; UTC otherwise

// Contract patterns, for callers that build paths from user input too.
bool isId(const QString &value, QLatin1String prefix); // prefix without '_', e.g. "snap"
bool isName(const QString &value);                     // slug / environment name

} // namespace ApiParser
