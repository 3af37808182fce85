#include "Settings.h"

#include <QSettings>

namespace Settings {

namespace {
const QString LanguageKey = QStringLiteral("ui/language");
const QString LastDownloadFolderKey = QStringLiteral("downloads/lastFolder");
const QString WindowGroup = QStringLiteral("MainWindow/");
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

} // namespace Settings
