#pragma once

#include "notify/NotificationSettings.h"
#include "util/Settings.h"

#include <QObject>
#include <QPointer>

class ApiClient;
class Clock;
class DBusNotifier;
class FallbackNotifier;
class MainWindow;
class NotificationCenter;
class Notifier;
class QMenu;
class QTimer;
class TrayMode;
class TrayNotifier;
struct Account;

// Desktop notifications in the main window (issue 17): one NotificationCenter per signed-in
// account, fed with the fleet's health after each complete listing and with the account's job
// ends; notifications through the desktop's service (DBusNotifier), the tray balloon without
// one; their actions "Show" and "Take snapshot now" routed to the window; the tray mode, its
// periodic refresh while the window is hidden, and the settings dialog (View ▸ Notifications…).
// The window only makes it; everything else is wired here.
class NotificationsController : public QObject
{
    Q_OBJECT
public:
    // menu: where "Notifications…" goes. clock: the window's.
    NotificationsController(MainWindow *window, QMenu *menu, const Clock *clock);
    ~NotificationsController() override;

    NotificationCenter *center() const; // null while signed out
    TrayMode *trayMode() const { return m_tray; }
    DBusNotifier *dbusNotifier() const { return m_dbus; }
    TrayNotifier *trayNotifier() const { return m_trayNotifier; }
    Notifier *notifier() const;
    // Tests: a tray on the offscreen platform, which has none.
    void setTrayAvailable(bool available);

    void openSettings();
    // Stores and applies the choices; an error sentence when the autostart entry failed.
    QString applySettings(const NotificationSettings &notifications, const Settings::TraySettings &tray);
    // A notification's action: Announcement::showAction() or snapshotAction().
    void route(const QString &action, const QString &siteId, const QString &environment);
    // Every minute: in the tray, the fleet is read again every refreshMinutes. Public for tests.
    void tick();
    // `mf-desktop --tray`: whether the window may stay hidden (tray mode on, and a tray).
    bool startsHidden() const;

private:
    void onSessionStarted(const Account &account, ApiClient *api);
    void onSessionEnded();
    void takeReading();
    void hookActionController();

    MainWindow *m_window;
    const Clock *m_clock;
    DBusNotifier *m_dbus;
    TrayMode *m_tray;
    TrayNotifier *m_trayNotifier;
    FallbackNotifier *m_chain;
    QPointer<NotificationCenter> m_center;
    QString m_accountName;
    bool m_toldHidden = false;
    bool m_listed = false; // a complete listing arrived in this session: readings can be trusted
    QTimer *m_policyDelay; // policies trickle in after the listing: one reading for a burst
    QTimer *m_ticker;
};
