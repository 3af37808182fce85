#include "SessionActions.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>

// Integration point with issue #6: ui/CMakeLists.txt defines MF_HAVE_ACTIONS once the action
// controller's implementation and the job tracker are in the tree. Without them the window still
// works (browse, timelines), just without the snapshot actions and their panels.
#ifdef MF_HAVE_ACTIONS
#include "actions/ActionController.h"
#include "api/ApiClient.h"
#include "jobs/JobTracker.h"
#include "transfer/TransferManager.h"
#endif

struct SessionActions::Parts
{
#ifdef MF_HAVE_ACTIONS
    ActionController *controller = nullptr;
    JobTracker *jobs = nullptr;
    TransferManager *transfers = nullptr;
    QSettings *jobSettings = nullptr; // where the tracker keeps in-flight job ids across runs
#endif
    QDockWidget *jobsDock = nullptr;
    QDockWidget *transfersDock = nullptr;
    QList<QAction *> actions;
};

SessionActions::SessionActions(QMainWindow *window, QMenu *snapshotMenu, QToolBar *toolBar, QMenu *viewMenu)
    : QObject(window)
    , m_window(window)
    , m_snapshotMenu(snapshotMenu)
    , m_toolBar(toolBar)
    , m_viewMenu(viewMenu)
{
    m_snapshotMenu->setEnabled(false);
}

SessionActions::~SessionActions()
{
    teardown();
}

void SessionActions::teardown()
{
    if (!d)
        return;
    delete d->jobsDock;       // also removes its toggle action from the View menu
    delete d->transfersDock;
#ifdef MF_HAVE_ACTIONS
    delete d->controller;     // its actions go with it, out of menus and toolbar
    delete d->transfers;
    delete d->jobs;
    delete d->jobSettings;
#endif
    delete d;
    d = nullptr;
    if (m_snapshotMenu)
        m_snapshotMenu->setEnabled(false);
    Q_EMIT actionsChanged();
}

QDockWidget *SessionActions::dock(const QString &objectName, const QString &title, QWidget *panel)
{
    auto *dock = new QDockWidget(title, m_window);
    dock->setObjectName(objectName);
    dock->setWidget(panel);
    dock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea | Qt::LeftDockWidgetArea);
    // A dock made after QMainWindow::restoreState() gets its saved place and visibility here.
    if (!m_window->restoreDockWidget(dock)) {
        m_window->addDockWidget(Qt::BottomDockWidgetArea, dock);
        dock->hide();
    }
    m_viewMenu->addAction(dock->toggleViewAction());
    return dock;
}

void SessionActions::setSession(ApiClient *api, const Account &account)
{
    teardown();
    if (!api)
        return;
    d = new Parts;
#ifdef MF_HAVE_ACTIONS
    d->jobs = new JobTracker(api, this);
    d->jobSettings = new QSettings;
    d->jobs->setPersistence(d->jobSettings, QStringLiteral("accounts/%1/jobs").arg(account.id));
    d->jobs->resume(); // jobs still running when the app was last closed are followed again
    connect(d->jobs, &JobTracker::jobUpdated, this, &SessionActions::jobChanged);
    connect(d->jobs, &JobTracker::jobFinished, this, &SessionActions::jobChanged);
    TransferManager::Options options;
    options.stateDirectory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                             + QStringLiteral("/transfers/") + account.id;
    d->transfers = new TransferManager(RequestFactory::forApi(api), options, this);
    d->transfers->restore();
    d->controller = new ActionController(api, d->jobs, d->transfers, m_window, this);
    connect(d->controller, &ActionController::snapshotsChanged, this, &SessionActions::snapshotsChanged);
    connect(d->controller, &ActionController::reauthenticationRequested, this, &SessionActions::reauthenticationRequested);
    d->actions = {d->controller->takeSnapshotAction(), d->controller->bulkSnapshotAction(),
                  d->controller->restoreAction(), d->controller->downloadAction()};
    m_snapshotMenu->addActions(d->actions);
    m_toolBar->addActions(d->actions);
    d->jobsDock = dock(QStringLiteral("jobsDock"), tr("Jobs"), d->controller->jobsPanel());
    d->transfersDock = dock(QStringLiteral("transfersDock"), tr("Transfers"), d->controller->transfersPanel());
    // "Follow Running Job" and a started download bring their panel into view (issue #6).
    auto showDock = [](QDockWidget *dock) {
        dock->show();
        dock->raise();
    };
    connect(d->controller, &ActionController::jobsPanelRequested, d->jobsDock, [dock = d->jobsDock, showDock] { showDock(dock); });
    connect(d->controller, &ActionController::transfersPanelRequested, d->transfersDock,
            [dock = d->transfersDock, showDock] { showDock(dock); });
    connect(d->controller, &ActionController::statusMessage, m_window,
            [window = m_window](const QString &text) { window->statusBar()->showMessage(text, 8000); });
    m_snapshotMenu->setEnabled(true);
#else
    Q_UNUSED(account)
#endif
    Q_EMIT actionsChanged();
}

void SessionActions::setContext(const Site &site, const QString &environment, const std::optional<Snapshot> &snapshot,
                                const QList<QPair<Site, QString>> &selectedEnvironments)
{
#ifdef MF_HAVE_ACTIONS
    if (d && d->controller)
        d->controller->setContext(site, environment, snapshot, selectedEnvironments);
#else
    Q_UNUSED(site) Q_UNUSED(environment) Q_UNUSED(snapshot) Q_UNUSED(selectedEnvironments)
#endif
}

QList<QAction *> SessionActions::actions() const
{
    return d ? d->actions : QList<QAction *>();
}
