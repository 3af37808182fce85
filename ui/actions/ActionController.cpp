#include "ActionController.h"

#include "BulkSnapshotDialog.h"
#include "DownloadDialog.h"
#include "JobsPanel.h"
#include "RestoreDialog.h"
#include "RestoreSummary.h"
#include "TakeSnapshotDialog.h"
#include "TransfersModel.h"
#include "TransfersPanel.h"
#include "api/ApiClient.h"
#include "common/CompletionNotifier.h"
#include "util/ErrorDetails.h"
#include "jobs/JobTracker.h"
#include "jobs/RestoreFlow.h"
#include "transfer/TransferManager.h"
#include "util/LogCategories.h"
#include "util/Settings.h"

#include <QAction>
#include <QStandardPaths>
#include <QWidget>

namespace {

QString siteRef(const Site &site)
{
    return site.id.isEmpty() ? site.slug : site.id;
}

QString siteName(const Site &site)
{
    return site.name.isEmpty() ? site.slug : site.name;
}


} // namespace

ActionController::ActionController(ApiClient *api, JobTracker *jobs, TransferManager *transfers, QWidget *window,
                                   QObject *parent)
    : QObject(parent), m_api(api), m_jobs(jobs), m_transfers(transfers), m_window(window)
{
    auto makeAction = [this](const QString &text, const char *name, const QKeySequence &shortcut,
                             const QString &tip) {
        auto *a = new QAction(text, this);
        a->setObjectName(QLatin1String(name));
        a->setShortcut(shortcut);
        a->setShortcutContext(Qt::WindowShortcut);
        a->setToolTip(tip + QStringLiteral(" (") + shortcut.toString(QKeySequence::NativeText) + u')');
        a->setStatusTip(tip);
        if (m_window)
            m_window->addAction(a); // shortcuts work even when the action is in no visible menu
        return a;
    };
    m_take = makeAction(tr("&Take Snapshot…"), "takeSnapshotAction", QKeySequence(tr("Ctrl+Shift+S")),
                        tr("Take a snapshot of the selected environment now"));
    m_bulk = makeAction(tr("Take Snapshots of &Selected…"), "bulkSnapshotAction", QKeySequence(tr("Ctrl+Shift+B")),
                        tr("Take a snapshot of every selected environment"));
    m_restore = makeAction(tr("&Restore…"), "restoreAction", QKeySequence(tr("Ctrl+Shift+R")),
                           tr("Restore the selected snapshot's database, files or both"));
    m_download = makeAction(tr("&Download…"), "downloadAction", QKeySequence(tr("Ctrl+Shift+D")),
                            tr("Download the selected snapshot as an archive"));
    connect(m_take, &QAction::triggered, this, &ActionController::takeSnapshot);
    connect(m_bulk, &QAction::triggered, this, &ActionController::bulkSnapshot);
    connect(m_restore, &QAction::triggered, this, &ActionController::restore);
    connect(m_download, &QAction::triggered, this, &ActionController::download);

    m_notifier = new CompletionNotifier(window, this);
    connect(m_notifier, &CompletionNotifier::notified, this,
            [this](const QString &title, const QString &message) { Q_EMIT statusMessage(title + u' ' + message); });

    if (m_api)
        connect(m_api, &ApiClient::unauthorized, this, &ActionController::reauthenticationRequested);
    if (m_jobs)
        connect(m_jobs, &JobTracker::jobFinished, this, &ActionController::onJobFinished);
    if (m_transfers) {
        connect(m_transfers, &TransferManager::transferFinished, this, &ActionController::onTransferFinished);
        // Downloads restored from the last run come back paused; those that were still going are
        // followed to their end, those the user paused or that failed wait for the user.
        for (const TransferInfo &t : m_transfers->transfers()) {
            if (t.state == TransferInfo::State::Paused && !t.waitsForUser)
                m_transfers->resume(t.id);
        }
    }
    updateActions();
}

ActionController::~ActionController() = default;

QAction *ActionController::takeSnapshotAction() const { return m_take; }
QAction *ActionController::bulkSnapshotAction() const { return m_bulk; }
QAction *ActionController::restoreAction() const { return m_restore; }
QAction *ActionController::downloadAction() const { return m_download; }
CompletionNotifier *ActionController::notifier() const { return m_notifier; }

void ActionController::setJobEndsToldElsewhere(const std::function<bool(const Job &)> &toldElsewhere)
{
    m_toldElsewhere = toldElsewhere;
}

