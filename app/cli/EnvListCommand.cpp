#include "EnvListCommand.h"

#include "Arguments.h"
#include "Display.h"
#include "ExitCode.h"
#include "JsonView.h"
#include "TextTable.h"
#include "api/ApiClient.h"
#include "api/ApiParser.h"
#include "api/ApiReply.h"

#include <QCommandLineParser>
#include <QJsonArray>

void EnvListCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("site"), tr("The site (id or slug)."), tr("SITE")});
}

QString EnvListCommand::readArguments(const QCommandLineParser &parser)
{
    QString problem = Arguments::positional(parser, 0, QString());
    m_site = Arguments::required(parser, QStringLiteral("site"), &problem);
    if (problem.isEmpty())
        problem = Arguments::checkSite(m_site);
    return problem;
}

void EnvListCommand::start()
{
    withApi([this](ApiClient *api) {
        ApiReply *reply = track(api->environments(m_site));
        connect(reply, &ApiReply::finished, this, [this, reply] { onFinished(reply); });
    });
}

void EnvListCommand::onFinished(ApiReply *reply)
{
    const std::optional<QList<Environment>> envs = parsed<QList<Environment>>(reply);
    if (!envs)
        return;
    if (json()) {
        QJsonArray out;
        for (const Environment &e : *envs)
            out.append(JsonView::environment(e));
        printJson(out);
        finish(ExitCode::Ok);
        return;
    }
    TextTable table({tr("NAME"), tr("KIND"), tr("PROTECTED"), tr("LAST SNAPSHOT"), tr("URL")});
    for (const Environment &e : *envs) {
        const QString last = e.lastSnapshot
            ? tr("%1 (%2)").arg(Display::relative(e.lastSnapshot->createdAt, ctx().clock()), e.lastSnapshot->id)
            : tr("never");
        table.addRow({e.name, e.kindRaw, e.isProtected ? tr("yes") : tr("no"), last, e.url.toString()});
    }
    term().out(table.toString());
    finish(ExitCode::Ok);
}

QString EnvListCommand::notFoundText() const
{
    return noSuchSite(m_site);
}

QString EnvListCommand::notFoundHint() const
{
    return tr("List the sites with 'mf site list'.");
}
