#include "FleetCache.h"

#include "util/LogCategories.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

static constexpr quint32 Magic = 0x4d464643; // "MFFC"
static constexpr quint32 Format = 3;          // 1 was the API's JSON; bump on any layout change
static constexpr qint64 MaxFileBytes = 256LL * 1024 * 1024;
// Counts read from the file are trusted only this far, so a damaged count cannot ask for
// gigabytes before the stream notices it ran out of data.
static constexpr qint32 MaxCount = 1'000'000;

namespace {

template<typename Enum>
Enum readEnum(QDataStream &in, Enum unknown)
{
    qint32 v = 0;
    in >> v;
    return v >= 0 && v <= qint32(unknown) ? Enum(v) : unknown;
}

bool readCount(QDataStream &in, qint32 *count)
{
    in >> *count;
    if (in.status() == QDataStream::Ok && *count >= 0 && *count <= MaxCount)
        return true;
    in.setStatus(QDataStream::ReadCorruptData);
    return false;
}

void write(QDataStream &out, const Environment &e)
{
    out << e.id << e.name << qint32(e.kind) << e.kindRaw << e.isProtected << e.url << e.lastSnapshot.has_value();
    if (e.lastSnapshot)
        out << e.lastSnapshot->id << qint32(e.lastSnapshot->kind) << e.lastSnapshot->kindRaw << e.lastSnapshot->createdAt;
}

void read(QDataStream &in, Environment &e)
{
    bool hasLast = false;
    in >> e.id >> e.name;
    e.kind = readEnum(in, EnvironmentKind::Unknown);
    in >> e.kindRaw >> e.isProtected >> e.url >> hasLast;
    if (hasLast) {
        SnapshotSummary s;
        in >> s.id;
        s.kind = readEnum(in, SnapshotKind::Unknown);
        in >> s.kindRaw >> s.createdAt;
        e.lastSnapshot = s;
    }
}

void write(QDataStream &out, const Site &s)
{
    out << s.id << s.slug << s.name << s.region << s.plan << s.createdAt << qint32(s.environments.size());
    for (const Environment &e : s.environments)
        write(out, e);
}

bool read(QDataStream &in, Site &s)
{
    qint32 count = 0;
    in >> s.id >> s.slug >> s.name >> s.region >> s.plan >> s.createdAt;
    if (!readCount(in, &count))
        return false;
    s.environments.reserve(std::min(count, 64));
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i)
        read(in, s.environments.emplace_back());
    return in.status() == QDataStream::Ok && !s.id.isEmpty();
}

void write(QDataStream &out, const BackupPolicy &p)
{
    out << p.siteId << p.plan << qint32(p.environments.size());
    for (const EnvironmentPolicy &e : p.environments) {
        out << e.environment << qint32(e.cadence) << e.cadenceRaw << e.nextRunAt << qint32(e.retentionDays)
            << e.maxSnapshots.has_value() << qint32(e.maxSnapshots.value_or(0));
    }
}

bool read(QDataStream &in, BackupPolicy &p)
{
    qint32 count = 0;
    in >> p.siteId >> p.plan;
    if (!readCount(in, &count))
        return false;
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        EnvironmentPolicy &e = p.environments.emplace_back();
        qint32 retention = 0;
        qint32 max = 0;
        bool hasMax = false;
        in >> e.environment;
        e.cadence = readEnum(in, Cadence::Unknown);
        in >> e.cadenceRaw >> e.nextRunAt >> retention >> hasMax >> max;
        e.retentionDays = retention;
        if (hasMax)
            e.maxSnapshots = max;
    }
    return in.status() == QDataStream::Ok && !p.siteId.isEmpty();
}

} // namespace

FleetCache::FleetCache(const QString &directory)
    : m_directory(directory.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation) : directory)
{
}

QString FleetCache::fileFor(const QString &accountId) const
{
    // Account ids are local uuids, but hash them anyway so no odd character reaches a path.
    const QByteArray hash = QCryptographicHash::hash(accountId.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return QDir(m_directory).filePath(QStringLiteral("fleet-%1.cache").arg(QString::fromLatin1(hash)));
}

bool FleetCache::load(const QString &accountId, Contents *out) const
{
    QFile file(fileFor(accountId));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    if (file.size() > MaxFileBytes) {
        qCWarning(lcFleet) << "fleet cache too large, ignored:" << file.fileName();
        return false;
    }
    const QByteArray bytes = file.readAll(); // one read; parsing from memory is the fast part
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    in.setByteOrder(QDataStream::LittleEndian); // strings copied as they are, not byte-swapped
    quint32 magic = 0;
    quint32 format = 0;
    in >> magic >> format;
    if (magic != Magic || format != Format) {
        qCInfo(lcFleet) << "fleet cache of another format, ignored:" << file.fileName();
        return false;
    }
    Contents contents;
    qint32 count = 0;
    in >> contents.savedAt;
    bool ok = readCount(in, &count);
    contents.sites.reserve(std::min(count, 10000));
    for (qint32 i = 0; ok && i < count; ++i)
        ok = read(in, contents.sites.emplace_back());
    ok = ok && readCount(in, &count);
    for (qint32 i = 0; ok && i < count; ++i)
        ok = read(in, contents.policies.emplace_back());
    if (!ok || !in.atEnd() || !contents.savedAt.isValid()) {
        qCWarning(lcFleet) << "fleet cache damaged, ignored:" << file.fileName();
        return false;
    }
    *out = std::move(contents);
    return true;
}

bool FleetCache::save(const QString &accountId, const Contents &contents, QString *error) const
{
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = QObject::tr("Cannot create the cache folder %1").arg(m_directory);
        return false;
    }
    QByteArray bytes;
    {
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out.setByteOrder(QDataStream::LittleEndian);
        out << Magic << Format << contents.savedAt.toUTC() << qint32(contents.sites.size());
        for (const Site &s : contents.sites)
            write(out, s);
        out << qint32(contents.policies.size());
        for (const BackupPolicy &p : contents.policies)
            write(out, p);
    }
    // QSaveFile: a crash or a full disk mid-write leaves the previous cache intact.
    QSaveFile file(fileFor(accountId));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        qCWarning(lcFleet) << "could not write the fleet cache:" << file.errorString();
        return false;
    }
    // The JSON cache of earlier versions is of no use any more.
    QFile::remove(QDir(m_directory).filePath(QFileInfo(fileFor(accountId)).completeBaseName() + QStringLiteral(".json")));
    return true;
}

void FleetCache::remove(const QString &accountId) const
{
    QFile::remove(fileFor(accountId));
}
