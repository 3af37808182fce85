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
#include <QSet>

#include <algorithm>

void JobListCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("running"), tr("Only jobs that have not ended (queued or running).")});
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
        // A job not yet ended is queued or running: the list takes one status at a time.
        const QStringList statuses = m_running ? QStringList{QStringLiteral("running"), QStringLiteral("queued")}
                                               : QStringList{QString()};
        m_pending = int(statuses.size());
        for (const QString &status : statuses) {
            ApiReply *reply = track(api->listJobs(status, m_site));
            connect(reply, &ApiReply::finished, this, [this, reply] { onFinished(reply); });
        }
    });
}

void JobListCommand::onFinished(ApiReply *reply)
{
    if (m_failed)
        return;
    const std::optional<QList<Job>> jobs = parsed<QList<Job>>(reply);
    if (!jobs) {
        m_failed = true;
        return;
    }
    m_jobs.append(*jobs);
    if (--m_pending > 0)
        return;
    // Newest first, as the platform lists one status; a job that started between the two lists
    // is in both, and shown once.
    QList<Job> &list = m_jobs;
    std::stable_sort(list.begin(), list.end(), [](const Job &a, const Job &b) { return a.createdAt > b.createdAt; });
    QSet<QString> seen;
    list.removeIf([&seen](const Job &j) {
        const bool again = seen.contains(j.id);
        seen.insert(j.id);
        return again;
    });
    if (json()) {
        QJsonArray out;
        for (const Job &j : list)
            out.append(JsonView::job(j));
        printJson(out);
        finish(ExitCode::Ok);
        return;
    }
    if (list.isEmpty()) {
        term().errLine(m_running ? tr("No queued or running jobs.") : tr("No jobs."));
        finish(ExitCode::Ok);
        return;
    }
    TextTable table({tr("ID"), tr("TYPE"), tr("STATUS"), tr("ENVIRONMENT"), tr("SNAPSHOT"), tr("CREATED"), tr("PHASE")});
    for (const Job &j : list) {
        table.addRow({j.id, j.typeRaw, Display::jobState(j), j.environment, j.snapshotId,
                      Display::relative(j.createdAt, ctx().clock()), j.phase});
    }
    term().out(table.toString());
    finish(ExitCode::Ok);
}
