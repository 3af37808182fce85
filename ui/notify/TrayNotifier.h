#pragma once

#include "notify/Notifier.h"

#include <QPointer>

class QSystemTrayIcon;

// The tray icon's balloon, for desktops without a notification service (or when it refuses).
// A balloon has no buttons: clicking it is "Show".
class TrayNotifier : public Notifier
{
    Q_OBJECT
public:
    explicit TrayNotifier(QSystemTrayIcon *icon, QObject *parent = nullptr);

    // Whether the desktop has a tray at all (TrayMode knows, tests say).
    void setTrayAvailable(bool available);
    bool isAvailable() const override;
    QString describe() const override;
    void show(const Announcement &announcement) override;

Q_SIGNALS:
    void shown(const Announcement &announcement);

private:
    QPointer<QSystemTrayIcon> m_icon;
    bool m_trayAvailable = false;
    Announcement m_last; // the balloon on screen: only the newest can be clicked
};
