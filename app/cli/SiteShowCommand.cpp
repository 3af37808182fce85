#include "SiteShowCommand.h"

#include "Arguments.h"
#include "DetailList.h"
#include "Display.h"
#include "ExitCode.h"
#include "JsonView.h"
#include "TextTable.h"
#include "api/ApiClient.h"
#include "api/ApiParser.h"
#include "api/ApiReply.h"

#include <QCommandLineParser>

QString SiteShowCommand::readArguments(const QCommandLineParser &parser)
{
    QString problem = Arguments::positional(parser, 1, tr("the site (id or slug)"));
    if (!problem.isEmpty())
        return problem;
    m_site = parser.positionalArguments().constFirst();
    return Arguments::checkSite(m_site);
}

void SiteShowCommand::start()
{
    withApi([this](ApiClient *api) {
        ApiReply *reply = track(api->site(m_site));
        connect(reply, &ApiReply::finished, this, [this, reply] { onFinished(reply); });
    });
}

void SiteShowCommand::onFinished(ApiReply *reply)
{
    const std::optional<Site> site = parsed<Site>(reply);
    if (!site)
        return;
    if (json()) {
        printJson(JsonView::site(*site));
        finish(ExitCode::Ok);
        return;
    }
    DetailList details;
    details.add(tr("Site"), site->slug);
    details.add(tr("Name"), site->name);
    details.add(tr("Id"), site->id);
    details.add(tr("Region"), site->region);
    details.add(tr("Plan"), site->plan);
    details.add(tr("Created"), site->createdAt.isValid()
                                   ? tr("%1 (%2)").arg(Display::timestamp(site->createdAt),
                                                       Display::relative(site->createdAt, ctx().clock()))
                                   : Display::dash());
    QString text = details.toString();
    if (site->environments.isEmpty()) {
        text += QLatin1Char('\n') + tr("No environments.") + QLatin1Char('\n');
    } else {
        // The same columns as 'mf env list', so both read alike.
        TextTable table({tr("ENVIRONMENT"), tr("KIND"), tr("PROTECTED"), tr("LAST SNAPSHOT"), tr("URL")});
        for (const Environment &e : site->environments) {
            const QString last = e.lastSnapshot
                ? tr("%1 (%2)").arg(Display::relative(e.lastSnapshot->createdAt, ctx().clock()), e.lastSnapshot->id)
                : tr("never");
            table.addRow({e.name, e.kindRaw, e.isProtected ? tr("yes") : tr("no"), last, e.url.toString()});
        }
        text += QLatin1Char('\n') + table.toString();
    }
    term().out(text);
    finish(ExitCode::Ok);
}

QString SiteShowCommand::notFoundText() const
{
    return noSuchSite(m_site);
}
