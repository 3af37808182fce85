#include "SnapshotShowCommand.h"

#include "Arguments.h"
#include "DetailList.h"
#include "Display.h"
#include "ExitCode.h"
#include "JsonView.h"
#include "api/ApiClient.h"
#include "api/ApiParser.h"
#include "api/ApiReply.h"

#include <QCommandLineParser>

void SnapshotShowCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("site"), tr("The site (id or slug)."), tr("SITE")});
}

QString SnapshotShowCommand::readArguments(const QCommandLineParser &parser)
{
    QString problem = Arguments::positional(parser, 1, tr("the snapshot id"));
    if (!problem.isEmpty())
        return problem;
    m_snapshotId = parser.positionalArguments().constFirst();
    m_site = Arguments::required(parser, QStringLiteral("site"), &problem);
    return Arguments::firstProblem({problem, Arguments::checkSnapshotId(m_snapshotId), Arguments::checkSite(m_site)});
}

void SnapshotShowCommand::start()
{
    withApi([this](ApiClient *api) {
        ApiReply *reply = track(api->snapshot(m_site, m_snapshotId));
        connect(reply, &ApiReply::finished, this, [this, reply] { onFinished(reply); });
    });
}

QString SnapshotShowCommand::componentText(const SnapshotComponent &c)
{
    QString text = Display::size(c.sizeBytes);
    if (c.fileCount >= 0) {
        // Singular and plural as separate numerus messages: English has no catalog to pick one.
        const int n = int(c.fileCount);
        text = (n == 1 ? tr("%1 in %n file", nullptr, n) : tr("%1 in %n files", nullptr, n)).arg(text);
    }
    // The whole checksum: it is what a script or a person compares a download against.
    return tr("%1, sha256 %2").arg(text, c.sha256);
}

void SnapshotShowCommand::onFinished(ApiReply *reply)
{
    const std::optional<Snapshot> snap = parsed<Snapshot>(reply);
    if (!snap)
        return;
    if (json()) {
        printJson(JsonView::snapshot(*snap));
        finish(ExitCode::Ok);
        return;
    }
    const Clock *clock = ctx().clock();
    auto when = [clock](const QDateTime &t) -> QString {
        return t.isValid() ? tr("%1 (%2)").arg(Display::timestamp(t), Display::relative(t, clock)) : Display::dash();
    };
    DetailList details;
    details.add(tr("Snapshot"), snap->id);
    details.add(tr("Site"), tr("%1 (%2)").arg(m_site, snap->siteId));
    details.add(tr("Environment"), snap->environment);
    details.add(tr("Kind"), snap->kindRaw);
    details.add(tr("Status"), snap->statusRaw);
    details.add(tr("Label"), snap->label.isEmpty() ? Display::dash() : snap->label);
    details.add(tr("Created"), when(snap->createdAt));
    details.add(tr("Completed"), when(snap->completedAt));
    // No expiry means the platform keeps it until someone deletes it.
    details.add(tr("Expires"), snap->expiresAt.isValid() ? when(snap->expiresAt) : tr("never"));
    details.add(tr("Archive size"), Display::snapshotSize(*snap));
    details.add(tr("Database"), snap->db ? componentText(*snap->db) : Display::dash());
    details.add(tr("Files"), snap->files ? componentText(*snap->files) : Display::dash());
    QString by = snap->createdBy;
    if (by.isEmpty())
        by = snap->kind == SnapshotKind::Scheduled ? tr("the backup schedule") : Display::dash();
    details.add(tr("Created by"), by);
    details.add(tr("Job"), snap->jobId.isEmpty() ? Display::dash() : snap->jobId);
    if (snap->error)
        details.add(tr("Error"), tr("%1 (%2)").arg(snap->error->message, snap->error->code));
    term().out(details.toString());
    finish(ExitCode::Ok);
}

QString SnapshotShowCommand::notFoundText() const
{
    return noSuchSnapshot(m_site, m_snapshotId);
}

QString SnapshotShowCommand::notFoundHint() const
{
    return tr("List them with 'mf snapshot list --site %1'.").arg(m_site);
}
