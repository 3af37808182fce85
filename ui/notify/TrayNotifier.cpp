#include "TrayNotifier.h"

#include <QSystemTrayIcon>

TrayNotifier::TrayNotifier(QSystemTrayIcon *icon, QObject *parent)
    : Notifier(parent)
    , m_icon(icon)
{
    connect(icon, &QSystemTrayIcon::messageClicked, this, [this] {
        if (m_last.actions.contains(Announcement::showAction()))
            Q_EMIT actionInvoked(m_last, Announcement::showAction());
    });
}

void TrayNotifier::setTrayAvailable(bool available)
{
    if (available == m_trayAvailable)
        return;
    m_trayAvailable = available;
    Q_EMIT availabilityChanged(isAvailable());
}

bool TrayNotifier::isAvailable() const
{
    return m_icon && m_trayAvailable;
}

QString TrayNotifier::describe() const
{
    return tr("the notification area's balloons");
}

void TrayNotifier::show(const Announcement &announcement)
{
    if (!isAvailable()) {
        Q_EMIT failed(announcement);
        return;
    }
    // The icon is shown for the balloon's sake even outside tray mode (as CompletionNotifier does).
    if (!m_icon->isVisible())
        m_icon->show();
    m_last = announcement;
    m_icon->showMessage(announcement.title, announcement.body,
                        announcement.urgent ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
    Q_EMIT shown(announcement);
}
