#include "JobListCommand.h"

#include "Arguments.h"
#include "Display.h"
#include "ExitCode.h"
#include "JsonView.h"
#include "TextTable.h"
#include "api/ApiClient.h"
#include "api/ApiParser.h"
#include "api/ApiReply.h"

#include <QCommandLineParser>

void JobListCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("running"), tr("Only jobs that are still running.")});
    parser.addOption({QStringLiteral("site"), tr("Only jobs of this site (id or slug)."), tr("SITE")});
}

QString JobListCommand::readArguments(const QCommandLineParser &parser)
{
    QString problem = Arguments::positional(parser, 0, QString());
    m_running = parser.isSet(QStringLiteral("running"));
    m_site = parser.value(QStringLiteral("site"));
    if (problem.isEmpty() && !m_site.isEmpty())
        problem = Arguments::checkSite(m_site);
    return problem;
}

void JobListCommand::start()
{
    withApi([this](ApiClient *api) {
        ApiReply *reply = track(api->listJobs(m_running ? QStringLiteral("running") : QString(), m_site));
        connect(reply, &ApiReply::pageReceived, this, [this](const QJsonArray &items) {
            for (const QJsonValue &v : items)
                m_items.append(v);
        });
        connect(reply, &ApiReply::finished, this, [this, reply] { onFinished(reply); });
    });
}

void JobListCommand::onFinished(ApiReply *reply)
{
    if (!reply->ok()) {
        failApi(reply->error());
        return;
    }
    const Result<QList<Job>> jobs = ApiParser::list<Job>(m_items, &ApiParser::job);
    if (!jobs) {
        failParse(reply, jobs.error().toString());
        return;
    }
    if (json()) {
        QJsonArray out;
        for (const Job &j : *jobs)
            out.append(JsonView::job(j));
        printJson(out);
        finish(ExitCode::Ok);
        return;
    }
    if (jobs->isEmpty()) {
        term().errLine(m_running ? tr("No running jobs.") : tr("No jobs."));
        finish(ExitCode::Ok);
        return;
    }
    TextTable table({tr("ID"), tr("TYPE"), tr("STATUS"), tr("ENVIRONMENT"), tr("SNAPSHOT"), tr("CREATED"), tr("PHASE")});
    for (const Job &j : *jobs) {
        table.addRow({j.id, j.typeRaw, Display::jobState(j), j.environment, j.snapshotId,
                      Display::relative(j.createdAt, ctx().clock()), j.phase});
    }
    term().out(table.toString());
    finish(ExitCode::Ok);
}
