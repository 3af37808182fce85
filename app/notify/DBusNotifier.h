#pragma once

#include "Notifier.h"

#include <QDBusConnection>
#include <QHash>
#include <QStringList>

class QDBusServiceWatcher;

// The freedesktop.org notification service (org.freedesktop.Notifications on the session bus),
// which every Linux desktop provides: GNOME Shell, KDE Plasma, dunst, mako, xfce4-notifyd.
// Asked for its capabilities when it appears, so actions are offered only where the server shows
// them and the body is escaped where the server reads markup. Every call is asynchronous.
class DBusNotifier : public Notifier
{
    Q_OBJECT
public:
    static QString serviceName() { return QStringLiteral("org.freedesktop.Notifications"); }

    explicit DBusNotifier(const QDBusConnection &bus = QDBusConnection::sessionBus(), QObject *parent = nullptr);

    bool isAvailable() const override { return m_available; }
    QString describe() const override { return m_serverName; }
    void show(const Announcement &announcement) override;

    QStringList capabilities() const { return m_capabilities; }
    // Asks the service again who it is and what it can do (also done when it appears).
    void probe();

private Q_SLOTS:
    // Connected by name: QtDBus delivers the service's signals to slots.
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    void setAvailable(bool available);

    QDBusConnection m_bus;
    QDBusServiceWatcher *m_watcher;
    bool m_available = false;
    QString m_serverName;
    QStringList m_capabilities;
    QHash<uint, Announcement> m_shown; // by the server's id, until closed
    int m_probeGeneration = 0;
};
