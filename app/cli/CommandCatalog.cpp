#include "CommandCatalog.h"

#include "AuthLoginCommand.h"
#include "AuthLogoutCommand.h"
#include "AuthStatusCommand.h"
#include "BackupCreateCommand.h"
#include "BackupPolicyCommand.h"
#include "EnvListCommand.h"
#include "FleetHealthCommand.h"
#include "JobListCommand.h"
#include "JobShowCommand.h"
#include "ReportCommand.h"
#include "SiteListCommand.h"
#include "SiteShowCommand.h"
#include "SnapshotCatCommand.h"
#include "SnapshotDiffCommand.h"
#include "SnapshotDownloadCommand.h"
#include "SnapshotHistoryCommand.h"
#include "SnapshotLsCommand.h"
#include "SnapshotListCommand.h"
#include "SnapshotRestoreCommand.h"
#include "SnapshotShowCommand.h"

#include <QCoreApplication>

namespace {
template<typename T>
Command *make(CommandContext *context, QObject *parent)
{
    return new T(context, parent);
}

Command *makeJobWatch(CommandContext *context, QObject *parent)
{
    return new JobShowCommand(context, JobShowCommand::Mode::Watch, parent);
}
} // namespace

const QList<CommandCatalog::Entry> &CommandCatalog::entries()
{
    static const QList<Entry> all = {
        {QStringLiteral("auth"), QStringLiteral("login"), QCoreApplication::translate("CommandCatalog", "Sign in with an API key (checked, then kept in the keychain)"), &make<AuthLoginCommand>},
        {QStringLiteral("auth"), QStringLiteral("logout"), QCoreApplication::translate("CommandCatalog", "Sign out: remove the key from the keychain"), &make<AuthLogoutCommand>},
        {QStringLiteral("auth"), QStringLiteral("status"), QCoreApplication::translate("CommandCatalog", "Show who you are signed in as and check the key"), &make<AuthStatusCommand>},
        {QStringLiteral("site"), QStringLiteral("list"), QCoreApplication::translate("CommandCatalog", "List the organization's sites"), &make<SiteListCommand>},
        {QStringLiteral("site"), QStringLiteral("show"), QCoreApplication::translate("CommandCatalog", "Show one site and its environments"), &make<SiteShowCommand>},
        {QStringLiteral("env"), QStringLiteral("list"), QCoreApplication::translate("CommandCatalog", "List a site's environments"), &make<EnvListCommand>},
        {QStringLiteral("fleet"), QStringLiteral("health"), QCoreApplication::translate("CommandCatalog", "Check every scheduled backup is on time (monitoring exit codes)"), &make<FleetHealthCommand>},
        {QStringLiteral("backup"), QStringLiteral("create"), QCoreApplication::translate("CommandCatalog", "Take a snapshot of an environment now"), &make<BackupCreateCommand>},
        {QStringLiteral("backup"), QStringLiteral("policy"), QCoreApplication::translate("CommandCatalog", "Show scheduled backups and retention"), &make<BackupPolicyCommand>},
        {QStringLiteral("snapshot"), QStringLiteral("list"), QCoreApplication::translate("CommandCatalog", "List a site's snapshots, newest first"), &make<SnapshotListCommand>},
        {QStringLiteral("snapshot"), QStringLiteral("show"), QCoreApplication::translate("CommandCatalog", "Show one snapshot: status, expiry, sizes and checksums"), &make<SnapshotShowCommand>},
        {QStringLiteral("snapshot"), QStringLiteral("restore"), QCoreApplication::translate("CommandCatalog", "Restore a snapshot's database and/or files"), &make<SnapshotRestoreCommand>},
        {QStringLiteral("snapshot"), QStringLiteral("download"), QCoreApplication::translate("CommandCatalog", "Download a snapshot archive and verify it"), &make<SnapshotDownloadCommand>},
        {QStringLiteral("snapshot"), QStringLiteral("ls"), QCoreApplication::translate("CommandCatalog", "List what a snapshot holds in a folder, from its index"), &make<SnapshotLsCommand>},
        {QStringLiteral("snapshot"), QStringLiteral("diff"), QCoreApplication::translate("CommandCatalog", "Compare two snapshots: files and database tables"), &make<SnapshotDiffCommand>},
        {QStringLiteral("snapshot"), QStringLiteral("cat"), QCoreApplication::translate("CommandCatalog", "Write one file of a snapshot to stdout"), &make<SnapshotCatCommand>},
        {QStringLiteral("snapshot"), QStringLiteral("history"), QCoreApplication::translate("CommandCatalog", "Show the versions of one path across an environment's snapshots"), &make<SnapshotHistoryCommand>},
        {QStringLiteral("job"), QStringLiteral("show"), QCoreApplication::translate("CommandCatalog", "Show a capture or restore job"), &make<JobShowCommand>},
        {QStringLiteral("job"), QStringLiteral("watch"), QCoreApplication::translate("CommandCatalog", "Follow a job until it ends"), &makeJobWatch},
        {QStringLiteral("job"), QStringLiteral("list"), QCoreApplication::translate("CommandCatalog", "List recent jobs"), &make<JobListCommand>},
        {QStringLiteral("report"), QString(), QCoreApplication::translate("CommandCatalog", "Write a client report (PDF, HTML or CSV) of a period's backups"), &make<ReportCommand>},
    };
    return all;
}

const QList<CommandCatalog::Group> &CommandCatalog::groups()
{
    static const QList<Group> all = {
        {QStringLiteral("auth"), QCoreApplication::translate("CommandCatalog", "Sign in, sign out, show the account")},
        {QStringLiteral("site"), QCoreApplication::translate("CommandCatalog", "Sites")},
        {QStringLiteral("env"), QCoreApplication::translate("CommandCatalog", "Environments of a site")},
        {QStringLiteral("fleet"), QCoreApplication::translate("CommandCatalog", "The whole fleet's backup health")},
        {QStringLiteral("backup"), QCoreApplication::translate("CommandCatalog", "Take snapshots, show the backup policy")},
        {QStringLiteral("snapshot"), QCoreApplication::translate("CommandCatalog", "List, show, restore and download snapshots")},
        {QStringLiteral("job"), QCoreApplication::translate("CommandCatalog", "Capture and restore jobs")},
        {QStringLiteral("report"), QCoreApplication::translate("CommandCatalog", "Client reports of backups over a period")},
    };
    return all;
}

const CommandCatalog::Entry *CommandCatalog::find(const QString &group, const QString &verb)
{
    for (const Entry &e : entries()) {
        if (e.group == group && e.verb == verb)
            return &e;
    }
    return nullptr;
}

const CommandCatalog::Group *CommandCatalog::findGroup(const QString &name)
{
    for (const Group &g : groups()) {
        if (g.name == name)
            return &g;
    }
    return nullptr;
}
