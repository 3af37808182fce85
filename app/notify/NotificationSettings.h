#pragma once

#include <QString>

// One account's notification choices. Stored in the account's own settings group
// (Settings::notificationSettingsGroup), so each account of an agency can be watched differently.
struct NotificationSettings
{
    bool enabled = true; // off: nothing is shown (states are still recorded, see NotificationCenter)
    bool healthChanges = true; // environments that fall behind their schedule
    bool jobFailures = true; // snapshots that fail
    bool restoreEnds = true; // restores that end, well or not
    bool digest = false; // a daily summary …
    int digestHour = 9; // … at this hour, local time (0–23)

    bool operator==(const NotificationSettings &) const = default;

    static NotificationSettings load(const QString &accountId);
    void save(const QString &accountId) const;
};
