#pragma once

#include "Announcement.h"

#include <QObject>

// Something that can put an Announcement in front of the user: the desktop's notification
// service over D-Bus (DBusNotifier), the tray icon's balloon (the desktop's TrayNotifier), or a
// chain of them (FallbackNotifier). Kept abstract so the core decides what to say and the UI
// only where.
class Notifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Notifier() override;

    // Whether show() can reach the user now.
    virtual bool isAvailable() const = 0;
    // A short name for where notifications go (the service's name), for the settings page.
    virtual QString describe() const = 0;
    virtual void show(const Announcement &announcement) = 0;

Q_SIGNALS:
    // The user picked one of the announcement's actions (Announcement::showAction(), …).
    void actionInvoked(const Announcement &announcement, const QString &action);
    // show() could not deliver it (the service went away, refused it): a fallback may try.
    void failed(const Announcement &announcement);
    void availabilityChanged(bool available);
};
