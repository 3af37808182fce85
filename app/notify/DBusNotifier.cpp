#include "DBusNotifier.h"

#include "util/LogCategories.h"

#include <QCoreApplication>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>

namespace {
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
const QString Interface = QStringLiteral("org.freedesktop.Notifications");
const QString DesktopEntry = QStringLiteral("dev.managed.Desktop");

QDBusMessage call(const QString &method)
{
    return QDBusMessage::createMethodCall(DBusNotifier::serviceName(), Path, Interface, method);
}
} // namespace

DBusNotifier::DBusNotifier(const QDBusConnection &bus, QObject *parent)
    : Notifier(parent)
    , m_bus(bus)
    , m_watcher(new QDBusServiceWatcher(serviceName(), bus, QDBusServiceWatcher::WatchForOwnerChange, this))
{
    // A notification daemon may start after the app, or be replaced (a desktop restarts it).
    connect(m_watcher, &QDBusServiceWatcher::serviceOwnerChanged, this,
            [this](const QString &, const QString &, const QString &newOwner) {
                if (newOwner.isEmpty())
                    setAvailable(false);
                else
                    probe();
            });
    if (m_bus.isConnected()) {
        m_bus.connect(serviceName(), Path, Interface, QStringLiteral("ActionInvoked"), this,
                      SLOT(onActionInvoked(uint, QString)));
        m_bus.connect(serviceName(), Path, Interface, QStringLiteral("NotificationClosed"), this,
                      SLOT(onNotificationClosed(uint, uint)));
    }
    probe();
}

void DBusNotifier::probe()
{
    if (!m_bus.isConnected()) {
        setAvailable(false);
        return;
    }
    const int generation = ++m_probeGeneration;
    // Who the server is, then what it can do; only both answers make it usable. Calling it (not
    // only asking whether the name is owned) also starts a D-Bus-activated daemon.
    auto *info = new QDBusPendingCallWatcher(m_bus.asyncCall(call(QStringLiteral("GetServerInformation"))), this);
    connect(info, &QDBusPendingCallWatcher::finished, this, [this, generation](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QString, QString, QString, QString> reply = *w;
        if (generation != m_probeGeneration)
            return;
        if (reply.isError()) {
            qCInfo(lcNotify) << "no notification service:" << reply.error().message();
            setAvailable(false);
            return;
        }
        const QString name = reply.argumentAt<0>();
        auto *caps = new QDBusPendingCallWatcher(m_bus.asyncCall(call(QStringLiteral("GetCapabilities"))), this);
        connect(caps, &QDBusPendingCallWatcher::finished, this, [this, generation, name](QDBusPendingCallWatcher *w) {
            w->deleteLater();
            const QDBusPendingReply<QStringList> reply = *w;
            if (generation != m_probeGeneration)
                return;
            m_serverName = name;
            m_capabilities = reply.isError() ? QStringList() : reply.value();
            qCInfo(lcNotify) << "notification service" << name << m_capabilities;
            setAvailable(true);
        });
    });
}

void DBusNotifier::setAvailable(bool available)
{
    if (!available)
        m_shown.clear();
    if (available == m_available)
        return;
    m_available = available;
    Q_EMIT availabilityChanged(available);
}

void DBusNotifier::show(const Announcement &announcement)
{
    if (!m_available) {
        Q_EMIT failed(announcement);
        return;
    }
    QStringList actions;
    if (m_capabilities.contains(QLatin1String("actions"))) {
        for (const QString &key : announcement.actions) {
            if (key == Announcement::showAction()) // also what clicking the notification does
                actions << QStringLiteral("default") << QCoreApplication::translate("DBusNotifier", "Show");
            if (key == Announcement::showAction() || key == Announcement::snapshotAction())
                actions << key
                        << (key == Announcement::showAction()
                                ? QCoreApplication::translate("DBusNotifier", "Show")
                                : QCoreApplication::translate("DBusNotifier", "Take snapshot now"));
        }
    }
    // Site and environment names come from the platform: never let a server read them as markup.
    const bool markup = m_capabilities.contains(QLatin1String("body-markup"));
    const QString body = markup ? announcement.body.toHtmlEscaped() : announcement.body;
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(announcement.urgent ? 2 : 1)));
    hints.insert(QStringLiteral("desktop-entry"), DesktopEntry);
    hints.insert(QStringLiteral("category"),
                 announcement.kind == Announcement::Kind::JobFailed ? QStringLiteral("transfer.error")
                                                                    : QStringLiteral("transfer"));

    QDBusMessage message = call(QStringLiteral("Notify"));
    message << QCoreApplication::applicationName() << uint(0) << DesktopEntry << announcement.title << body << actions
            << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(message), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, announcement](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<uint> reply = *w;
        if (reply.isError()) {
            qCWarning(lcNotify) << "the notification service refused a notification:" << reply.error().message();
            Q_EMIT failed(announcement);
            return;
        }
        m_shown.insert(reply.value(), announcement);
    });
}

void DBusNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    // Every application's notifications come through this signal: only ours are answered.
    const auto it = m_shown.constFind(id);
    if (it == m_shown.constEnd())
        return;
    const QString action = actionKey == QLatin1String("default") ? Announcement::showAction() : actionKey;
    if (!it->actions.contains(action))
        return;
    Q_EMIT actionInvoked(*it, action);
}

void DBusNotifier::onNotificationClosed(uint id, uint)
{
    m_shown.remove(id);
}
