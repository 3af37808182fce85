#include "Settings.h"

#include <QSettings>

namespace Settings {

namespace {
const QString LanguageKey = QStringLiteral("ui/language");
const QString LastDownloadFolderKey = QStringLiteral("downloads/lastFolder");
const QString WindowGroup = QStringLiteral("MainWindow/");
const QString TrayGroup = QStringLiteral("tray/");
} // namespace

QString language()
{
    return QSettings().value(LanguageKey).toString().trimmed();
}

void setLanguage(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(LanguageKey);
    else
        settings.setValue(LanguageKey, language);
    settings.sync();
}

QString lastDownloadFolder()
{
    return QSettings().value(LastDownloadFolderKey).toString();
}

void setLastDownloadFolder(const QString &folder)
{
    QSettings().setValue(LastDownloadFolderKey, folder);
}

QByteArray windowState(const QString &part)
{
    return QSettings().value(WindowGroup + part).toByteArray();
}

void setWindowState(const QString &part, const QByteArray &state)
{
    QSettings().setValue(WindowGroup + part, state);
}

QString followedJobsGroup(const QString &accountId)
{
    // Beside the account's own keys, which AccountStore alone writes and removes.
    return QStringLiteral("accounts/%1/jobs").arg(accountId);
}

void forgetFollowedJobs(const QString &accountId)
{
    QSettings().remove(followedJobsGroup(accountId));
}

QString notificationSettingsGroup(const QString &accountId)
{
    return QStringLiteral("accounts/%1/notifications").arg(accountId);
}

QString notificationStateGroup(const QString &accountId)
{
    return QStringLiteral("accounts/%1/notified").arg(accountId);
}

void forgetNotifications(const QString &accountId)
{
    QSettings settings;
    settings.remove(notificationSettingsGroup(accountId));
    settings.remove(notificationStateGroup(accountId));
}

TraySettings traySettings()
{
    QSettings settings;
    TraySettings tray;
    tray.trayMode = settings.value(TrayGroup + QLatin1String("mode"), tray.trayMode).toBool();
    tray.refreshMinutes
        = qBound(TraySettings::MinRefreshMinutes,
                 settings.value(TrayGroup + QLatin1String("refreshMinutes"), tray.refreshMinutes).toInt(),
                 TraySettings::MaxRefreshMinutes);
    tray.autostart = settings.value(TrayGroup + QLatin1String("autostart"), tray.autostart).toBool();
    return tray;
}

void setTraySettings(const TraySettings &tray)
{
    QSettings settings;
    settings.setValue(TrayGroup + QLatin1String("mode"), tray.trayMode);
    settings.setValue(TrayGroup + QLatin1String("refreshMinutes"),
                      qBound(TraySettings::MinRefreshMinutes, tray.refreshMinutes, TraySettings::MaxRefreshMinutes));
    settings.setValue(TrayGroup + QLatin1String("autostart"), tray.autostart);
}

} // namespace Settings