void ActionController::setContext(const Site &site, const QString &environment,
                                  const std::optional<Snapshot> &selectedSnapshot,
                                  const QList<QPair<Site, QString>> &selectedEnvironments)
{
    m_site = site;
    m_environment = environment;
    m_snapshot = selectedSnapshot;
    m_selected = selectedEnvironments;
    // Jobs carry site ids; the panel shows names.
    rememberSite(site);
    for (const auto &pair : selectedEnvironments)
        rememberSite(pair.first);
    updateActions();
}

void ActionController::knowSites(const QList<Site> &sites)
{
    for (const Site &site : sites)
        rememberSite(site);
}

void ActionController::knowFleet(const QList<Site> &sites, const QList<BackupPolicy> &policies)
{
    m_fleetSites = sites;
    m_fleetPolicies = policies;
}

void ActionController::setBulkRunOwner(const QString &accountId)
{
    m_bulkRunOwner = accountId;
}

void ActionController::rememberSite(const Site &site)
{
    if (site.id.isEmpty())
        return;
    m_siteNames.insert(site.id, siteName(site));
    if (m_jobsPanel)
        m_jobsPanel->setSiteName(site.id, siteName(site));
}

void ActionController::updateActions()
{
    const bool haveEnv = !siteRef(m_site).isEmpty() && !m_environment.isEmpty();
    const bool readySnapshot = m_snapshot && m_snapshot->isReady() && !siteRef(m_site).isEmpty();
    m_take->setEnabled(m_api && haveEnv);
    m_bulk->setEnabled(m_api && !m_selected.isEmpty());
    m_restore->setEnabled(m_api && readySnapshot);
    m_download->setEnabled(m_api && m_transfers && readySnapshot);
    m_bulk->setText(m_selected.size() > 1
                        ? tr("Take Snapshots of %n Environment(s)…", nullptr, int(m_selected.size()))
                        : tr("Take Snapshots of &Selected…"));
}

QWidget *ActionController::jobsPanel()
{
    if (!m_jobsPanel) {
        m_jobsPanel = new JobsPanel(m_jobs, m_window);
        for (auto it = m_siteNames.cbegin(); it != m_siteNames.cend(); ++it)
            m_jobsPanel->setSiteName(it.key(), it.value());
    }
    return m_jobsPanel;
}

QWidget *ActionController::transfersPanel()
{
    if (!m_transfersPanel) {
        m_transfersPanel = new TransfersPanel(m_transfers, m_window);
        connect(m_transfersPanel, &TransfersPanel::extractionFinished, this,
                [this](bool ok, const QString &message) {
                    Q_EMIT statusMessage(message);
                    m_notifier->finished(ok ? tr("Extraction finished") : tr("Extraction failed"), message, ok, -1);
                });
    }
    return m_transfersPanel;
}

void ActionController::followJob(const QString &jobId)
{
    if (m_jobs && !jobId.isEmpty())
        m_jobs->track(jobId);
    Q_EMIT jobsPanelRequested();
}

void ActionController::takeSnapshot()
{
    if (!m_take->isEnabled())
        return;
    const Site site = m_site;
    const QString env = m_environment;
    auto *dialog = new TakeSnapshotDialog(m_api, siteRef(site), siteName(site), env, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TakeSnapshotDialog::captureAccepted, this, [this, site, env](const ::Accepted &accepted) {
        // The dialog only starts the capture; from here the follower has it (and the Jobs panel).
        if (m_jobs)
            m_jobs->track(accepted.job);
        Q_EMIT snapshotsChanged(site.id, env);
        Q_EMIT statusMessage(tr("Taking a snapshot of %1 / %2…").arg(siteName(site), env));
        Q_EMIT jobsPanelRequested(); // the dialog said the Jobs panel shows the progress
    });
    connect(dialog, &TakeSnapshotDialog::followJobRequested, this, &ActionController::followJob);
    connect(dialog, &TakeSnapshotDialog::failedWhileClosed, this, [this, site, env](const ApiError &error) {
        Q_EMIT statusMessage(tr("No snapshot of %1 / %2 was taken: %3")
                                 .arg(siteName(site), env, ErrorDetails::fullText(error).replace(u'\n', u' ')));
    });
    dialog->open();
}

void ActionController::bulkSnapshot()
{
    if (!m_bulk->isEnabled())
        return;
    QList<BulkSnapshotRunner::Target> targets;
    for (const auto &pair : std::as_const(m_selected))
        targets.append({siteRef(pair.first), siteName(pair.first), pair.second});
    auto *dialog = new BulkSnapshotDialog(m_api, targets, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_fleetSites.isEmpty())
        dialog->setFleet(m_fleetSites, m_fleetPolicies, QDateTime::currentDateTimeUtc());
    if (!m_bulkRunOwner.isEmpty())
        dialog->setJournalOwner(m_bulkRunOwner);
    connect(dialog, &BulkSnapshotDialog::bulkStarted, this, [this, dialog](BulkSnapshotRunner *runner) {
        adoptBulk(dialog, runner);
        Q_EMIT jobsPanelRequested();
    });
    dialog->open();
}

