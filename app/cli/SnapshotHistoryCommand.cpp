#include "SnapshotHistoryCommand.h"

#include "Arguments.h"
#include "Display.h"
#include "ExitCode.h"
#include "TextTable.h"
#include "api/ApiClient.h"
#include "index/PathHistory.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

void SnapshotHistoryCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("site"), tr("The site (id or slug)."), tr("SITE")});
    parser.addOption({QStringLiteral("env"), tr("The environment."), tr("ENV")});
    addComponentOption(parser);
    parser.addOption({QStringLiteral("last"), tr("Look at the newest N ready snapshots (default 10)."), tr("N")});
    parser.addOption({QStringLiteral("cached"), tr("Only snapshots indexed already: download nothing.")});
}

QString SnapshotHistoryCommand::readArguments(const QCommandLineParser &parser)
{
    QString problem = Arguments::positional(parser, 1, tr("the path"));
    if (!problem.isEmpty())
        return problem;
    m_typedPath = parser.positionalArguments().constFirst();
    m_site = Arguments::required(parser, QStringLiteral("site"), &problem);
    if (problem.isEmpty())
        m_env = Arguments::required(parser, QStringLiteral("env"), &problem);
    problem = Arguments::firstProblem({problem, Arguments::checkSite(m_site), Arguments::checkEnvironment(m_env)});
    if (!problem.isEmpty())
        return problem;
    if (parser.isSet(QStringLiteral("last"))) {
        bool ok = false;
        m_last = parser.value(QStringLiteral("last")).toInt(&ok);
        if (!ok || m_last < 1 || m_last > 1000)
            return tr("--last must be a number from 1 to 1000");
    }
    m_cachedOnly = parser.isSet(QStringLiteral("cached"));
    m_component = componentOption(parser);
    m_path = cleanPath(m_typedPath, &problem);
    return problem;
}

QString SnapshotHistoryCommand::notFoundText() const
{
    return noSuchSite(m_site);
}

void SnapshotHistoryCommand::start()
{
    withApi([this](ApiClient *api) {
        ApiClient::SnapshotFilter filter;
        filter.environment = m_env;
        filter.status = QStringLiteral("ready");
        ApiReply *reply = track(api->listSnapshots(m_site, filter));
        connect(reply, &ApiReply::finished, this, [this, api, reply] { onListed(api, reply); });
    });
}

void SnapshotHistoryCommand::onListed(ApiClient *api, ApiReply *reply)
{
    std::optional<QList<Snapshot>> snapshots = parsed<QList<Snapshot>>(reply);
    if (!snapshots)
        return;
    QList<Snapshot> ready;
    for (const Snapshot &s : std::as_const(*snapshots)) {
        if (s.isReady() && s.environment == m_env)
            ready << s;
    }
    std::sort(ready.begin(), ready.end(),
              [](const Snapshot &a, const Snapshot &b) { return a.createdAt > b.createdAt; });
    ready = ready.mid(0, m_last);
    if (ready.isEmpty()) {
        fail(ExitCode::NotFound, tr("Environment '%1' of site '%2' has no ready snapshots.").arg(m_env, m_site));
        return;
    }
    m_siteId = ready.constFirst().siteId;
    for (const Snapshot &s : std::as_const(ready))
        m_ids << s.id;
    if (m_cachedOnly) {
        report();
        return;
    }
    fetch(api, ready, SnapshotFetch::Need::Index, [this] { report(); });
}

void SnapshotHistoryCommand::report()
{
    PathHistory history = PathHistory::of(cache(), m_siteId, m_env, m_component, m_path);
    // Only the snapshots asked about, and "changed" against the next older of those.
    history.versions.erase(
        std::remove_if(history.versions.begin(), history.versions.end(),
                       [this](const PathHistory::Version &v) { return !m_ids.contains(v.snapshot.snapshotId); }),
        history.versions.end());
    if (json()) {
        QJsonArray versions;
        for (const PathHistory::Version &v : std::as_const(history.versions)) {
            QJsonObject o {{QStringLiteral("snapshot_id"), v.snapshot.snapshotId},
                           {QStringLiteral("created_at"), v.snapshot.createdAt.toString(Qt::ISODate)},
                           {QStringLiteral("present"), v.present},
                           {QStringLiteral("changed"), v.changed}};
            if (v.present) {
                o.insert(QStringLiteral("size"), double(v.entry.size));
                o.insert(QStringLiteral("sha256"),
                         v.entry.sha256.isEmpty() ? QJsonValue() : QJsonValue(QString::fromLatin1(v.entry.sha256)));
                o.insert(QStringLiteral("mtime"),
                         v.entry.mtime.isValid() ? QJsonValue(v.entry.mtime.toString(Qt::ISODate)) : QJsonValue());
            }
            versions.append(o);
        }
        printJson(QJsonObject {{QStringLiteral("path"), m_path},
                               {QStringLiteral("component"),
                                m_component == IndexComponent::Db ? QStringLiteral("db") : QStringLiteral("files")},
                               {QStringLiteral("site"), m_site},
                               {QStringLiteral("environment"), m_env},
                               {QStringLiteral("snapshots"), double(m_ids.size())},
                               {QStringLiteral("versions"), versions}});
        finish(ExitCode::Ok);
        return;
    }
    print(history);
    finish(ExitCode::Ok);
}

void SnapshotHistoryCommand::print(const PathHistory &history)
{
    if (history.versions.isEmpty()) {
        term().errLine(tr("None of these snapshots is indexed yet; run without --cached to index them."));
        return;
    }
    TextTable table({tr("SNAPSHOT"), tr("CREATED"), tr("SIZE"), tr("SHA-256"), tr("CHANGE")});
    for (const PathHistory::Version &v : history.versions) {
        QString change;
        if (!v.present)
            change = v.changed ? tr("removed") : tr("absent");
        else if (v.changed)
            change = tr("changed");
        else
            change = tr("same");
        table.addRow(
            {v.snapshot.snapshotId, Display::timestamp(v.snapshot.createdAt),
             v.present ? Display::size(v.entry.size) : Display::dash(),
             v.present && !v.entry.sha256.isEmpty() ? QString::fromLatin1(v.entry.sha256.left(16)) : Display::dash(),
             change});
    }
    term().out(table.toString());
    if (history.versions.size() < m_ids.size())
        term().errLine(
            tr("Not indexed yet: %1 of %2 snapshots.").arg(m_ids.size() - history.versions.size()).arg(m_ids.size()));
}
