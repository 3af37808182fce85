#include "FleetHealthCommand.h"

#include "TextTable.h"
#include "api/ApiClient.h"
#include "fleet/FleetHealth.h"
#include "fleet/FleetReader.h"
#include "util/Clock.h"
#include "util/ErrorDetails.h"
#include "util/Format.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

QString FleetHealthCommand::exitStatusHelp()
{
    return tr("Exit status (the monitoring-plugin convention): 0 every scheduled environment is fresh; "
              "1 some are late (older than their cadence); 2 some are stale (older than twice their "
              "cadence) or were never backed up; 3 the fleet could not be read.");
}

void FleetHealthCommand::addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(parser.applicationDescription() + QStringLiteral("\n\n") + exitStatusHelp());
    parser.addOption({QStringLiteral("env"), tr("Only environments named NAME (e.g. production)."), tr("NAME")});
}

QString FleetHealthCommand::readArguments(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst());
    m_env = parser.value(QStringLiteral("env"));
    if (parser.isSet(QStringLiteral("env")) && m_env.trimmed().isEmpty())
        return tr("--env needs an environment name");
    return {};
}

int FleetHealthCommand::usageExitCode() const
{
    return FleetHealth::MonitoringUnknown;
}

void FleetHealthCommand::start()
{
    readFleet({}, [this](const FleetReader &fleet) { onFinished(fleet); });
}

static QString freshnessWord(Freshness f)
{
    switch (f) {
    case Freshness::Fresh: return FleetHealthCommand::tr("fresh");
    case Freshness::Late: return FleetHealthCommand::tr("late");
    case Freshness::Stale: return FleetHealthCommand::tr("stale");
    case Freshness::Never: return FleetHealthCommand::tr("never backed up");
    case Freshness::Unknown: break;
    }
    return {};
}

void FleetHealthCommand::onFinished(const FleetReader &fleet)
{
    const ApiError &error = fleet.error();
    if (error.isError()) {
        // Whatever went wrong, a monitoring system must see "unknown", not a verdict.
        fail(FleetHealth::MonitoringUnknown, tr("the fleet could not be read: %1").arg(ErrorDetails::oneLine(error)));
        return;
    }
    const QDateTime now = ctx().clock()->now();
    QList<EnvironmentHealth> scheduled;
    bool envExists = m_env.isEmpty();
    for (const EnvironmentHealth &h : FleetHealth::judgeAll(fleet.sites(), fleet.policies(), now)) {
        if (!m_env.isEmpty() && h.environment != m_env)
            continue;
        envExists = true;
        if (h.isScheduled())
            scheduled << h;
    }
    if (!envExists) {
        fail(FleetHealth::MonitoringUnknown, tr("no site has an environment named '%1'").arg(m_env));
        return;
    }
    const HealthCounts counts = FleetHealth::count(scheduled);
    const int status = FleetHealth::monitoringStatus(counts);

    if (json()) {
        QJsonArray out;
        for (const EnvironmentHealth &h : std::as_const(scheduled)) {
            out.append(QJsonObject{
                {QStringLiteral("site"), h.siteSlug},
                {QStringLiteral("environment"), h.environment},
                {QStringLiteral("freshness"), FreshnessRules::key(h.freshness)},
                {QStringLiteral("last_snapshot_at"),
                 h.lastSnapshotAt.isValid() ? QJsonValue(h.lastSnapshotAt.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue()},
                {QStringLiteral("cadence"), h.cadenceRaw},
            });
        }
        printJson(out);
        finish(status);
        return;
    }
    if (scheduled.isEmpty()) {
        term().outLine(tr("No environment has scheduled backups."));
        finish(status);
        return;
    }
    TextTable table({tr("SITE"), tr("ENVIRONMENT"), tr("CADENCE"), tr("LAST BACKUP"), tr("FRESHNESS")});
    for (const EnvironmentHealth &h : std::as_const(scheduled)) {
        const QString last = h.lastSnapshotAt.isValid() ? Format::relativeTime(h.lastSnapshotAt, ctx().clock()) : tr("never");
        table.addRow({h.siteSlug, h.environment, h.cadenceRaw, last, freshnessWord(h.freshness)});
    }
    term().out(table.toString());
    term().outLine(tr("%1 scheduled: %2 fresh, %3 late, %4 stale, %5 never backed up")
                       .arg(counts.scheduled())
                       .arg(counts.fresh)
                       .arg(counts.late)
                       .arg(counts.stale)
                       .arg(counts.never));
    finish(status);
}
