#pragma once

#include "util/Settings.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QWidget;

// The app in the notification area: its icon and menu (Show, Refresh now, Quit), and — in tray
// mode — a closed window that only hides, so the app goes on watching the fleet. Where the
// desktop has no tray (isTrayAvailable() false) tray mode cannot be on: closing quits as always.
class TrayMode : public QObject
{
    Q_OBJECT
public:
    // trayAvailable: what QSystemTrayIcon::isSystemTrayAvailable() says, unless a test says
    // otherwise (setTrayAvailable).
    TrayMode(QWidget *window, bool trayAvailable, QObject *parent = nullptr);
    ~TrayMode() override;

    bool isTrayAvailable() const { return m_available; }
    void setTrayAvailable(bool available);
    void apply(const Settings::TraySettings &settings);
    const Settings::TraySettings &settings() const { return m_settings; }
    // Tray mode is on, and there is a tray to keep the app in.
    bool isActive() const { return m_settings.trayMode && m_available; }

    QSystemTrayIcon *icon() const { return m_icon; }
    QMenu *menu() const { return m_menu; }

    // Brings the window back (the tray's Show, a notification's Show).
    void showWindow();
    // Really closes the window, and with it the app (the tray's Quit, File ▸ Quit).
    void quit();
    // What ends the app after the window closed (QCoreApplication::quit; tests count instead).
    void setQuitFunction(const std::function<void()> &quitApp);

Q_SIGNALS:
    void refreshRequested();
    void hiddenToTray();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_window;
    bool m_available;
    Settings::TraySettings m_settings;
    QSystemTrayIcon *m_icon;
    QMenu *m_menu;
    std::function<void()> m_quitApp;
    bool m_quitting = false;
    bool m_hidden = false; // hidden by a close in tray mode
};
