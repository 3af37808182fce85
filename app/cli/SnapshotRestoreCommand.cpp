#include "SnapshotRestoreCommand.h"

#include "Arguments.h"
#include "Display.h"
#include "ExitCode.h"
#include "JsonView.h"
#include "LineReader.h"
#include "api/ApiClient.h"
#include "api/ApiParser.h"
#include "api/ApiReply.h"
#include "jobs/RestoreFlow.h"

#include <QCommandLineParser>
#include <QJsonObject>

void SnapshotRestoreCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("site"), tr("The site (id or slug)."), tr("SITE")});
    parser.addOption({QStringLiteral("db"), tr("Restore the database (alone, unless --files is given too).")});
    parser.addOption({QStringLiteral("files"), tr("Restore the files (alone, unless --db is given too).")});
    parser.addOption({QStringLiteral("to-env"), tr("Restore into this environment of the site (default: the snapshot's own)."), tr("ENV")});
    parser.addOption({QStringLiteral("safety-snapshot"), tr("First take a snapshot of the target and wait until it is ready.")});
    parser.addOption({{QStringLiteral("yes"), QStringLiteral("y")}, tr("Do not ask for confirmation, even for a protected environment.")});
    parser.addOption({QStringLiteral("wait"), tr("Wait until the restore has finished (progress on a terminal).")});
}

QString SnapshotRestoreCommand::readArguments(const QCommandLineParser &parser)
{
    QString problem = Arguments::positional(parser, 1, tr("the snapshot id"));
    if (!problem.isEmpty())
        return problem;
    m_snapshotId = parser.positionalArguments().constFirst();
    m_site = Arguments::required(parser, QStringLiteral("site"), &problem);
    m_targetEnv = parser.value(QStringLiteral("to-env"));
    m_yes = parser.isSet(QStringLiteral("yes"));
    m_wait = parser.isSet(QStringLiteral("wait"));
    m_safety = parser.isSet(QStringLiteral("safety-snapshot"));
    // Neither flag means both: "restore this snapshot" restores all of it.
    if (parser.isSet(QStringLiteral("db")) || !parser.isSet(QStringLiteral("files")))
        m_selectors << QStringLiteral("db");
    if (parser.isSet(QStringLiteral("files")) || !parser.isSet(QStringLiteral("db")))
        m_selectors << QStringLiteral("files");
    return Arguments::firstProblem({problem, Arguments::checkSnapshotId(m_snapshotId), Arguments::checkSite(m_site),
                                      m_targetEnv.isEmpty() ? QString() : Arguments::checkEnvironment(m_targetEnv)});
}

void SnapshotRestoreCommand::start()
{
    withApi([this](ApiClient *api) {
        ApiReply *reply = track(api->snapshot(m_site, m_snapshotId));
        connect(reply, &ApiReply::finished, this, [this, reply] { onSnapshot(reply); });
    });
}

void SnapshotRestoreCommand::onSnapshot(ApiReply *reply)
{
    const std::optional<Snapshot> snap = parsed<Snapshot>(reply);
    if (!snap)
        return;
    m_snapshot = *snap;
    // Checked before asking anyone to confirm: a confirmation for a restore that cannot happen
    // would only teach people to type "production" without reading.
    if (!m_snapshot.isReady()) {
        fail(ExitCode::Conflict, tr("Snapshot %1 is %2: only a ready snapshot can be restored.")
                                     .arg(m_snapshot.id, m_snapshot.statusRaw));
        return;
    }
    if (m_targetEnv.isEmpty())
        m_targetEnv = m_snapshot.environment;
    ApiReply *envs = track(ctx().api()->environments(m_site));
    connect(envs, &ApiReply::finished, this, [this, envs] { onEnvironments(envs); });
}

void SnapshotRestoreCommand::onEnvironments(ApiReply *reply)
{
    const std::optional<QList<Environment>> envs = parsed<QList<Environment>>(reply);
    if (!envs)
        return;
    auto it = std::find_if(envs->cbegin(), envs->cend(), [this](const Environment &e) { return e.name == m_targetEnv; });
    if (it == envs->cend()) {
        fail(ExitCode::NotFound, tr("Site %1 has no environment named '%2'.").arg(m_site, m_targetEnv));
        return;
    }
    m_target = *it;
    if (m_target.isProtected && !m_yes)
        confirm();
    else
        startRestore();
}

void SnapshotRestoreCommand::confirm()
{
    if (!Terminal::stdinIsTerminal() || !Terminal::stderrIsTerminal()) {
        fail(ExitCode::Usage,
             tr("%1 of %2 is a protected environment and there is no terminal to confirm on. "
                "Nothing was restored.").arg(m_target.name, m_site),
             tr("Add --yes to restore into it from a script."));
        return;
    }
    QString what = tr("Restore the %1 of snapshot %2 (%3, taken %4)")
                       .arg(Display::selectors(m_selectors), m_snapshot.id, m_snapshot.environment,
                            Display::relative(m_snapshot.createdAt, ctx().clock()));
    if (!m_snapshot.label.isEmpty())
        what += tr(", labelled \"%1\"").arg(m_snapshot.label);
    term().errLine(what);
    term().errLine(tr("into %1 of %2, a PROTECTED environment. Its current %3 will be replaced.")
                       .arg(m_target.name, m_site, Display::selectors(m_selectors)));
    term().prompt(tr("Type the environment name (%1) to confirm: ").arg(m_target.name));
    m_reader = new LineReader(this);
    connect(m_reader, &LineReader::lineRead, this, &SnapshotRestoreCommand::onConfirmation);
    connect(m_reader, &LineReader::closed, this, [this] { onConfirmation(QString()); });
    m_reader->start();
}

