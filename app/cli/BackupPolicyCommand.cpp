#include "BackupPolicyCommand.h"

#include "Arguments.h"
#include "Display.h"
#include "ExitCode.h"
#include "JsonView.h"
#include "TextTable.h"
#include "api/ApiClient.h"
#include "api/ApiParser.h"
#include "api/ApiReply.h"

#include <QCommandLineParser>

void BackupPolicyCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("site"), tr("The site (id or slug)."), tr("SITE")});
}

QString BackupPolicyCommand::readArguments(const QCommandLineParser &parser)
{
    QString problem = Arguments::positional(parser, 0, QString());
    m_site = Arguments::required(parser, QStringLiteral("site"), &problem);
    if (problem.isEmpty())
        problem = Arguments::checkSite(m_site);
    return problem;
}

void BackupPolicyCommand::start()
{
    withApi([this](ApiClient *api) {
        ApiReply *reply = track(api->backupPolicy(m_site));
        connect(reply, &ApiReply::finished, this, [this, reply] { onFinished(reply); });
    });
}

void BackupPolicyCommand::onFinished(ApiReply *reply)
{
    const std::optional<BackupPolicy> policy = parsed<BackupPolicy>(reply);
    if (!policy)
        return;
    if (json()) {
        printJson(JsonView::backupPolicy(*policy));
        finish(ExitCode::Ok);
        return;
    }
    term().outLine(tr("Plan: %1").arg(policy->plan));
    TextTable table({tr("ENVIRONMENT"), tr("CADENCE"), tr("NEXT RUN"), tr("RETENTION"), tr("KEEPS AT MOST")});
    for (const EnvironmentPolicy &e : policy->environments) {
        const QString next = e.nextRunAt.isValid() ? Display::relative(e.nextRunAt, ctx().clock()) : Display::dash();
        // Singular and plural as separate numerus messages (as util/Format does): English has no
        // catalog, so a single "%n day(s)" would be printed as is.
        QString keep = tr("no limit");
        if (e.maxSnapshots) {
            const int n = *e.maxSnapshots;
            keep = n == 1 ? tr("%n scheduled snapshot", nullptr, n) : tr("%n scheduled snapshots", nullptr, n);
        }
        const int days = e.retentionDays;
        const QString retention = days == 1 ? tr("%n day", nullptr, days) : tr("%n days", nullptr, days);
        table.addRow({e.environment, e.cadenceRaw, next, retention, keep});
    }
    term().out(table.toString());
    finish(ExitCode::Ok);
}

QString BackupPolicyCommand::notFoundText() const
{
    return noSuchSite(m_site);
}

QString BackupPolicyCommand::notFoundHint() const
{
    return tr("List the sites with 'mf site list'.");
}
