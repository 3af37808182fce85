#include "FallbackNotifier.h"

#include "util/LogCategories.h"

FallbackNotifier::FallbackNotifier(Notifier *primary, Notifier *fallback, QObject *parent)
    : Notifier(parent)
    , m_primary(primary)
    , m_fallback(fallback)
{
    for (Notifier *n : {primary, fallback}) {
        if (!n)
            continue;
        connect(n, &Notifier::actionInvoked, this, &Notifier::actionInvoked);
        connect(n, &Notifier::availabilityChanged, this, [this] { Q_EMIT availabilityChanged(isAvailable()); });
    }
    if (primary) {
        connect(primary, &Notifier::failed, this, [this](const Announcement &a) {
            if (m_fallback && m_fallback->isAvailable())
                m_fallback->show(a);
            else
                Q_EMIT failed(a);
        });
    }
    if (fallback)
        connect(fallback, &Notifier::failed, this, &Notifier::failed);
}

bool FallbackNotifier::isAvailable() const
{
    return (m_primary && m_primary->isAvailable()) || (m_fallback && m_fallback->isAvailable());
}

QString FallbackNotifier::describe() const
{
    if (m_primary && m_primary->isAvailable())
        return m_primary->describe();
    if (m_fallback && m_fallback->isAvailable())
        return m_fallback->describe();
    return {};
}

void FallbackNotifier::show(const Announcement &announcement)
{
    if (m_primary && m_primary->isAvailable()) {
        m_primary->show(announcement);
    } else if (m_fallback && m_fallback->isAvailable()) {
        m_fallback->show(announcement);
    } else {
        qCInfo(lcNotify) << "no way to show a notification:" << announcement.title;
        Q_EMIT failed(announcement);
    }
}
