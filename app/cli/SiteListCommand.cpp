#include "SiteListCommand.h"

#include "Display.h"
#include "ExitCode.h"
#include "JsonView.h"
#include "TextTable.h"
#include "api/ApiClient.h"
#include "api/ApiParser.h"
#include "api/ApiReply.h"

#include <QCommandLineParser>

void SiteListCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("filter"), tr("Only sites whose slug or name contains TEXT."), tr("TEXT")});
}

QString SiteListCommand::readArguments(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst());
    m_filter = parser.value(QStringLiteral("filter"));
    if (m_filter.size() > 200)
        return tr("--filter is limited to 200 characters");
    return {};
}

void SiteListCommand::start()
{
    withApi([this](ApiClient *api) {
        ApiReply *reply = track(api->listSites(m_filter));
        // Pages arrive one by one; the list is printed once all are in, so a failure half-way
        // never leaves a partial table that looks complete.
        connect(reply, &ApiReply::pageReceived, this, [this](const QJsonArray &items) {
            for (const QJsonValue &v : items)
                m_items.append(v);
        });
        connect(reply, &ApiReply::finished, this, [this, reply] { onFinished(reply); });
    });
}

void SiteListCommand::onFinished(ApiReply *reply)
{
    if (!reply->ok()) {
        failApi(reply->error());
        return;
    }
    const Result<QList<Site>> sites = ApiParser::list<Site>(m_items, &ApiParser::site);
    if (!sites) {
        failParse(reply, sites.error().toString());
        return;
    }
    if (json()) {
        QJsonArray out;
        for (const Site &s : *sites)
            out.append(JsonView::site(s));
        printJson(out);
        finish(ExitCode::Ok);
        return;
    }
    if (sites->isEmpty()) {
        term().errLine(m_filter.isEmpty() ? tr("No sites.") : tr("No site matches '%1'.").arg(m_filter));
        finish(ExitCode::Ok);
        return;
    }
    TextTable table({tr("SLUG"), tr("NAME"), tr("REGION"), tr("PLAN"), tr("ENVIRONMENTS")});
    for (const Site &s : *sites) {
        QStringList envs;
        for (const Environment &e : s.environments)
            envs << (e.isProtected ? tr("%1 (protected)").arg(e.name) : e.name);
        table.addRow({s.slug, s.name, s.region, s.plan, envs.join(QStringLiteral(", "))});
    }
    term().out(table.toString());
    finish(ExitCode::Ok);
}
