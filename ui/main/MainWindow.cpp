#include "MainWindow.h"

#include "AboutDialog.h"
#include "InfoBanner.h"
#include "LanguageMenu.h"
#include "SessionActions.h"
#include "actions/ActionController.h"
#include "explorer/ExplorerActions.h"
#include "timeline/SnapshotTableModel.h"
#include "account/AccountSession.h"
#include "account/AccountSwitcher.h"
#include "account/SignInDialog.h"
#include "api/ApiClient.h"
#include "auth/AccountStore.h"
#include "auth/CredentialStore.h"
#include "common/Dialogs.h"
#include "util/ErrorDetails.h"
#include "environment/EnvironmentView.h"
#include "fleet/FleetLoader.h"
#include "fleet/FleetModel.h"
#include "fleet/FleetView.h"
#include "notify/NotificationsController.h"
#include "report/ReportDialog.h"
#include "style/Icons.h"
#include "style/TimeText.h"
#include "timeline/TimelineWidget.h"
#include "util/Clock.h"
#include "util/Settings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

static constexpr int OfflineRetryMs = 30 * 1000;

// The loader, already reading the current account's cached fleet on a worker thread: the read
// then overlaps with building the widgets, and start() finds it done (docs/bench-ui.md).
static FleetLoader *newPrefetchingLoader(FleetModel *model, const QString &cacheDirectory, const Clock *clock,
                                         const AccountStore *accounts, QObject *parent)
{
    auto *loader = new FleetLoader(FleetCache(cacheDirectory), clock, parent);
    model->follow(loader);
    loader->prefetchCache(accounts->currentAccount().id);
    return loader;
}