void ActionController::adoptBulk(QDialog *dialog, BulkSnapshotRunner *runner)
{
    // The runner follows its captures (and the jobs it waits for) through the account's follower,
    // where the Jobs panel sees them too; their ends are told by the run's summary.
    connect(runner, &BulkSnapshotRunner::captureAccepted, this, [this, runner](int index, const ::Accepted &a) {
        m_quietJobs.insert(a.job.id);
        const BulkSnapshotRunner::Entry &e = runner->entries().at(index);
        Q_EMIT snapshotsChanged(a.job.siteId.isEmpty() ? e.target.siteRef : a.job.siteId, e.target.environment);
    });
    connect(runner, &BulkSnapshotRunner::entryChanged, this, [this, runner](int index) {
        const BulkSnapshotRunner::Entry &e = runner->entries().at(index);
        if (!e.busyJobId.isEmpty())
            m_quietJobs.insert(e.busyJobId);
    });
    connect(runner, &BulkSnapshotRunner::captureEnded, this, [this](int, const Job &job) {
        Q_EMIT snapshotsChanged(job.siteId, job.environment);
    });
    connect(runner, &BulkSnapshotRunner::finished, this, [this, runner] {
        using O = BulkSnapshotRunner::Outcome;
        const QString message = tr("%1 of %n snapshot(s) taken.", nullptr, int(runner->entries().size()))
                                    .arg(runner->count(O::Done));
        Q_EMIT statusMessage(message);
        m_notifier->finished(tr("Snapshots finished"), message, runner->count(O::Failed) == 0, -1);
    });
    // Closing the dialog must not stop the run: the runner moves to the controller.
    connect(dialog, &QDialog::finished, this, [this, runner] {
        if (runner->isFinished())
            return; // dies with the dialog
        runner->setParent(this);
        connect(runner, &BulkSnapshotRunner::finished, runner, &QObject::deleteLater);
    });
}

void ActionController::restore()
{
    if (!m_restore->isEnabled() || !m_snapshot)
        return;
    auto *dialog = new RestoreDialog(m_api, m_site, *m_snapshot, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RestoreDialog::followJobRequested, this, &ActionController::followJob);
    connect(dialog, &RestoreDialog::restoreStarted, this,
            [this, dialog](RestoreFlow *flow) { adoptRestore(dialog, flow); });
    if (m_restoreHook)
        m_restoreHook(dialog);
    dialog->open();
}

int ActionController::restoresNotYetSent() const
{
    int n = 0;
    for (const QPointer<RestoreFlow> &flow : m_restores)
        n += flow && flow->stage() == RestoreFlow::Stage::CapturingSafety ? 1 : 0;
    return n;
}

void ActionController::adoptRestore(QDialog *dialog, RestoreFlow *flow)
{
    m_restores.removeAll(nullptr);
    m_restores.append(flow);
    const QString site = m_site.id.isEmpty() ? flow->request().siteRef : m_site.id;
    const QString target = flow->request().targetEnvironment;
    const QString where = siteName(m_site) + QStringLiteral(" / ") + target;
    // The flow follows its jobs through the account's follower (the Jobs panel shows them).
    connect(flow, &RestoreFlow::safetySnapshotAccepted, this, [this, site, target](const ::Accepted &a) {
        m_quietJobs.insert(a.job.id);
        Q_EMIT snapshotsChanged(site, target);
    });
    connect(flow, &RestoreFlow::safetySnapshotReady, this, [this, site, target] { Q_EMIT snapshotsChanged(site, target); });
    connect(flow, &RestoreFlow::restoreAccepted, this, &ActionController::jobsPanelRequested);
    // The restore job is followed, so its end is told once, by onJobFinished(). The flow tells
    // only what is not that job's end: a failure before the job existed (safety capture, busy,
    // refused), a refusal on "Try Again" after the job ended, or anything when nothing tracks jobs.
    auto jobTellsIt = [this, flow] {
        const Job &job = flow->restoreJob();
        return m_jobs && !job.id.isEmpty() && (!job.isFinished() || !flow->error().isError());
    };
    connect(flow, &RestoreFlow::succeeded, this, [this, jobTellsIt, where](const Job &job) {
        if (jobTellsIt())
            return;
        const qint64 seconds = job.startedAt.isValid() && job.finishedAt.isValid()
            ? job.startedAt.secsTo(job.finishedAt) : -1;
        m_notifier->finished(tr("Restore finished"), tr("%1 was restored.").arg(where), true, seconds);
    });
    connect(flow, &RestoreFlow::failed, this, [this, jobTellsIt, where](const QString &message) {
        if (!jobTellsIt())
            m_notifier->finished(tr("Restore of %1 failed").arg(where), message, false, -1);
    });
    connect(dialog, &QDialog::finished, this, [this, flow] {
        const RestoreFlow::Stage stage = flow->stage();
        if (stage != RestoreFlow::Stage::CapturingSafety && stage != RestoreFlow::Stage::Restoring)
            return;
        flow->setParent(this);
        connect(flow, &RestoreFlow::stageChanged, flow, [flow](RestoreFlow::Stage s) {
            if (s != RestoreFlow::Stage::CapturingSafety && s != RestoreFlow::Stage::Restoring)
                flow->deleteLater();
        });
    });
}

