#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

// One notification the app decided to give: what it says, how urgent it is, and which
// environment its actions ("Show", "Take snapshot now") lead to. Made by NotificationCenter,
// shown by a Notifier (the desktop's notification service, or the tray balloon without one).
struct Announcement
{
    enum class Kind {
        HealthChanged, // environments fell behind their schedule (late, stale, never backed up)
        JobFailed, // snapshots (captures) failed
        RestoreEnded, // restores ended, well or not
        Digest, // the daily summary
    };

    Kind kind = Kind::HealthChanged;
    QString id; // unique per announcement: actions come back with it
    QString title;
    QString body; // plain text, lines separated by '\n'
    bool urgent = false; // a failure, or backups that are stale or missing
    QString siteId; // where the actions lead; empty: the fleet as a whole
    QString environment;
    QStringList actions; // action keys, see below, in the order offered

    static QString showAction() { return QStringLiteral("show"); }
    static QString snapshotAction() { return QStringLiteral("snapshot"); }
};

Q_DECLARE_METATYPE(Announcement)
