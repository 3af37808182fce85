#include "FleetCache.h"

#include "util/LogCategories.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

static constexpr int Format = 1;
static constexpr qint64 MaxFileBytes = 256LL * 1024 * 1024;

FleetCache::FleetCache(const QString &directory)
    : m_directory(directory.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation) : directory)
{
}

QString FleetCache::fileFor(const QString &accountId) const
{
    // Account ids are local uuids, but hash them anyway so no odd character reaches a path.
    const QByteArray hash = QCryptographicHash::hash(accountId.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return QDir(m_directory).filePath(QStringLiteral("fleet-%1.json").arg(QString::fromLatin1(hash)));
}

bool FleetCache::load(const QString &accountId, Contents *out) const
{
    QFile file(fileFor(accountId));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    if (file.size() > MaxFileBytes) {
        qCWarning(lcUi) << "fleet cache too large, ignored:" << file.fileName();
        return false;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    const QJsonObject root = doc.object();
    if (error.error != QJsonParseError::NoError || root.value(QLatin1String("format")).toInt() != Format) {
        qCWarning(lcUi) << "fleet cache unreadable, ignored:" << file.fileName() << error.errorString();
        return false;
    }
    out->savedAt = QDateTime::fromString(root.value(QLatin1String("saved_at")).toString(), Qt::ISODateWithMs);
    out->sites = root.value(QLatin1String("sites")).toArray();
    out->policies = root.value(QLatin1String("policies")).toObject();
    return out->savedAt.isValid();
}

bool FleetCache::save(const QString &accountId, const Contents &contents, QString *error) const
{
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = QObject::tr("Cannot create the cache folder %1").arg(m_directory);
        return false;
    }
    const QJsonObject root{{QLatin1String("format"), Format},
                           {QLatin1String("saved_at"), contents.savedAt.toUTC().toString(Qt::ISODateWithMs)},
                           {QLatin1String("sites"), contents.sites},
                           {QLatin1String("policies"), contents.policies}};
    // QSaveFile: a crash or a full disk mid-write leaves the previous cache intact.
    QSaveFile file(fileFor(accountId));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        qCWarning(lcUi) << "could not write the fleet cache:" << file.errorString();
        return false;
    }
    return true;
}

void FleetCache::remove(const QString &accountId) const
{
    QFile::remove(fileFor(accountId));
}
