#include "TransferRecord.h"

#include "SafeFileName.h"

#include <QDir>
#include <QJsonArray>

namespace {
constexpr int Format = 1;
}

QString TransferRecord::finalPath() const
{
    return fileName.isEmpty() ? QString() : QDir(directory).filePath(fileName);
}

QString TransferRecord::partPath() const
{
    return fileName.isEmpty() ? QString() : finalPath() + QLatin1String(".part");
}

QJsonObject TransferRecord::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), Format);
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("url"), url.toString(QUrl::FullyEncoded));
    o.insert(QStringLiteral("site"), site);
    o.insert(QStringLiteral("snapshot_id"), snapshotId);
    o.insert(QStringLiteral("selectors"), QJsonArray::fromStringList(selectors));
    o.insert(QStringLiteral("directory"), directory);
    o.insert(QStringLiteral("file_name"), fileName);
    o.insert(QStringLiteral("file_name_fixed"), fileNameFixed);
    o.insert(QStringLiteral("etag"), etag);
    o.insert(QStringLiteral("sha256"), sha256);
    o.insert(QStringLiteral("total_bytes"), totalBytes);
    o.insert(QStringLiteral("bytes_done"), bytesDone);
    o.insert(QStringLiteral("created_at"), createdAt.toUTC().toString(Qt::ISODate));
    o.insert(QStringLiteral("stopped"), stopped);
    return o;
}

TransferRecord TransferRecord::fromJson(const QJsonObject &o)
{
    TransferRecord r;
    if (o.value(QStringLiteral("format")).toInt() != Format || !o.value(QStringLiteral("id")).isString()
        || !o.value(QStringLiteral("url")).isString() || !o.value(QStringLiteral("directory")).isString())
        return r;
    const QUrl url(o.value(QStringLiteral("url")).toString(), QUrl::StrictMode);
    if (!url.isValid() || url.isRelative())
        return r;
    r.url = url;
    r.site = o.value(QStringLiteral("site")).toString();
    r.snapshotId = o.value(QStringLiteral("snapshot_id")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("selectors")).toArray())
        r.selectors.append(v.toString());
    r.directory = o.value(QStringLiteral("directory")).toString();
    r.fileName = o.value(QStringLiteral("file_name")).toString();
    r.fileNameFixed = o.value(QStringLiteral("file_name_fixed")).toBool();
    r.etag = o.value(QStringLiteral("etag")).toString();
    r.sha256 = o.value(QStringLiteral("sha256")).toString();
    r.totalBytes = o.value(QStringLiteral("total_bytes")).toInteger(-1);
    r.bytesDone = qMax<qint64>(0, o.value(QStringLiteral("bytes_done")).toInteger(0));
    r.createdAt = QDateTime::fromString(o.value(QStringLiteral("created_at")).toString(), Qt::ISODate);
    r.stopped = o.value(QStringLiteral("stopped")).toBool(false);
    // A record edited by hand must not point the download somewhere unexpected.
    // A name typed by the user may start with a dot (".notes"), so the rule is the typed one.
    if (!r.fileName.isEmpty() && !SafeFileName::checkTyped(r.fileName).isEmpty())
        return {};
    r.id = o.value(QStringLiteral("id")).toString();
    return r;
}
