#pragma once

#include "api/BackupPolicy.h"
#include "api/Site.h"
#include "api/Snapshot.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class ApiClient;
class BulkSnapshotRunner;
class JobTracker;
class RestoreFlow;
class QDialog;
struct Job;
class TransferManager;
class QAction;
class QWidget;
class JobsPanel;
class TransfersPanel;
class CompletionNotifier;
class RestoreDialog;

// The snapshot actions of the app — take, bulk take, restore, download — as QActions the main
// window puts in its menus, toolbar and context menus, plus the Jobs and Transfers panels that
// follow what those actions started.
//
// Wiring (MainWindow):
//   auto *actions = new ActionController(api, jobTracker, transferManager, this, this);
//   toolbar->addAction(actions->takeSnapshotAction()); …
//   // whenever the selection changes:
//   actions->setContext(site, environmentName, selectedSnapshot, selectedEnvironments);
//   connect(actions, &ActionController::snapshotsChanged, timeline, &…::reload);
//   connect(actions, &ActionController::reauthenticationRequested, this, &…::askForKey);
//   dock->setWidget(actions->jobsPanel()); dock2->setWidget(actions->transfersPanel());
//
// Jobs and downloads outlive the window: the controller resumes the downloads the transfer
// engine restored (they come back paused) and shows whatever the JobTracker follows — so the
// owner should give the tracker its persistence (setPersistence) and call resume() at start-up.
//
// The dialogs and flows start jobs with JobStart (one Idempotency-Key per user action, kept on
// retries, so a retried "Take snapshot" never takes two snapshots) and follow them through the
// account's JobTracker, the one that polls; the controller only tells their ends.
class ActionController : public QObject
{
    Q_OBJECT
public:
    ActionController(ApiClient *api, JobTracker *jobs, TransferManager *transfers, QWidget *window,
                     QObject *parent = nullptr);
    ~ActionController() override;

    // Ctrl+Shift+S, Ctrl+Shift+B, Ctrl+Shift+R, Ctrl+Shift+D. Enabled from the context.
    QAction *takeSnapshotAction() const;
    QAction *bulkSnapshotAction() const;
    QAction *restoreAction() const;
    QAction *downloadAction() const;

    // What the user has selected. environment: a name of site's environments, or empty.
    // selectedSnapshot: the snapshot selected in the timeline, if any. selectedEnvironments: the
    // environments checked/selected in the fleet tree (bulk snapshot).
    void setContext(const Site &site, const QString &environment,
                    const std::optional<Snapshot> &selectedSnapshot,
                    const QList<QPair<Site, QString>> &selectedEnvironments);
    // Names for jobs that carry only a site id (followed again from the last run).
    void knowSites(const QList<Site> &sites);
    // The whole fleet and its policies, for choosing a bulk snapshot's environments by filter.
    void knowFleet(const QList<Site> &sites, const QList<BackupPolicy> &policies);
    // Bulk runs are kept on disk under this account, so they can be continued after a restart.
    void setBulkRunOwner(const QString &accountId);

    // The archive's file name for a download: site, environment, when and what, so a person
    // recognises it in their Downloads folder (the platform's suggestion is built on the id).
    static QString archiveFileName(const Site &site, const Snapshot &snapshot, const QStringList &selectors);

    // Called with each new restore dialog before it is shown (the explorer offers a comparison).
    void setRestoreDialogHook(const std::function<void(RestoreDialog *)> &hook) { m_restoreHook = hook; }

    // Restores still waiting for their safety snapshot: the restore itself has not been sent,
    // so closing the app now would drop it (the safety snapshot is taken all the same).
    int restoresNotYetSent() const;

    // Created on first call, owned by the controller's window (embed them in docks or tabs).
    QWidget *jobsPanel();
    QWidget *transfersPanel();
    // Tells the user about long work that ended while the window was inactive. The GUI may give
    // it the app's tray icon (setTrayIcon).
    CompletionNotifier *notifier() const;
    // Job ends that another part tells the user about (the desktop notifications, issue 17):
    // the controller leaves them out of its own balloon so nothing is told twice.
    void setJobEndsToldElsewhere(const std::function<bool(const Job &)> &toldElsewhere);

public Q_SLOTS:
    void takeSnapshot();
    void bulkSnapshot();
    void restore();
    void download();

Q_SIGNALS:
    // Something about siteId/environment's snapshots changed (new pending snapshot, a capture
    // finished or failed, a restore's safety snapshot): the timeline should reload.
    void snapshotsChanged(const QString &siteId, const QString &environment);
    // A call was answered 401: the key must be entered again. The GUI hooks its key prompt here.
    void reauthenticationRequested();
    // A one-line message for the status bar.
    void statusMessage(const QString &text);
    // The user asked to see a job (e.g. "Follow Running Job") / a download just started: the
    // window should show the panel if it is hidden.
    void jobsPanelRequested();
    void transfersPanelRequested();

private:
    void updateActions();
    void rememberSite(const Site &site);
    void followJob(const QString &jobId);
    void adoptBulk(QDialog *dialog, BulkSnapshotRunner *runner);
    void adoptRestore(QDialog *dialog, RestoreFlow *flow);
    void onJobFinished(const Job &job);
    void onTransferFinished(const QString &id);

    ApiClient *m_api;
    JobTracker *m_jobs;
    TransferManager *m_transfers;
    QPointer<QWidget> m_window;

    QAction *m_take;
    QAction *m_bulk;
    QAction *m_restore;
    QAction *m_download;

    Site m_site;
    QString m_environment;
    std::optional<Snapshot> m_snapshot;
    QList<QPair<Site, QString>> m_selected;
    QList<Site> m_fleetSites;
    QList<BackupPolicy> m_fleetPolicies;
    QString m_bulkRunOwner;
    QHash<QString, QString> m_siteNames; // site id → name, for jobs that carry only ids
    // Jobs whose end is told as part of something bigger (a bulk run's summary, a restore's
    // result): twenty balloons for one bulk snapshot would bury the one that matters.
    QSet<QString> m_quietJobs;
    QSet<QString> m_told; // ends already told (the follower repeats an end for late subscribers)
    QList<QPointer<RestoreFlow>> m_restores;

    JobsPanel *m_jobsPanel = nullptr;
    TransfersPanel *m_transfersPanel = nullptr;
    CompletionNotifier *m_notifier = nullptr;
    std::function<void(RestoreDialog *)> m_restoreHook;
    std::function<bool(const Job &)> m_toldElsewhere;
};