MainWindow::MainWindow(AccountStore *accounts, CredentialStore *credentials, const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_clock(options.clock ? options.clock : Clock::system())
    , m_accounts(accounts)
    , m_credentials(credentials)
    , m_session(new AccountSession(accounts, credentials, this))
    , m_fleetModel(new FleetModel(m_clock, this))
    , m_loader(newPrefetchingLoader(m_fleetModel, options.cacheDirectory, m_clock, accounts, this))
    , m_fleetView(new FleetView(m_fleetModel, this))
    , m_environmentView(new EnvironmentView(m_clock, this))
    , m_banner(new InfoBanner(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_switcher(new AccountSwitcher(accounts, this))
    , m_ticker(new QTimer(this))
    , m_retryTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Managed Desktop"));
    setWindowIcon(Icons::appIcon());
    m_banner->setObjectName(QStringLiteral("banner"));

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_fleetView);
    m_splitter->addWidget(m_environmentView);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({460, 840});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    buildMenus();
    buildStatusBar();
    m_sessionActions = new SessionActions(this, m_snapshotMenu, m_toolBar, m_viewMenu);

    connect(m_session, &AccountSession::started, this, &MainWindow::onSessionStarted);
    connect(m_session, &AccountSession::ended, this, &MainWindow::onSessionEnded);
    connect(m_session, &AccountSession::signInNeeded, this, &MainWindow::openSignIn);
    connect(m_session, &AccountSession::signedOut, this, [this](const QString &accountId) {
        m_loader->forgetAccount(accountId);
        SessionActions::forgetAccount(accountId);
    });
    connect(m_session, &AccountSession::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_switcher, &AccountSwitcher::switchRequested, this, &MainWindow::switchAccount);
    connect(m_switcher, &AccountSwitcher::addAccountRequested, this, [this] { openSignIn(); });

    connect(m_fleetView, &FleetView::currentChanged, this, &MainWindow::onFleetCurrentChanged);
    connect(m_fleetView, &FleetView::selectionChanged, this, &MainWindow::updateContext);
    connect(m_environmentView, &EnvironmentView::selectedSnapshotChanged, this, &MainWindow::updateContext);
    connect(m_environmentView, &EnvironmentView::policyLoaded, m_fleetModel, &FleetModel::setPolicy);
    connect(m_environmentView, &EnvironmentView::statusMessage, this, [this](const QString &t) { statusBar()->showMessage(t, 8000); });
    connect(m_sessionActions, &SessionActions::snapshotsChanged, this, [this](const QString &siteId, const QString &env) {
        if (siteId == m_environmentView->siteId() && (env.isEmpty() || env == m_environmentView->environment()))
            m_environmentView->reload();
        m_loader->refreshSite(siteId);
        m_loader->refreshJobs();
    });
    connect(m_sessionActions, &SessionActions::jobChanged, this, [this](const Job &job) {
        m_fleetModel->setJobRunning(job.siteId, job.environment, !job.isFinished());
    });
    connect(m_sessionActions, &SessionActions::actionsChanged, this, [this] {
        QList<QAction *> actions = m_sessionActions->actions();
        actions << m_refreshAction;
        m_fleetView->setContextActions(actions);
        // Right-clicking a snapshot in the environment view offers the snapshot actions too (issue #6).
        m_environmentView->setSnapshotActions(m_sessionActions->actions());
        updateContext();
    });
    m_fleetView->setContextActions({m_refreshAction});
    connect(m_sessionActions, &SessionActions::reauthenticationRequested, this, [this] {
        openSignIn(m_session->account(), tr("The platform no longer accepts this key. Enter a new one to continue."));
    });

    connect(m_loader, &FleetLoader::refreshStarted, this, &MainWindow::updateStatus);
    connect(m_loader, &FleetLoader::lastUpdatedChanged, this, &MainWindow::updateStatus);
    connect(m_loader, &FleetLoader::firstPageShown, this, [this] {
        // A small fleet reads best with its environments in view; a big one stays folded.
        if (m_fleetModel->siteCount() <= 30)
            m_fleetView->tree()->expandAll();
    });
    connect(m_loader, &FleetLoader::refreshFinished, this, [this] {
        if (m_fleetModel->siteCount() <= 30)
            m_fleetView->tree()->expandAll();
        setOffline(false);
        updateStatus();
        if (ActionController *actions = m_sessionActions->controller())
            actions->knowSites(m_fleetModel->sites());
        if (ActionController *actions = m_sessionActions->controller())
            actions->knowFleet(m_loader->sites(), m_loader->policies());
        // The selected site may have changed (a new environment, a new last snapshot).
        onFleetCurrentChanged();
    });
    connect(m_loader, &FleetLoader::refreshFailed, this, &MainWindow::onRefreshFailed);

    // Ages and "updated N minutes ago" move with time; a minute is their resolution.
    m_ticker->setInterval(60 * 1000);
    connect(m_ticker, &QTimer::timeout, this, &MainWindow::tick);
    m_ticker->start();
    m_retryTimer->setSingleShot(true);
    m_retryTimer->setInterval(OfflineRetryMs);
    connect(m_retryTimer, &QTimer::timeout, this, &MainWindow::refresh);
    connect(m_banner, &InfoBanner::actionTriggered, this, [this] {
        if (m_session->isActive())
            refresh();
        else
            openSignIn();
    });

    // Notifications and the tray (issue 17): after the connections above, so it hears of a
    // session once the window has set it up.
    m_notifications = new NotificationsController(this, m_viewMenu, m_clock);

    restoreSettings();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // Before the menus and toolbar it adds to go away with the other children.
    m_sessionActions->disconnect(this);
    delete m_sessionActions;
    m_sessionActions = nullptr;
}

void MainWindow::buildMenus()
{
    m_refreshAction = new QAction(Icons::get(QStringLiteral("refresh")), tr("&Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Reload the fleet from the platform (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_findAction = new QAction(Icons::get(QStringLiteral("search")), tr("&Find…"), this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, m_fleetView, &FleetView::focusSearch);

    m_addAccountAction = new QAction(Icons::get(QStringLiteral("account-add")), tr("&Add account…"), this);
    m_addAccountAction->setObjectName(QStringLiteral("addAccountAction"));
    connect(m_addAccountAction, &QAction::triggered, this, [this] { openSignIn(); });

    m_signOutAction = new QAction(Icons::get(QStringLiteral("sign-out")), tr("Sign &out"), this);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    connect(m_signOutAction, &QAction::triggered, this, [this] {
        const Account a = m_session->account();
        Dialogs::ask(this, QMessageBox::Question, tr("Sign out"),
                     withRestoresDroppedWarning(tr("Sign out of %1? Its key is removed from the keychain; you will "
                                                   "need it to sign in again.").arg(a.displayName)),
                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No, [this, a](Dialogs::Button answer) {
                         if (answer == QMessageBox::Yes && m_session->account().id == a.id)
                             m_session->signOut();
                     });
    });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_addAccountAction);
    file->addAction(m_signOutAction);
    file->addSeparator();
    // A client report of the signed-in account's fleet (issue 17); without a session the dialog says so.
    file->addAction(tr("&Export Report…"), this, [this] {
        auto *dialog = new ReportDialog(m_session->api(), m_loader->sites(), m_clock, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    })->setObjectName(QStringLiteral("exportReportAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(QStringLiteral("quitAction")); // in tray mode, NotificationsController quits
    quit->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(m_refreshAction);
    m_viewMenu->addAction(m_findAction);
    m_viewMenu->addMenu(new LanguageMenu(this));
    m_viewMenu->addSeparator();

    m_snapshotMenu = menuBar()->addMenu(tr("&Snapshot"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Managed Desktop"), this, [this] {
        auto *about = new AboutDialog(this);
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->open();
    });

    m_toolBar = addToolBar(tr("Main"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setMovable(false);
    m_toolBar->addWidget(m_switcher);
    m_toolBar->addAction(m_refreshAction);
    m_toolBar->addSeparator();
}

void MainWindow::buildStatusBar()
{
    m_accountLabel = new QLabel(this);
    m_accountLabel->setObjectName(QStringLiteral("accountStatus"));
    m_accountLabel->setTextFormat(Qt::PlainText); // account and plan names come from the server
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionStatus"));
    m_refreshLabel = new QLabel(this);
    m_refreshLabel->setObjectName(QStringLiteral("refreshStatus"));
    statusBar()->addPermanentWidget(m_accountLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_refreshLabel);
}

void MainWindow::start()
{
    // The last fleet seen goes on screen before anything else: reading the key from the
    // keychain and reaching the platform both take time (or fail, offline).
    const Account current = m_accounts->currentAccount();
    if (current.isValid()) {
        m_loader->setSession(nullptr, current.id);
        if (m_loader->loadCache())
            m_switcher->setCurrentAccount(current.id);
    }
    m_session->start();
}

void MainWindow::connectTo(const QUrl &apiUrl, const QString &key)
{
    m_session->connectDirect(apiUrl, key);
}

void MainWindow::openSignIn(const Account &account, const QString &reason)
{
    if (m_signInDialog) {
        m_signInDialog->raise();
        m_signInDialog->activateWindow();
        return;
    }
    auto *dialog = new SignInDialog(m_accounts, m_credentials, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (account.isValid())
        dialog->setAccount(account);
    if (!reason.isEmpty())
        dialog->setMessage(reason);
    connect(dialog, &SignInDialog::signedIn, m_session, &AccountSession::activate);
    m_signInDialog = dialog;
    dialog->open();
    if (!m_session->isActive())
        m_banner->showMessage(QStringLiteral("account"), tr("Not signed in. Sign in with an API key to see your sites."), tr("Sign in…"));
}

void MainWindow::onSessionStarted(const Account &account, ApiClient *api)
{
    m_switcher->setCurrentAccount(account.id);
    m_environmentView->setApi(api);
    m_sessionActions->setSession(api, account);
    m_loader->setSession(api, account.id);
    connect(api, &ApiClient::reachabilityChanged, this, [this](bool reachable) {
        if (!reachable)
            setOffline(true);
    });
    m_banner->hide();
    m_offline = false;
    statusBar()->clearMessage();
    if (!m_loader->showingCache() && m_loader->loadCache())
        statusBar()->showMessage(tr("Showing the fleet saved %1; refreshing…").arg(TimeText::relative(m_loader->lastUpdated(), m_clock)), 5000);
    // Jobs followed again from the last run carry only site ids: the fleet names them.
    if (ActionController *actions = m_sessionActions->controller())
        actions->knowSites(m_fleetModel->sites());
    m_loader->refresh();
    updateStatus();
}

void MainWindow::onSessionEnded()
{
    m_switcher->setCurrentAccount({});
    m_environmentView->setApi(nullptr);
    m_sessionActions->setSession(nullptr, {});
    m_loader->setSession(nullptr, {});
    m_retryTimer->stop();
    m_offline = false;
    updateStatus();
}

void MainWindow::refresh()
{
    m_retryTimer->stop();
    if (!m_session->isActive())
        return;
    m_loader->refresh();
    m_environmentView->reload();
}

void MainWindow::onRefreshFailed(const ApiError &error)
{
    const bool network = error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout;
    if (network) {
        setOffline(true);
        return;
    }
    if (!error.isUnauthorized())
        m_banner->showMessage(QStringLiteral("warning"), tr("The fleet could not be refreshed: %1").arg(ErrorDetails::oneLine(error)), tr("Retry"));
    updateStatus();
}

void MainWindow::setOffline(bool offline)
{
    if (offline == m_offline && !offline)
        return;
    m_offline = offline;
    if (offline) {
        const QString when = m_loader->lastUpdated().isValid()
            ? tr("Showing the fleet as it was %1.").arg(TimeText::relative(m_loader->lastUpdated(), m_clock))
            : tr("Nothing could be loaded yet.");
        m_banner->showMessage(QStringLiteral("offline"), tr("Offline: the platform cannot be reached. %1 Retrying every 30 seconds.").arg(when),
                              tr("Retry now"));
        m_retryTimer->start();
    } else {
        m_banner->hide();
    }
    updateStatus();
}

void MainWindow::updateStatus()
{
    const Account a = m_session->account();
    const bool active = m_session->isActive();
    m_accountLabel->setText(active ? tr("%1 · %2").arg(a.displayName, a.plan) : tr("Not signed in"));
    m_accountLabel->setToolTip(active ? tr("%1 <%2>, %3").arg(a.accountName, a.email, a.organizationName) : QString());
    if (!active)
        m_connectionLabel->setText(QString());
    else if (m_offline)
        m_connectionLabel->setText(tr("Offline"));
    else if (m_loader->isRefreshing())
        m_connectionLabel->setText(tr("Refreshing…"));
    else
        m_connectionLabel->setText(tr("Connected to %1").arg(a.apiUrl.host()));
    const QDateTime last = m_loader->lastUpdated();
    m_refreshLabel->setText(last.isValid() ? tr("Updated %1").arg(TimeText::relative(last, m_clock)) : QString());
    m_refreshLabel->setToolTip(last.isValid() ? TimeText::absolute(last) : QString());
    m_signOutAction->setEnabled(active);
    m_refreshAction->setEnabled(active);
}

void MainWindow::tick()
{
    m_fleetModel->refreshAges();
    m_environmentView->refreshTimes();
    // A window left open is glanced at to see which backups are fresh: it must not go stale.
    // Offline, the retry timer is in charge instead.
    const QDateTime last = m_loader->lastUpdated();
    // Hidden in the tray, the tray's own interval is in charge (NotificationsController::tick).
    if (isVisible() && m_session->isActive() && !m_offline && !m_loader->isRefreshing() && last.isValid()
        && last.secsTo(m_clock->now()) >= AutoRefreshSeconds)
        refresh();
    updateStatus();
}

void MainWindow::onFleetCurrentChanged()
{
    const std::optional<Site> site = m_fleetView->currentSite();
    const QString env = m_fleetView->currentEnvironment();
    if (!site) {
        m_environmentView->clear();
    } else if (site->id != m_environmentView->siteId() || env != m_environmentView->environment()) {
        m_environmentView->showEnvironment(*site, env);
    }
    updateContext();
}

void MainWindow::updateContext()
{
    const std::optional<Site> site = m_fleetView->currentSite();
    if (ActionController *actions = m_sessionActions->controller())
        actions->setContext(site.value_or(Site()), m_fleetView->currentEnvironment(),
                            m_environmentView->selectedSnapshot(), m_fleetView->selectedEnvironments());
    if (ExplorerActions *explorer = m_sessionActions->explorer())
        explorer->setContext(site.value_or(Site()), m_environmentView->environment(), m_environmentView->model()->snapshots(),
                             m_environmentView->selectedSnapshot());
}

void MainWindow::saveSettings() const
{
    Settings::setWindowState(QStringLiteral("geometry"), saveGeometry());
    Settings::setWindowState(QStringLiteral("state"), saveState());
    Settings::setWindowState(QStringLiteral("splitter"), m_splitter->saveState());
    Settings::setWindowState(QStringLiteral("fleetHeader"), m_fleetView->saveHeaderState());
    Settings::setWindowState(QStringLiteral("environmentSplitter"), m_environmentView->saveState());
}

void MainWindow::restoreSettings()
{
    if (!restoreGeometry(Settings::windowState(QStringLiteral("geometry"))))
        resize(1300, 820);
    restoreState(Settings::windowState(QStringLiteral("state")));
    m_splitter->restoreState(Settings::windowState(QStringLiteral("splitter")));
    m_fleetView->restoreHeaderState(Settings::windowState(QStringLiteral("fleetHeader")));
    m_environmentView->restoreState(Settings::windowState(QStringLiteral("environmentSplitter")));
}

QString MainWindow::withRestoresDroppedWarning(const QString &question) const
{
    // Such a restore lives in this session's ActionController: closing, signing out or switching
    // ends it before it is sent, while its safety snapshot is still taken.
    const int waiting = m_sessionActions->restoresNotYetSent();
    if (waiting == 0)
        return question;
    return tr("%n restore(s) wait for a safety snapshot and have not been sent yet: the safety snapshots are "
              "still taken, but the restores would not be sent.", nullptr, waiting)
           + QStringLiteral("\n\n") + question;
}

void MainWindow::switchAccount(const QString &accountId)
{
    if (m_sessionActions->restoresNotYetSent() == 0) {
        m_session->switchTo(accountId);
        return;
    }
    const QString current = m_session->account().id;
    Dialogs::ask(this, QMessageBox::Question, tr("Switch account"),
                 withRestoresDroppedWarning(tr("Switch to another account?")), QMessageBox::Yes | QMessageBox::No, QMessageBox::No,
                 [this, accountId, current](Dialogs::Button answer) {
                     if (answer == QMessageBox::Yes && m_session->account().id == current)
                         m_session->switchTo(accountId);
                     else
                         m_switcher->setCurrentAccount(m_session->account().id);
                 });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Jobs and downloads are followed again at the next start; a restore that waits for its
    // safety snapshot has not been sent yet, so closing would silently drop it.
    if (m_sessionActions->restoresNotYetSent() > 0) {
        const auto answer = Dialogs::question(this, tr("Close Managed Desktop?"), withRestoresDroppedWarning(tr("Close anyway?")),
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    saveSettings();
    event->accept();
}
