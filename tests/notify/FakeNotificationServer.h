#pragma once

#include <QDBusConnection>
#include <QDBusContext>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

// A notification server for tests: implements org.freedesktop.Notifications on its own
// connection to the test's private session bus (so calls really travel over the bus), records
// every Notify and can emit ActionInvoked as a desktop does when a button is clicked.
class FakeNotificationServer
    : public QObject
    , protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Call
    {
        uint id = 0;
        QString appName;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
    };

    explicit FakeNotificationServer(const QStringList &capabilities
                                    = {QStringLiteral("actions"), QStringLiteral("body")},
                                    QObject *parent = nullptr);
    ~FakeNotificationServer() override;

    bool registerOnBus(); // owns org.freedesktop.Notifications
    void unregister();
    void setRefusing(bool refusing) { m_refusing = refusing; }

    const QList<Call> &calls() const { return m_calls; }
    void clear() { m_calls.clear(); }
    void invokeAction(uint id, const QString &actionKey);
    void closeNotification(uint id, uint reason = 2);

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int expireTimeout);
    QStringList GetCapabilities();
    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion);
    void CloseNotification(uint id);

Q_SIGNALS:
    void notified();

private:
    void emitSignal(const QString &name, const QVariantList &args);

    QDBusConnection m_bus;
    QStringList m_capabilities;
    QList<Call> m_calls;
    uint m_nextId = 1;
    bool m_refusing = false;
};
