#include "SeedCache.h"

#include "ComponentTree.h"
#include "JobRunner.h"
#include "SandboxClock.h"
#include "SandboxLog.h"
#include "Seeder.h"
#include "Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

namespace {
constexpr int kSchema = 4;       // bump when the seed's content, modes or the database layout changes
constexpr qint64 kMaxAgeSecs = 4 * 3600;
}

QString SeedCache::cacheRoot()
{
    const QString xdg = qEnvironmentVariable("XDG_CACHE_HOME");
    return (xdg.isEmpty() ? QDir::homePath() + QStringLiteral("/.cache") : xdg) + QStringLiteral("/mf-sandbox");
}

bool SeedCache::cacheable(const QString &spec)
{
    // Only the seeds whose archives take seconds to build; fleet and big are quick or one-off.
    const QStringList parts = spec.split(QLatin1Char(','));
    return std::all_of(parts.begin(), parts.end(),
                       [](const QString &p) { return p == QLatin1String("demo") || p == QLatin1String("wordpress"); });
}

bool SeedCache::fill(const QString &spec, const QString &dataDir, const SandboxClock &clock, QString *error)
{
    error->clear();
    if (!cacheable(spec) || QFileInfo::exists(dataDir + QStringLiteral("/platform.db")))
        return false;
    const QDateTime now = clock.now();
    const QString name = QStringLiteral("seed-%1-%2-v%3-%4").arg(spec, QStringLiteral(MF_VERSION)).arg(kSchema)
                             .arg(now.toString(QStringLiteral("yyyyMMdd")));
    const QString templateDir = cacheRoot() + QLatin1Char('/') + name;
    const QFileInfo stamp(templateDir + QStringLiteral("/platform.db"));
    if (!stamp.exists() || stamp.lastModified().secsTo(QDateTime::currentDateTimeUtc()) > kMaxAgeSecs) {
        if (!QDir().mkpath(cacheRoot()))
            return false; // no cache dir (read-only home): seed directly
        // Build beside the final name and rename: concurrent sandboxes never see half a template.
        QTemporaryDir building(cacheRoot() + QStringLiteral("/building-XXXXXX"));
        if (!building.isValid() || !build(spec, building.path(), clock, error))
            return false;
        // A stale template is moved aside (not deleted in place), then removed.
        if (QFileInfo::exists(templateDir)) {
            const QString stale = templateDir + QStringLiteral(".stale-%1").arg(QCoreApplication::applicationPid());
            if (std::rename(QFile::encodeName(templateDir).constData(), QFile::encodeName(stale).constData()) == 0)
                QDir(stale).removeRecursively();
        }
        if (std::rename(QFile::encodeName(building.path()).constData(), QFile::encodeName(templateDir).constData()) == 0)
            building.setAutoRemove(false); // it is the template now
        else if (!QFileInfo::exists(templateDir + QStringLiteral("/platform.db"))) {
            *error = QStringLiteral("cannot store the seed template in %1").arg(templateDir);
            return false;
        } // else another sandbox stored the same template first: use that one
    }
    return copyTemplate(templateDir, dataDir, error);
}

bool SeedCache::copyTemplate(const QString &templateDir, const QString &dataDir, QString *error)
{
    // Archives are immutable once renamed into place (retention deletes, never rewrites), so
    // they are hard-linked; everything a test may change (databases, files) is copied.
    QDir().mkpath(dataDir + QStringLiteral("/archives"));
    const QDir archives(templateDir + QStringLiteral("/archives"));
    for (const QString &name : archives.entryList(QDir::Files)) {
        const QByteArray from = QFile::encodeName(archives.filePath(name));
        const QByteArray to = QFile::encodeName(dataDir + QStringLiteral("/archives/") + name);
        if (::link(from.constData(), to.constData()) != 0 && !QFile::copy(archives.filePath(name), QFile::decodeName(to))) {
            *error = QStringLiteral("cannot copy %1").arg(archives.filePath(name));
            return false;
        }
        // A template built by an older sandbox may have readable archives; the link shares
        // the inode, so this tightens the template's copy too (it is the same user's cache).
        ::chmod(to.constData(), 0600);
    }
    const QDir root(templateDir);
    for (const QString &name : root.entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
        if (name == QLatin1String("archives"))
            continue;
        const QString from = root.filePath(name), to = dataDir + QLatin1Char('/') + name;
        const bool ok = QFileInfo(from).isDir() ? ComponentTree::copy(from, to, error) : QFile::copy(from, to);
        if (!ok) {
            *error = QStringLiteral("cannot copy the seed template's %1: %2").arg(name, *error);
            return false;
        }
    }
    return true;
}

bool SeedCache::build(const QString &spec, const QString &templateDir, const SandboxClock &clock, QString *error)
{
    Store store;
    if (!store.open(templateDir, Store::Role::Serving)) {
        *error = store.lastError();
        return false;
    }
    JobRunner jobs(&store, &clock);
    Seeder seeder(&store, &jobs, &clock);
    QString key;
    if (!seeder.seed(spec, &key, error))
        return false;
    // Every copy gets its own key; the template keeps none.
    store.clearKeys();
    store.setMeta(QStringLiteral("needs_key"), QStringLiteral("1"));
    qCInfo(lcSandbox).noquote() << "built seed template" << templateDir;
    return true;
}
