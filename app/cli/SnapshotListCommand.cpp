#include "SnapshotListCommand.h"

#include "Arguments.h"
#include "Display.h"
#include "ExitCode.h"
#include "JsonView.h"
#include "TextTable.h"
#include "api/ApiClient.h"
#include "api/ApiParser.h"
#include "api/ApiReply.h"

#include <QCommandLineParser>

void SnapshotListCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("site"), tr("The site (id or slug)."), tr("SITE")});
    parser.addOption({{QStringLiteral("env"), QStringLiteral("e")}, tr("Only this environment."), tr("ENV")});
    parser.addOption({QStringLiteral("kind"), tr("Only manual or scheduled snapshots."), tr("KIND")});
    parser.addOption({QStringLiteral("status"), tr("Only pending, capturing, ready, failed or expired ones."), tr("STATUS")});
}

QString SnapshotListCommand::readArguments(const QCommandLineParser &parser)
{
    QString problem = Arguments::positional(parser, 0, QString());
    m_site = Arguments::required(parser, QStringLiteral("site"), &problem);
    m_env = parser.value(QStringLiteral("env"));
    m_kind = parser.value(QStringLiteral("kind"));
    m_status = parser.value(QStringLiteral("status"));
    if (problem.isEmpty())
        problem = Arguments::checkSite(m_site);
    if (problem.isEmpty() && !m_env.isEmpty())
        problem = Arguments::checkEnvironment(m_env);
    static const QStringList kinds = {QStringLiteral("manual"), QStringLiteral("scheduled")};
    if (problem.isEmpty() && !m_kind.isEmpty() && !kinds.contains(m_kind))
        problem = tr("--kind must be manual or scheduled");
    static const QStringList statuses = {QStringLiteral("pending"), QStringLiteral("capturing"), QStringLiteral("ready"),
                                         QStringLiteral("failed"), QStringLiteral("expired")};
    if (problem.isEmpty() && !m_status.isEmpty() && !statuses.contains(m_status))
        problem = tr("--status must be one of %1").arg(statuses.join(QStringLiteral(", ")));
    return problem;
}

void SnapshotListCommand::start()
{
    withApi([this](ApiClient *api) {
        ApiClient::SnapshotFilter filter;
        filter.environment = m_env;
        filter.kind = m_kind;
        filter.status = m_status;
        ApiReply *reply = track(api->listSnapshots(m_site, filter));
        connect(reply, &ApiReply::finished, this, [this, reply] { onFinished(reply); });
    });
}

void SnapshotListCommand::onFinished(ApiReply *reply)
{
    const std::optional<QList<Snapshot>> snapshots = parsed<QList<Snapshot>>(reply);
    if (!snapshots)
        return;
    if (json()) {
        QJsonArray out;
        for (const Snapshot &s : *snapshots)
            out.append(JsonView::snapshot(s));
        printJson(out);
        finish(ExitCode::Ok);
        return;
    }
    if (snapshots->isEmpty()) {
        term().errLine(tr("No snapshots."));
        finish(ExitCode::Ok);
        return;
    }
    TextTable table({tr("ID"), tr("ENVIRONMENT"), tr("KIND"), tr("STATUS"), tr("CREATED"), tr("SIZE"),
                     tr("EXPIRES"), tr("LABEL")});
    for (const Snapshot &s : *snapshots) {
        const QString expires = s.expiresAt.isValid() ? Display::relative(s.expiresAt, ctx().clock()) : tr("never");
        table.addRow({s.id, s.environment, s.kindRaw, s.statusRaw, Display::relative(s.createdAt, ctx().clock()),
                      Display::snapshotSize(s), expires, s.label});
    }
    term().out(table.toString());
    finish(ExitCode::Ok);
}

QString SnapshotListCommand::notFoundText() const
{
    return m_env.isEmpty() ? noSuchSite(m_site)
                          : tr("Site %1 has no environment '%2' (or this key cannot see the site).").arg(m_site, m_env);
}

QString SnapshotListCommand::notFoundHint() const
{
    return tr("List the sites with 'mf site list'.");
}
