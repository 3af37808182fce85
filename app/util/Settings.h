#pragma once

#include <QByteArray>
#include <QString>

// The application's settings (QSettings: organisation and application of AppIdentity), typed.
// Every key is named here once, with the component that owns it, so that no component writes or
// removes another's keys by accident (signing in again once wiped the followed jobs, because the
// account store removed the whole "accounts/<id>" group). The stored accounts themselves are
// AccountStore's, which writes and removes only its own keys in "accounts/<id>".
namespace Settings {

// Translations and the language menu: a language code ("de", "fr"), empty for the system's.
QString language();
void setLanguage(const QString &language);

// The download dialog: the folder last chosen.
QString lastDownloadFolder();
void setLastDownloadFolder(const QString &folder);

// The main window: one saved state per part ("geometry", "state", "splitter", …).
QByteArray windowState(const QString &part);
void setWindowState(const QString &part, const QByteArray &state);

// The job follower's persistence group for one account (JobTracker::setPersistence), and
// forgetting it when the account signs out.
QString followedJobsGroup(const QString &accountId);
void forgetFollowedJobs(const QString &accountId);

// Notifications (app/notify): the account's choices (NotificationSettings) and what was last
// announced (NotificationCenter), each in its own group beside the account's keys; forgotten
// with the account.
QString notificationSettingsGroup(const QString &accountId);
QString notificationStateGroup(const QString &accountId);
void forgetNotifications(const QString &accountId);

// Tray mode (the desktop's ui/notify): for the app as a whole, since there is one window and
// one autostart entry whichever account is signed in.
struct TraySettings
{
    bool trayMode = false; // closing the window keeps the app watching in the tray
    int refreshMinutes = 15; // how often the fleet is read while the window is hidden
    bool autostart = false; // an entry in ~/.config/autostart starts it in the tray
    static constexpr int MinRefreshMinutes = 5;
    static constexpr int MaxRefreshMinutes = 24 * 60;
};
TraySettings traySettings();
void setTraySettings(const TraySettings &tray);

} // namespace Settings