void ActionController::download()
{
    if (!m_download->isEnabled() || !m_snapshot)
        return;
    QString folder = Settings::lastDownloadFolder();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    auto *dialog = new DownloadDialog(siteName(m_site), *m_snapshot, folder, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString ref = siteRef(m_site);
    const QString snapshotId = m_snapshot->id;
    const QString what = tr("the snapshot of %1 / %2 from %3")
                             .arg(siteName(m_site), m_snapshot->environment,
                                  RestoreSummary::formatTime(m_snapshot->createdAt));
    const Site site = m_site;
    const Snapshot snapshot = *m_snapshot;
    connect(dialog, &QDialog::accepted, this, [this, dialog, ref, snapshotId, what, site, snapshot] {
        Settings::setLastDownloadFolder(dialog->destinationFolder());
        TransferManager::Request request = TransferManager::snapshotRequest(*m_api, ref, snapshotId, dialog->selectors(),
                                                                            dialog->destinationFolder());
        request.fileName = archiveFileName(site, snapshot, dialog->selectors());
        const QString id = m_transfers->add(request);
        transfersPanel();
        m_transfersPanel->select(id);
        Q_EMIT transfersPanelRequested();
        Q_EMIT statusMessage(tr("Downloading %1…").arg(what));
    });
    dialog->open();
}

QString ActionController::archiveFileName(const Site &site, const Snapshot &snapshot, const QStringList &selectors)
{
    QStringList parts{site.slug.isEmpty() ? siteRef(site) : site.slug, snapshot.environment,
                      // local time, as every dialog shows it
                      snapshot.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd-HHmmss"))};
    if (selectors.size() == 1)
        parts << selectors.first(); // "db" or "files": say which half it is
    // Slugs and names come from the platform: the transfer engine makes the result safe and
    // unique in the folder (a second download of the same snapshot gets a number).
    return parts.join(u'-') + QStringLiteral(".tar.gz");
}

void ActionController::onJobFinished(const Job &job)
{
    if (m_told.contains(job.id))
        return;
    m_told.insert(job.id);
    if (job.type == JobType::Capture)
        Q_EMIT snapshotsChanged(job.siteId, job.environment);
    if (m_quietJobs.remove(job.id))
        return;
    if (m_toldElsewhere && m_toldElsewhere(job))
        return;
    const QString where = m_siteNames.value(job.siteId, job.siteId) + QStringLiteral(" / ") + job.environment;
    const bool ok = job.status == JobStatus::Succeeded;
    QString title;
    if (job.type == JobType::Capture)
        title = ok ? tr("Snapshot ready") : tr("Snapshot failed");
    else
        title = ok ? tr("Restore finished") : tr("Restore failed");
    QString message = where;
    if (!ok && job.error)
        message += QStringLiteral(": ") + job.error->message;
    if (!ok) // what support asks for first
        message += u' ' + tr("(job %1)").arg(job.id);
    const qint64 seconds = job.startedAt.isValid() && job.finishedAt.isValid() ? job.startedAt.secsTo(job.finishedAt)
                                                                              : -1;
    m_notifier->finished(title, message, ok, seconds);
}

void ActionController::onTransferFinished(const QString &id)
{
    const TransferInfo t = m_transfers->transfer(id);
    if (t.id.isEmpty() || t.state == TransferInfo::State::Cancelled)
        return;
    const bool ok = t.state == TransferInfo::State::Completed;
    const QString name = TransfersModel::displayName(t);
    const qint64 seconds = t.createdAt.isValid() ? t.createdAt.secsTo(QDateTime::currentDateTimeUtc()) : -1;
    m_notifier->finished(ok ? tr("Download finished") : tr("Download failed"),
                         ok ? name : tr("%1: %2").arg(name, t.error.message), ok, seconds);
}
