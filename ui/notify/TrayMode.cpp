#include "TrayMode.h"

#include "util/LogCategories.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

TrayMode::TrayMode(QWidget *window, bool trayAvailable, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_available(trayAvailable)
    , m_icon(new QSystemTrayIcon(window->windowIcon(), this))
    , m_menu(new QMenu)
    , m_quitApp([] { QCoreApplication::quit(); })
{
    m_icon->setToolTip(QApplication::applicationDisplayName());
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    QAction *show = m_menu->addAction(tr("&Show Managed Desktop"), this, &TrayMode::showWindow);
    show->setObjectName(QStringLiteral("trayShowAction"));
    QAction *refresh = m_menu->addAction(tr("&Refresh now"), this, &TrayMode::refreshRequested);
    refresh->setObjectName(QStringLiteral("trayRefreshAction"));
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("&Quit"), this, &TrayMode::quit);
    quit->setObjectName(QStringLiteral("trayQuitAction"));
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason != QSystemTrayIcon::Trigger || !m_window)
            return;
        if (m_window->isVisible() && !m_window->isMinimized())
            m_window->hide();
        else
            showWindow();
    });
    window->installEventFilter(this);
}

TrayMode::~TrayMode()
{
    delete m_menu; // a context menu is not owned by its icon
}

void TrayMode::setTrayAvailable(bool available)
{
    m_available = available;
    apply(m_settings);
}

void TrayMode::apply(const Settings::TraySettings &settings)
{
    m_settings = settings;
    if (isActive())
        m_icon->show();
    else if (m_icon->isVisible())
        m_icon->hide();
    if (!isActive() && m_hidden)
        showWindow(); // tray mode turned off while hidden: the window is the only way back
}

void TrayMode::showWindow()
{
    m_hidden = false;
    if (!m_window)
        return;
    if (m_window->isMinimized())
        m_window->showNormal();
    else
        m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void TrayMode::setQuitFunction(const std::function<void()> &quitApp)
{
    m_quitApp = quitApp;
}

void TrayMode::quit()
{
    // The window may refuse (a restore not sent yet, and the user said no): then all stays. A
    // hidden window's close does not end the app by itself, so it is ended here.
    m_quitting = true;
    const bool closed = !m_window || m_window->close();
    m_quitting = false;
    if (closed && m_quitApp)
        m_quitApp();
}

bool TrayMode::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close && isActive() && !m_quitting) {
        // Closing the window in tray mode only hides it: the fleet is still watched and its
        // changes notified. Quit (tray menu, File ▸ Quit) really closes.
        event->ignore();
        m_window->hide();
        m_hidden = true;
        qCInfo(lcUi) << "window hidden to the tray";
        Q_EMIT hiddenToTray();
        return true;
    }
    return QObject::eventFilter(watched, event);
}
