#include "ExplorerActions.h"

#include "CompareDialog.h"
#include "ExplorerDialog.h"
#include "actions/RestoreDialog.h"

#include <QAction>
#include <QWidget>

ExplorerActions::ExplorerActions(ApiClient *api, TransferManager *transfers, const QString &accountId, QWidget *window,
                                 QObject *parent)
    : QObject(parent)
    , m_context(IndexCache(accountId))
    , m_window(window)
    , m_explore(new QAction(tr("&Explore Snapshot…"), this))
    , m_compare(new QAction(tr("C&ompare Snapshots…"), this))
{
    m_context.api = api;
    m_context.transfers = transfers;
    m_explore->setObjectName(QStringLiteral("exploreSnapshotAction"));
    m_explore->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    m_explore->setToolTip(tr("Look inside the selected snapshot: its files and database tables"));
    m_compare->setObjectName(QStringLiteral("compareSnapshotsAction"));
    m_compare->setToolTip(tr("What changed between the selected snapshot and the one before it"));
    connect(m_explore, &QAction::triggered, this, &ExplorerActions::explore);
    connect(m_compare, &QAction::triggered, this, &ExplorerActions::compare);
    updateActions();
}

ExplorerActions::~ExplorerActions()
{
    for (const QPointer<QWidget> &w : std::as_const(m_windows)) {
        if (w)
            w->close(); // WA_DeleteOnClose
    }
}

void ExplorerActions::setContext(const Site &site, const QString &environment, const QList<Snapshot> &snapshots,
                                 const std::optional<Snapshot> &selected)
{
    m_context.site = site;
    m_context.environment = environment;
    m_context.snapshots = snapshots;
    m_selected = selected;
    updateActions();
}

void ExplorerActions::updateActions()
{
    const bool ready = m_selected && m_selected->isReady() && m_context.api;
    m_explore->setEnabled(ready);
    m_compare->setEnabled(ready && m_context.previousOf(*m_selected).has_value());
}

void ExplorerActions::explore()
{
    if (!m_selected || !m_selected->isReady())
        return;
    auto *dialog = new ExplorerDialog(m_context, *m_selected, m_window);
    m_windows << dialog;
    dialog->show();
}

void ExplorerActions::compare()
{
    if (!m_selected)
        return;
    const std::optional<Snapshot> before = m_context.previousOf(*m_selected);
    if (!before)
        return;
    auto *dialog = new CompareDialog(m_context, *before, *m_selected, m_window);
    m_windows << dialog;
    dialog->show();
}

void ExplorerActions::compareWithNewest(const Snapshot &snapshot, QWidget *parent)
{
    const std::optional<Snapshot> newest = m_context.newest();
    if (!newest || newest->id == snapshot.id)
        return;
    // Over a window-modal restore dialog only its own children take input: parent it there.
    auto *dialog = new CompareDialog(m_context, snapshot, *newest, parent ? parent : m_window.data());
    m_windows << dialog;
    dialog->show();
}

void ExplorerActions::offerComparison(RestoreDialog *dialog)
{
    const std::optional<Snapshot> newest = m_context.newest();
    const Snapshot chosen = dialog->snapshot();
    if (!newest || newest->id == chosen.id || chosen.environment != m_context.environment)
        return;
    dialog->offerComparison(ExplorerContext::describe(*newest),
                            [this, chosen, dialog = QPointer<RestoreDialog>(dialog)] { compareWithNewest(chosen, dialog); });
}
