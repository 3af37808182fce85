#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QSystemTrayIcon;
class QWidget;

// Tells the user that something long (a job, a transfer) has ended while they were looking at
// another window: a tray balloon when the desktop has a tray, else a taskbar alert. Nothing is
// shown when the window is active — the panels already say it there.
class CompletionNotifier : public QObject
{
    Q_OBJECT
public:
    explicit CompletionNotifier(QWidget *window, QObject *parent = nullptr);

    // The app's tray icon, if it has one; otherwise one is created on first use when a tray exists.
    void setTrayIcon(QSystemTrayIcon *icon);
    // Work shorter than this is not worth interrupting the user for (default 10 s).
    void setMinimumDurationSeconds(qint64 seconds);

    // durationSeconds: how long it took; < 0 when unknown (treated as long).
    void finished(const QString &title, const QString &message, bool success, qint64 durationSeconds);

Q_SIGNALS:
    // Emitted whenever the user was notified (tests and the status bar listen).
    void notified(const QString &title, const QString &message);

private:
    QPointer<QWidget> m_window;
    QPointer<QSystemTrayIcon> m_tray;
    qint64 m_minimumSeconds = 10;
};
