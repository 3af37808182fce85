#pragma once

#include "account/SignInDialog.h"
#include "auth/Account.h"

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

class AccountSession;
class AccountStore;
class AccountSwitcher;
class ApiClient;
class Clock;
class CredentialStore;
class EnvironmentView;
class FleetLoader;
class FleetModel;
class FleetView;
class InfoBanner;
class NotificationsController;
class QLabel;
class QMenu;
class QToolBar;
class QSplitter;
class QTimer;
class SessionActions;

struct ApiError;

// The main window: the fleet on the left, the selected environment's timeline on the right,
// account picker and actions in the toolbar, status bar with account, connection and last
// refresh. Wires parts together; the parts do the work.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct Options
    {
        const Clock *clock = nullptr;   // default: the system clock
        QString cacheDirectory;          // default: QStandardPaths::CacheLocation
    };

    MainWindow(AccountStore *accounts, CredentialStore *credentials, const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Start-up: the current account (cached fleet at once, then a refresh), or the first-run
    // dialog when there is none.
    void start();
    // `--connect URL` with a key from the environment: no dialog.
    void connectTo(const QUrl &apiUrl, const QString &key);

    AccountSession *session() const { return m_session; }
    FleetModel *fleetModel() const { return m_fleetModel; }
    FleetView *fleetView() const { return m_fleetView; }
    FleetLoader *fleetLoader() const { return m_loader; }
    EnvironmentView *environmentView() const { return m_environmentView; }
    InfoBanner *banner() const { return m_banner; }
    SessionActions *sessionActions() const { return m_sessionActions; }
    NotificationsController *notifications() const { return m_notifications; } // issue 17
    SignInDialog *signInDialog() const { return m_signInDialog; }
    bool isOffline() const { return m_offline; }

    // Called every minute: ages and "updated N minutes ago" move on, and a fleet older than
    // AutoRefreshSeconds is reloaded. Public so that a test need not wait a minute.
    void tick();
    static constexpr int AutoRefreshSeconds = 5 * 60;

public Q_SLOTS:
    void refresh();
    void openSignIn(const Account &account = {}, const QString &reason = {});

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildStatusBar();
    void onSessionStarted(const Account &account, ApiClient *api);
    void onSessionEnded();
    void onFleetCurrentChanged();
    void updateContext();
    void onRefreshFailed(const ApiError &error);
    void setOffline(bool offline);
    void updateStatus();
    void saveSettings() const;
    void restoreSettings();
    // Asks first when a restore waiting for its safety snapshot would be dropped by the switch.
    void switchAccount(const QString &accountId);
    // The question, after a paragraph on the restores it would drop when some wait for their
    // safety snapshot.
    QString withRestoresDroppedWarning(const QString &question) const;

    const Clock *m_clock;
    AccountStore *m_accounts;
    CredentialStore *m_credentials;
    AccountSession *m_session;
    FleetModel *m_fleetModel;
    FleetLoader *m_loader;
    FleetView *m_fleetView;
    EnvironmentView *m_environmentView;
    InfoBanner *m_banner;
    QSplitter *m_splitter;
    AccountSwitcher *m_switcher;
    SessionActions *m_sessionActions = nullptr;
    NotificationsController *m_notifications = nullptr;
    QPointer<SignInDialog> m_signInDialog;

    QAction *m_refreshAction;
    QAction *m_findAction;
    QAction *m_addAccountAction;
    QAction *m_signOutAction;
    QMenu *m_snapshotMenu;
    QMenu *m_viewMenu;
    QToolBar *m_toolBar;

    QLabel *m_accountLabel;
    QLabel *m_connectionLabel;
    QLabel *m_refreshLabel;
    QTimer *m_ticker;
    QTimer *m_retryTimer;
    bool m_offline = false;
};
