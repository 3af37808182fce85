#include "NotificationsController.h"

#include "NotificationSettingsDialog.h"
#include "TrayMode.h"
#include "TrayNotifier.h"

#include "account/AccountSession.h"
#include "actions/ActionController.h"
#include "auth/Account.h"
#include "common/CompletionNotifier.h"
#include "fleet/FleetHealth.h"
#include "fleet/FleetLoader.h"
#include "fleet/FleetView.h"
#include "jobs/JobTracker.h"
#include "main/MainWindow.h"
#include "main/SessionActions.h"
#include "notify/AutostartEntry.h"
#include "notify/DBusNotifier.h"
#include "notify/FallbackNotifier.h"
#include "notify/NotificationCenter.h"
#include "util/Clock.h"
#include "util/LogCategories.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>

NotificationsController::NotificationsController(MainWindow *window, QMenu *menu, const Clock *clock)
    : QObject(window)
    , m_window(window)
    , m_clock(clock ? clock : Clock::system())
    , m_dbus(new DBusNotifier(QDBusConnection::sessionBus(), this))
    , m_tray(new TrayMode(window, QSystemTrayIcon::isSystemTrayAvailable(), this))
    , m_trayNotifier(new TrayNotifier(m_tray->icon(), this))
    , m_chain(new FallbackNotifier(m_dbus, m_trayNotifier, this))
    , m_policyDelay(new QTimer(this))
    , m_ticker(new QTimer(this))
{
    m_trayNotifier->setTrayAvailable(m_tray->isTrayAvailable());
    m_tray->apply(Settings::traySettings());

    QAction *settings = menu->addAction(tr("&Notifications…"), this, &NotificationsController::openSettings);
    settings->setObjectName(QStringLiteral("notificationSettingsAction"));
    // File ▸ Quit must quit even in tray mode, where closing the window only hides it.
    if (auto *quit = window->findChild<QAction *>(QStringLiteral("quitAction"))) {
        quit->disconnect(qApp);
        connect(quit, &QAction::triggered, m_tray, &TrayMode::quit);
    }
    connect(m_tray, &TrayMode::refreshRequested, window, &MainWindow::refresh);
    connect(m_tray, &TrayMode::hiddenToTray, this, [this] {
        if (m_toldHidden) // once a run is enough to learn where the app went
            return;
        m_toldHidden = true;
        m_tray->icon()->showMessage(QApplication::applicationDisplayName(),
                                    tr("Still watching your fleet. Quit from this icon's menu."),
                                    QSystemTrayIcon::Information, 4000);
    });
    connect(m_chain, &Notifier::failed, this, [this](const Announcement &a) {
        // Nowhere to show it: at least the status bar says it, for the next look at the window.
        m_window->statusBar()->showMessage(a.title, 15000);
    });

    AccountSession *session = window->session();
    connect(session, &AccountSession::started, this, &NotificationsController::onSessionStarted);
    connect(session, &AccountSession::ended, this, &NotificationsController::onSessionEnded);
    connect(session, &AccountSession::signedOut, this,
            [](const QString &accountId) { Settings::forgetNotifications(accountId); });
    connect(window->sessionActions(), &SessionActions::actionsChanged, this,
            &NotificationsController::hookActionController);

    FleetLoader *loader = window->fleetLoader();
    connect(loader, &FleetLoader::refreshFinished, this, [this] {
        m_listed = true;
        takeReading();
    });
    m_policyDelay->setSingleShot(true);
    m_policyDelay->setInterval(1000);
    connect(m_policyDelay, &QTimer::timeout, this, &NotificationsController::takeReading);
    connect(loader, &FleetLoader::policyReceived, this, [this] {
        if (m_listed)
            m_policyDelay->start();
    });

    m_ticker->setInterval(60 * 1000);
    connect(m_ticker, &QTimer::timeout, this, &NotificationsController::tick);
    m_ticker->start();
}

NotificationsController::~NotificationsController() = default;

NotificationCenter *NotificationsController::center() const
{
    return m_center;
}

