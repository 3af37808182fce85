#pragma once

#include "ExplorerContext.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class RestoreDialog;
class QWidget;

// "Explore Snapshot…" and "Compare Snapshots…" for the signed-in account: the actions the main
// window places beside the other snapshot actions, enabled from the selection, and the windows
// they open. One per session, like ActionController.
class ExplorerActions : public QObject
{
    Q_OBJECT
public:
    ExplorerActions(ApiClient *api, TransferManager *transfers, const QString &accountId, QWidget *window,
                    QObject *parent = nullptr);
    ~ExplorerActions() override; // closes the windows it opened

    QAction *exploreAction() const { return m_explore; }
    QAction *compareAction() const { return m_compare; }

    // The environment shown and its snapshots (newest first), and the one selected.
    void setContext(const Site &site, const QString &environment, const QList<Snapshot> &snapshots,
                    const std::optional<Snapshot> &selected);
    const ExplorerContext &context() const { return m_context; }

public Q_SLOTS:
    void explore();
    // The selected snapshot against the one before it.
    void compare();
    // `snapshot` against the environment's newest ready snapshot (the restore dialog's offer).
    void compareWithNewest(const Snapshot &snapshot, QWidget *parent = nullptr);
    // Gives the restore dialog its "Compare with Newest…" when the chosen snapshot is not the newest.
    void offerComparison(RestoreDialog *dialog);

private:
    void updateActions();

    ExplorerContext m_context;
    QPointer<QWidget> m_window;
    std::optional<Snapshot> m_selected;
    QAction *m_explore;
    QAction *m_compare;
    QList<QPointer<QWidget>> m_windows;
};
