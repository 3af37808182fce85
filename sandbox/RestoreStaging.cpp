#include "RestoreStaging.h"

#include "EnvironmentData.h"
#include "SandboxLog.h"
#include "Store.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include <fcntl.h>
#include <stdio.h>

namespace {
constexpr char kStagingPrefix[] = ".restore-"; // <env>.restore-<job>, beside <env>
constexpr char kIncomingMark[] = ".mf-restore-incoming";
constexpr char kReady[] = "/ready";

bool touch(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size() && f.flush();
}
}

RestoreStaging::RestoreStaging(const QString &envDir, const QString &jobId)
    : m_envDir(envDir)
    , m_staging(envDir + QLatin1String(kStagingPrefix) + jobId)
{
}

QString RestoreStaging::stagedFiles() const { return m_staging + QStringLiteral("/files"); }
QString RestoreStaging::stagedDatabase() const { return m_staging + QStringLiteral("/db/app.db"); }
QString RestoreStaging::liveFiles() const { return EnvironmentData::filesPath(m_envDir); }

bool RestoreStaging::markReady(const QStringList &selectors, QString *error) const
{
    // The mark goes in before `ready`: with `ready` present, a mark missing from the staged
    // files can only mean they were swapped in.
    if (selectors.contains(QLatin1String("files"))
        && !touch(stagedFiles() + QLatin1Char('/') + QLatin1String(kIncomingMark), {})) {
        *error = QStringLiteral("cannot prepare the restored files");
        return false;
    }
    if (!touch(m_staging + QLatin1String(kReady), selectors.join(QLatin1Char(',')).toLatin1())) {
        *error = QStringLiteral("cannot record the restore's progress");
        return false;
    }
    return true;
}

bool RestoreStaging::swapFiles() const
{
    return ::renameat2(AT_FDCWD, QFile::encodeName(stagedFiles()).constData(), AT_FDCWD,
                       QFile::encodeName(liveFiles()).constData(), RENAME_EXCHANGE) == 0;
}

RestoreStaging::State RestoreStaging::state() const
{
    const bool filesIn = QFileInfo::exists(liveFiles() + QLatin1Char('/') + QLatin1String(kIncomingMark));
    const bool dbStaged = QFileInfo::exists(stagedDatabase());
    if (filesIn)
        return dbStaged ? State::HalfApplied : State::Applied;
    QFile ready(m_staging + QLatin1String(kReady));
    if (!ready.open(QIODevice::ReadOnly))
        return State::NothingChanged;
    const QList<QByteArray> selectors = ready.readAll().trimmed().split(',');
    // With files selected they go in first; files not in means the database is not either.
    if (selectors.contains("db") && !selectors.contains("files") && !dbStaged)
        return State::Applied;
    return State::NothingChanged;
}

void RestoreStaging::remove() const
{
    QFile::remove(liveFiles() + QLatin1Char('/') + QLatin1String(kIncomingMark));
    QDir(m_staging).removeRecursively();
}

int RestoreStaging::recoverAll(Store *store, const QDateTime &now)
{
    int settled = 0;
    QDirIterator sites(store->dataDir() + QStringLiteral("/sites"), QDir::Dirs | QDir::NoDotAndDotDot);
    while (sites.hasNext()) {
        QDirIterator staged(sites.next(), {QLatin1Char('*') + QLatin1String(kStagingPrefix) + QLatin1Char('*')},
                            QDir::Dirs | QDir::Hidden);
        while (staged.hasNext()) {
            settle(store, staged.next(), now);
            ++settled;
        }
    }
    return settled;
}

void RestoreStaging::settle(Store *store, const QString &staging, const QDateTime &now)
{
    const qsizetype at = staging.lastIndexOf(QLatin1String(kStagingPrefix));
    const QString envDir = staging.left(at);
    const QString jobId = staging.mid(at + qsizetype(sizeof kStagingPrefix) - 1);
    const RestoreStaging r(envDir, jobId);
    const State state = r.state();
    if (state == State::HalfApplied && !r.swapFiles()) {
        // Kept as it is: the next start tries again, and nothing is served from staging.
        qCCritical(lcSandbox) << "cannot put back the files of an interrupted restore in" << envDir << "; kept" << staging;
        return;
    }
    const QString status = store->jobJson(jobId).value(QLatin1String("status")).toString();
    if (status == QLatin1String("queued") || status == QLatin1String("running")) {
        if (state == State::Applied) {
            store->finishJob(jobId, now, {});
        } else {
            store->finishJob(jobId, now, QJsonObject{
                {QStringLiteral("code"), QStringLiteral("interrupted")},
                {QStringLiteral("message"), QStringLiteral("The platform restarted while this restore was running; nothing was changed.")}});
        }
    }
    r.remove();
    if (state == State::Applied)
        qCWarning(lcSandbox) << "finished an interrupted restore in" << envDir << "(database and/or files were already in)";
    else
        qCWarning(lcSandbox) << "cleaned up an interrupted restore in" << envDir
                             << (state == State::HalfApplied ? "(old files put back)" : "(nothing had changed)");
}
