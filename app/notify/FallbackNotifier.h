#pragma once

#include "Notifier.h"

#include <QPointer>

// The desktop's notification service first, the tray balloon where it is missing or refuses a
// notification: one Notifier made of two, so the center does not care which one showed it.
class FallbackNotifier : public Notifier
{
    Q_OBJECT
public:
    // Neither is owned.
    FallbackNotifier(Notifier *primary, Notifier *fallback, QObject *parent = nullptr);

    bool isAvailable() const override;
    QString describe() const override;
    void show(const Announcement &announcement) override;

private:
    QPointer<Notifier> m_primary;
    QPointer<Notifier> m_fallback;
};
