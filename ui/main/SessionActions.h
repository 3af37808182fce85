#pragma once

#include "api/Job.h"
#include "api/Site.h"
#include "api/Snapshot.h"
#include "auth/Account.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QMenu>
#include <QPointer>
#include <QToolBar>

#include <functional>
#include <optional>

class ActionController;
class ApiClient;
class ExplorerActions;
class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QToolBar;

// The snapshot actions of the signed-in account (issue #6's ActionController, the account's job
// follower and transfer manager) placed in the window: Snapshot menu, toolbar, the fleet's
// context menu, and the Jobs and Transfers panels docked and toggled from the View menu. Rebuilt
// per account, because each account has its own ApiClient. The window gives the selection to
// controller() directly: this class places the parts, it does not relay what they are told.
class SessionActions : public QObject
{
    Q_OBJECT
public:
    SessionActions(QMainWindow *window, QMenu *snapshotMenu, QToolBar *toolBar, QMenu *viewMenu);
    ~SessionActions() override;

    void setSession(ApiClient *api, const Account &account); // null api: signed out
    // The session's actions (setContext, knowSites); null while signed out.
    ActionController *controller() const;
    // Explore and compare snapshots (setContext); null while signed out.
    ExplorerActions *explorer() const;
    // Deletes what was kept for a signed-out account: the jobs to follow and the transfer records
    // (downloaded files and their .part files stay where the user put them).
    static void forgetAccount(const QString &accountId);
    // See ActionController::restoresNotYetSent().
    int restoresNotYetSent() const;
    // take, bulk, restore, download; empty until a session is set.
    QList<QAction *> actions() const;

Q_SIGNALS:
    void snapshotsChanged(const QString &siteId, const QString &environment);
    void reauthenticationRequested();
    void actionsChanged();
    // A capture or restore started, moved or ended: the fleet shows which environments are busy.
    void jobChanged(const Job &job);

private:
    void teardown();
    // The panel is made when the dock is first shown: a start-up with both docks closed does not
    // pay for their views.
    QDockWidget *dock(const QString &objectName, const QString &title, const std::function<QWidget *()> &makePanel);

    QMainWindow *m_window;
    QPointer<QMenu> m_snapshotMenu;
    QPointer<QToolBar> m_toolBar;
    QPointer<QMenu> m_viewMenu;
    struct Parts;
    Parts *d = nullptr;
};