void SnapshotRestoreCommand::onConfirmation(const QString &typed)
{
    if (typed.trimmed() != m_target.name) {
        fail(ExitCode::Error, tr("The name did not match. Nothing was restored."));
        return;
    }
    startRestore();
}

void SnapshotRestoreCommand::startRestore()
{
    RestoreFlow::Request request;
    request.siteRef = m_site;
    request.snapshotId = m_snapshot.id;
    request.selectors = m_selectors;
    request.targetEnvironment = m_targetEnv;
    request.safetySnapshot = m_safety;
    request.safetyLabel = tr("Before restoring %1").arg(m_snapshot.id);
    // RestoreFlow makes one Idempotency-Key per POST of this invocation and reuses it on retries.
    m_flow = new RestoreFlow(ctx().api(), request, this);
    connect(m_flow, &RestoreFlow::progressChanged, this, [this](int percent, const QString &phase) {
        term().progress(tr("Restoring into %1  %2%  %3").arg(m_targetEnv).arg(percent).arg(phase));
    });
    connect(m_flow, &RestoreFlow::safetySnapshotReady, this, [this](const Snapshot &s) {
        if (!json())
            term().errLine(tr("Safety snapshot %1 of %2 is ready.").arg(s.id, m_targetEnv));
    });
    connect(m_flow, &RestoreFlow::restoreAccepted, this, &SnapshotRestoreCommand::onAccepted);
    connect(m_flow, &RestoreFlow::succeeded, this, &SnapshotRestoreCommand::onSucceeded);
    connect(m_flow, &RestoreFlow::failed, this, &SnapshotRestoreCommand::onFailed);
    term().progress(tr("Requesting the restore…"));
    m_flow->start();
}

void SnapshotRestoreCommand::onAccepted(const Job &job)
{
    if (m_wait) {
        // Said before the wait: if it is interrupted, the job goes on and this is how to find it.
        if (!json())
            term().errLine(tr("Restore into %1/%2 was accepted (job %3); waiting for it to end.").arg(m_site, m_targetEnv, job.id));
        return;
    }
    if (json()) {
        QJsonObject out{{QStringLiteral("job"), JsonView::job(job)}};
        if (m_safety)
            out.insert(QStringLiteral("safety_snapshot"), JsonView::snapshot(m_flow->safetySnapshot()));
        printJson(out);
    } else {
        term().outLine(tr("Restore of the %1 of %2 into %3/%4 was accepted (job %5).")
                           .arg(Display::selectors(m_selectors), m_snapshot.id, m_site, m_targetEnv, job.id));
        term().outLine(tr("Follow it with 'mf job watch %1'.").arg(job.id));
    }
    finish(ExitCode::Ok);
}

void SnapshotRestoreCommand::onSucceeded(const Job &job)
{
    if (isFinished())
        return;
    if (json()) {
        QJsonObject out{{QStringLiteral("job"), JsonView::job(job)}};
        if (m_safety)
            out.insert(QStringLiteral("safety_snapshot"), JsonView::snapshot(m_flow->safetySnapshot()));
        printJson(out);
    } else {
        term().outLine(tr("Restored the %1 of %2 into %3/%4 (job %5).")
                           .arg(Display::selectors(m_selectors), m_snapshot.id, m_site, m_targetEnv, job.id));
    }
    finish(ExitCode::Ok);
}

void SnapshotRestoreCommand::onFailed(const QString &message)
{
    if (m_flow->error().isError()) {
        // The flow's sentence is ErrorText's for API errors; failApi adds request id and hints.
        failApi(m_flow->error());
        return;
    }
    fail(ExitCode::Error, message);
}

void SnapshotRestoreCommand::interrupt()
{
    if (m_reader) {
        m_reader->stop();
        if (!json())
            term().errLine(QString()); // end the prompt's line
    }
    if (m_flow && !m_flow->cancel() && !json()) {
        const QString jobId = m_flow->restoreJob().id;
        term().errLine(jobId.isEmpty()
                           ? tr("The restore may already have been accepted; check with 'mf job list --running'.")
                           : tr("The restore was already accepted and goes on; follow it with 'mf job watch %1'.").arg(jobId));
    }
    Command::interrupt();
}

QString SnapshotRestoreCommand::notFoundText() const
{
    return m_targetEnv.isEmpty() ? noSuchSnapshot(m_site, m_snapshotId)
                                : tr("Site %1 has no snapshot %2 or no environment '%3' (or this key cannot see the site).").arg(m_site, m_snapshotId, m_targetEnv);
}

QString SnapshotRestoreCommand::notFoundHint() const
{
    return tr("List them with 'mf snapshot list --site %1'.").arg(m_site);
}
