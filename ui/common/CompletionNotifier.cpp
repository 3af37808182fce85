#include "CompletionNotifier.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

CompletionNotifier::CompletionNotifier(QWidget *window, QObject *parent)
    : QObject(parent), m_window(window)
{
}

void CompletionNotifier::setTrayIcon(QSystemTrayIcon *icon)
{
    m_tray = icon;
}

void CompletionNotifier::setMinimumDurationSeconds(qint64 seconds)
{
    m_minimumSeconds = seconds;
}

void CompletionNotifier::finished(const QString &title, const QString &message, bool success,
                                  qint64 durationSeconds)
{
    if (durationSeconds >= 0 && durationSeconds < m_minimumSeconds)
        return;
    QWidget *top = m_window ? m_window->window() : nullptr;
    if (top && top->isActiveWindow())
        return;

    if (!m_tray && QSystemTrayIcon::isSystemTrayAvailable() && top) {
        // Only a tray we own is shown just for notifications; hidden again when it's done.
        m_tray = new QSystemTrayIcon(top->windowIcon(), this);
        m_tray->setToolTip(QApplication::applicationDisplayName());
    }
    if (m_tray && QSystemTrayIcon::supportsMessages()) {
        if (!m_tray->isVisible())
            m_tray->show();
        m_tray->showMessage(title, message,
                            success ? QSystemTrayIcon::Information : QSystemTrayIcon::Warning);
    } else if (top) {
        QApplication::alert(top);
    }
    Q_EMIT notified(title, message);
}
