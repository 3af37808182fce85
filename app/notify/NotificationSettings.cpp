#include "NotificationSettings.h"

#include "util/Settings.h"

#include <QSettings>

NotificationSettings NotificationSettings::load(const QString &accountId)
{
    NotificationSettings s;
    QSettings settings;
    settings.beginGroup(Settings::notificationSettingsGroup(accountId));
    s.enabled = settings.value(QStringLiteral("enabled"), s.enabled).toBool();
    s.healthChanges = settings.value(QStringLiteral("healthChanges"), s.healthChanges).toBool();
    s.jobFailures = settings.value(QStringLiteral("jobFailures"), s.jobFailures).toBool();
    s.restoreEnds = settings.value(QStringLiteral("restoreEnds"), s.restoreEnds).toBool();
    s.digest = settings.value(QStringLiteral("digest"), s.digest).toBool();
    bool ok = false;
    const int hour = settings.value(QStringLiteral("digestHour"), s.digestHour).toInt(&ok);
    if (ok && hour >= 0 && hour <= 23) // a hand-edited file must not move the digest to "hour 37"
        s.digestHour = hour;
    return s;
}

void NotificationSettings::save(const QString &accountId) const
{
    QSettings settings;
    settings.beginGroup(Settings::notificationSettingsGroup(accountId));
    settings.setValue(QStringLiteral("enabled"), enabled);
    settings.setValue(QStringLiteral("healthChanges"), healthChanges);
    settings.setValue(QStringLiteral("jobFailures"), jobFailures);
    settings.setValue(QStringLiteral("restoreEnds"), restoreEnds);
    settings.setValue(QStringLiteral("digest"), digest);
    settings.setValue(QStringLiteral("digestHour"), qBound(0, digestHour, 23));
}