Notifier *NotificationsController::notifier() const
{
    return m_chain;
}

void NotificationsController::setTrayAvailable(bool available)
{
    m_tray->setTrayAvailable(available);
    m_trayNotifier->setTrayAvailable(available);
    m_tray->apply(Settings::traySettings());
    hookActionController();
}

void NotificationsController::onSessionStarted(const Account &account, ApiClient *api)
{
    onSessionEnded();
    m_accountName = account.displayName;
    m_center = new NotificationCenter(account.id, m_chain, m_clock, this);
    m_center->watchJobs(JobTracker::of(api));
    connect(m_center, &NotificationCenter::actionRequested, this, &NotificationsController::route);
    hookActionController();
}

void NotificationsController::onSessionEnded()
{
    delete m_center;
    m_accountName.clear();
    m_listed = false;
    m_policyDelay->stop();
}

void NotificationsController::hookActionController()
{
    ActionController *actions = m_window->sessionActions()->controller();
    if (!actions)
        return;
    // The controller's own balloon would tell the same job end a second time.
    QPointer<NotificationCenter> center = m_center;
    actions->setJobEndsToldElsewhere([center](const Job &job) { return center && center->tells(job); });
    if (m_tray->isTrayAvailable())
        actions->notifier()->setTrayIcon(m_tray->icon()); // one icon for the app, not two
}

void NotificationsController::takeReading()
{
    if (!m_center || !m_listed)
        return;
    FleetLoader *loader = m_window->fleetLoader();
    m_center->observeHealth(FleetHealth::judgeAll(loader->sites(), loader->policies(), m_clock->now()), true);
}

void NotificationsController::tick()
{
    if (!m_tray->isActive() || !m_window->isHidden() || !m_window->session()->isActive())
        return;
    FleetLoader *loader = m_window->fleetLoader();
    const QDateTime last = loader->lastUpdated();
    if (loader->isRefreshing())
        return;
    if (!last.isValid() || last.secsTo(m_clock->now()) >= qint64(m_tray->settings().refreshMinutes) * 60) {
        qCInfo(lcUi) << "reading the fleet from the tray";
        m_window->refresh();
    }
}

bool NotificationsController::startsHidden() const
{
    return m_tray->isActive();
}

void NotificationsController::route(const QString &action, const QString &siteId, const QString &environment)
{
    m_tray->showWindow();
    if (!siteId.isEmpty() && !m_window->fleetView()->select(siteId, environment))
        m_window->statusBar()->showMessage(tr("That environment is not in the fleet as shown (a search may hide it)."),
                                           8000);
    if (action != Announcement::snapshotAction())
        return;
    ActionController *actions = m_window->sessionActions()->controller();
    QAction *take = actions ? actions->takeSnapshotAction() : nullptr;
    if (take && take->isEnabled())
        take->trigger(); // the usual dialog: the user still confirms
}

QString NotificationsController::applySettings(const NotificationSettings &notifications,
                                               const Settings::TraySettings &tray)
{
    QString error;
    const bool autostartOk = tray.autostart ? AutostartEntry::write(QCoreApplication::applicationFilePath(), &error)
                                            : AutostartEntry::remove(&error);
    Settings::TraySettings stored = tray;
    if (!autostartOk)
        stored.autostart = AutostartEntry::exists();
    Settings::setTraySettings(stored);
    m_tray->apply(stored);
    if (m_center)
        m_center->setSettings(notifications);
    return error;
}

void NotificationsController::openSettings()
{
    NotificationSettingsDialog::State state;
    state.accountName = m_center ? m_accountName : QString();
    state.notifications = m_center ? m_center->settings() : NotificationSettings();
    state.tray = Settings::traySettings();
    state.tray.autostart = state.tray.autostart && AutostartEntry::exists(); // the file is the truth
    state.trayAvailable = m_tray->isTrayAvailable();
    state.delivery = m_chain->describe();
    auto *dialog = new NotificationSettingsDialog(
        state, [this](const NotificationSettings &n, const Settings::TraySettings &t) { return applySettings(n, t); },
        m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
