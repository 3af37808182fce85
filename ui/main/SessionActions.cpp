#include "SessionActions.h"

#include <QDir>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>

#include "actions/ActionController.h"
#include "api/ApiClient.h"
#include "explorer/ExplorerActions.h"
#include "jobs/JobTracker.h"
#include "transfer/TransferManager.h"
#include "util/Settings.h"

namespace {

// The follower's own key in the account's group (AccountStore leaves it alone when it saves).
QString transfersDirectory(const QString &accountId)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/transfers/") + accountId;
}

} // namespace

struct SessionActions::Parts
{
    ActionController *controller = nullptr;
    JobTracker *jobs = nullptr;       // the account's follower; the ApiClient owns it
    TransferManager *transfers = nullptr;
    QSettings *jobSettings = nullptr; // where the tracker keeps in-flight job ids across runs
    QDockWidget *jobsDock = nullptr;
    QDockWidget *transfersDock = nullptr;
    QList<QAction *> actions;
    ExplorerActions *explorer = nullptr;
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
    delete d->explorer;       // closes its windows: they use this session's client
    delete d->controller;     // its actions go with it, out of menus and toolbar
    delete d->transfers;
    if (d->jobs) { // it lives as long as its client; without settings it remembers nothing more
        d->jobs->disconnect(this);
        d->jobs->setPersistence(nullptr, QString());
    }
    delete d->jobSettings;
    delete d;
    d = nullptr;
    if (m_snapshotMenu)
        m_snapshotMenu->setEnabled(false);
    Q_EMIT actionsChanged();
}

QDockWidget *SessionActions::dock(const QString &objectName, const QString &title, const std::function<QWidget *()> &makePanel)
{
    auto *dock = new QDockWidget(title, m_window);
    dock->setObjectName(objectName);
    dock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea | Qt::LeftDockWidgetArea);
    const auto ensurePanel = [dock, makePanel] {
        if (!dock->widget())
            dock->setWidget(makePanel());
    };
    // Checking the View menu's entry toggles it before the dock is shown; any other way of
    // showing the dock checks it right after.
    connect(dock->toggleViewAction(), &QAction::toggled, dock, [ensurePanel](bool on) {
        if (on)
            ensurePanel();
    });
    // A dock made after QMainWindow::restoreState() gets its saved place and visibility here.
    if (!m_window->restoreDockWidget(dock)) {
        m_window->addDockWidget(Qt::BottomDockWidgetArea, dock);
        dock->hide();
    }
    if (!dock->isHidden())
        ensurePanel();
    m_viewMenu->addAction(dock->toggleViewAction());
    return dock;
}

void SessionActions::setSession(ApiClient *api, const Account &account)
{
    teardown();
    if (!api)
        return;
    d = new Parts;
    d->jobs = JobTracker::of(api);
    d->jobSettings = new QSettings;
    d->jobs->setPersistence(d->jobSettings, Settings::followedJobsGroup(account.id));
    const bool jobsInFlight = !d->jobs->storedIds().isEmpty(); // started here, not ended when last closed
    d->jobs->resume(); // jobs still running when the app was last closed are followed again
    connect(d->jobs, &JobTracker::jobUpdated, this, &SessionActions::jobChanged);
    TransferManager::Options options;
    options.stateDirectory = transfersDirectory(account.id);
    d->transfers = new TransferManager(RequestFactory::forApi(api), options, this);
    const bool transfersLeft = d->transfers->restore() > 0;
    d->controller = new ActionController(api, d->jobs, d->transfers, m_window, this);
    d->controller->setBulkRunOwner(account.id);
    connect(d->controller, &ActionController::snapshotsChanged, this, &SessionActions::snapshotsChanged);
    connect(d->controller, &ActionController::reauthenticationRequested, this, &SessionActions::reauthenticationRequested);
    d->actions = {d->controller->takeSnapshotAction(), d->controller->bulkSnapshotAction(),
                  d->controller->restoreAction(), d->controller->downloadAction()};
    m_snapshotMenu->addActions(d->actions);
    m_toolBar->addActions(d->actions);
    d->explorer = new ExplorerActions(api, d->transfers, account.id, m_window, this);
    d->controller->setRestoreDialogHook([explorer = d->explorer](RestoreDialog *dialog) { explorer->offerComparison(dialog); });
    m_snapshotMenu->addSeparator();
    m_snapshotMenu->addActions({d->explorer->exploreAction(), d->explorer->compareAction()});
    m_toolBar->addAction(d->explorer->exploreAction());
    d->actions << d->explorer->exploreAction() << d->explorer->compareAction();
    ActionController *controller = d->controller;
    d->jobsDock = dock(QStringLiteral("jobsDock"), tr("Jobs"), [controller] { return controller->jobsPanel(); });
    d->transfersDock = dock(QStringLiteral("transfersDock"), tr("Transfers"), [controller] { return controller->transfersPanel(); });
    // "Follow Running Job" and a started download bring their panel into view (issue #6).
    auto showDock = [](QDockWidget *dock, QWidget *panel) {
        if (!dock->widget())
            dock->setWidget(panel);
        dock->show();
        dock->raise();
    };
    connect(d->controller, &ActionController::jobsPanelRequested, d->jobsDock,
            [dock = d->jobsDock, controller, showDock] { showDock(dock, controller->jobsPanel()); });
    connect(d->controller, &ActionController::transfersPanelRequested, d->transfersDock,
            [dock = d->transfersDock, controller, showDock] { showDock(dock, controller->transfersPanel()); });
    // What was left running when the app was closed comes back into view (issue #6).
    if (jobsInFlight)
        showDock(d->jobsDock, controller->jobsPanel());
    if (transfersLeft)
        showDock(d->transfersDock, controller->transfersPanel());
    connect(d->controller, &ActionController::statusMessage, m_window,
            [window = m_window](const QString &text) { window->statusBar()->showMessage(text, 8000); });
    m_snapshotMenu->setEnabled(true);
    Q_EMIT actionsChanged();
}

ActionController *SessionActions::controller() const
{
    return d ? d->controller : nullptr;
}

ExplorerActions *SessionActions::explorer() const
{
    return d ? d->explorer : nullptr;
}

void SessionActions::forgetAccount(const QString &accountId)
{
    Settings::forgetFollowedJobs(accountId);
    QDir(transfersDirectory(accountId)).removeRecursively();
}

int SessionActions::restoresNotYetSent() const
{
    return d && d->controller ? d->controller->restoresNotYetSent() : 0;
}

QList<QAction *> SessionActions::actions() const
{
    return d ? d->actions : QList<QAction *>();
}
