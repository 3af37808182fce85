#include "SiteListCommand.h"

#include "ExitCode.h"
#include "JsonView.h"
#include "TextTable.h"
#include "api/ApiClient.h"
#include "fleet/FleetHealth.h"
#include "fleet/FleetReader.h"
#include "util/Clock.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>

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
    readFleet(m_filter, [this](const FleetReader &fleet) { onFinished(fleet); });
}

// A word for the table; nothing for an environment without a schedule, as the fleet shows it grey.
static QString freshnessWord(Freshness f)
{
    switch (f) {
    case Freshness::Fresh: return SiteListCommand::tr("on schedule");
    case Freshness::Late: return SiteListCommand::tr("late");
    case Freshness::Stale: return SiteListCommand::tr("stale");
    case Freshness::Never: return SiteListCommand::tr("never backed up");
    case Freshness::Unknown: break;
    }
    return {};
}

void SiteListCommand::onFinished(const FleetReader &fleet)
{
    if (fleet.error().isError()) {
        failApi(fleet.error());
        return;
    }
    const QList<Site> &sites = fleet.sites();
    QHash<QString, EnvironmentHealth> health; // by site id + environment name
    for (const EnvironmentHealth &h : FleetHealth::judgeAll(sites, fleet.policies(), ctx().clock()->now()))
        health.insert(h.siteId + QLatin1Char('/') + h.environment, h);
    const auto healthOf = [&](const Site &s, const Environment &e) { return health.value(s.id + QLatin1Char('/') + e.name); };

    if (json()) {
        QJsonArray out;
        for (const Site &s : sites) {
            QJsonObject site = JsonView::site(s);
            QJsonArray envs;
            for (const Environment &e : s.environments) {
                const EnvironmentHealth h = healthOf(s, e);
                QJsonObject env = JsonView::environment(e);
                env.insert(QStringLiteral("freshness"), FreshnessRules::key(h.freshness));
                env.insert(QStringLiteral("cadence"), h.cadenceRaw.isEmpty() ? QJsonValue() : QJsonValue(h.cadenceRaw));
                envs.append(env);
            }
            site.insert(QStringLiteral("environments"), envs);
            out.append(site);
        }
        printJson(out);
        finish(ExitCode::Ok);
        return;
    }
    if (sites.isEmpty()) {
        term().errLine(m_filter.isEmpty() ? tr("No sites.") : tr("No site matches '%1'.").arg(m_filter));
        finish(ExitCode::Ok);
        return;
    }
    TextTable table({tr("SLUG"), tr("NAME"), tr("REGION"), tr("PLAN"), tr("ENVIRONMENTS")});
    for (const Site &s : sites) {
        QStringList envs;
        for (const Environment &e : s.environments) {
            QStringList notes;
            if (e.isProtected)
                notes << tr("protected");
            const QString word = freshnessWord(healthOf(s, e).freshness);
            if (!word.isEmpty())
                notes << word;
            envs << (notes.isEmpty() ? e.name : tr("%1 (%2)").arg(e.name, notes.join(QStringLiteral(", "))));
        }
        table.addRow({s.slug, s.name, s.region, s.plan, envs.join(QStringLiteral(", "))});
    }
    term().out(table.toString());
    finish(ExitCode::Ok);
}
