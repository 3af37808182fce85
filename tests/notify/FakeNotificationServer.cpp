#include "FakeNotificationServer.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>

namespace {
const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
int connectionCount = 0;
} // namespace

FakeNotificationServer::FakeNotificationServer(const QStringList &capabilities, QObject *parent)
    : QObject(parent)
    , m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus,
                                          QStringLiteral("fake-notification-server-%1").arg(++connectionCount)))
    , m_capabilities(capabilities)
{
}

FakeNotificationServer::~FakeNotificationServer()
{
    unregister();
    QDBusConnection::disconnectFromBus(m_bus.name());
}

bool FakeNotificationServer::registerOnBus()
{
    return m_bus.isConnected() && m_bus.registerObject(Path, this, QDBusConnection::ExportAllSlots)
        && m_bus.registerService(Service);
}

void FakeNotificationServer::unregister()
{
    m_bus.unregisterService(Service);
    m_bus.unregisterObject(Path);
}

uint FakeNotificationServer::Notify(const QString &appName, uint, const QString &, const QString &summary,
                                    const QString &body, const QStringList &actions, const QVariantMap &hints, int)
{
    if (m_refusing) {
        // Answered with an error, as a server out of resources does.
        sendErrorReply(QDBusError::LimitsExceeded, QStringLiteral("too many"));
        return 0;
    }
    Call call {m_nextId++, appName, summary, body, actions, hints};
    m_calls << call;
    Q_EMIT notified();
    return call.id;
}

QStringList FakeNotificationServer::GetCapabilities()
{
    return m_capabilities;
}

QString FakeNotificationServer::GetServerInformation(QString &vendor, QString &version, QString &specVersion)
{
    vendor = QStringLiteral("tests");
    version = QStringLiteral("1.0");
    specVersion = QStringLiteral("1.2");
    return QStringLiteral("fake-notifyd");
}

void FakeNotificationServer::CloseNotification(uint id)
{
    closeNotification(id, 3);
}

void FakeNotificationServer::invokeAction(uint id, const QString &actionKey)
{
    emitSignal(QStringLiteral("ActionInvoked"), {id, actionKey});
}

void FakeNotificationServer::closeNotification(uint id, uint reason)
{
    emitSignal(QStringLiteral("NotificationClosed"), {id, reason});
}

void FakeNotificationServer::emitSignal(const QString &name, const QVariantList &args)
{
    QDBusMessage signal = QDBusMessage::createSignal(Path, Service, name);
    signal.setArguments(args);
    m_bus.send(signal);
}
