#include "SnapshotPane.h"

#include "PolicyPanel.h"
#include "style/DisplayText.h"
#include "style/TimeText.h"
#include "timeline/SnapshotFilterProxy.h"
#include "timeline/SnapshotTableModel.h"
#include "timeline/TimelineWidget.h"

#include <QAction>
#include <QCheckBox>
#include <QHeaderView>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

SnapshotPane::SnapshotPane(SnapshotTableModel *model, const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new SnapshotFilterProxy(this))
    , m_timeline(new TimelineWidget(model, clock, this))
    , m_table(new QTableView(this))
    , m_policy(new PolicyPanel(clock, this))
    , m_onlyFilesChanged(new QCheckBox(tr("Only snapshots where the files changed"), this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("snapshotPane"));
    m_proxy->setSourceModel(model);
    m_onlyFilesChanged->setObjectName(QStringLiteral("onlyFilesChanged"));
    m_onlyFilesChanged->setToolTip(tr("Show only the snapshots whose files differ from the snapshot before, "
                                      "told from the checksums without downloading anything"));
    setUpTable();

    auto *bottom = new QWidget(m_splitter);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_policy);
    bottomLayout->addWidget(m_onlyFilesChanged);
    bottomLayout->addWidget(m_table, 1);
    m_splitter->addWidget(m_timeline);
    m_splitter->addWidget(bottom);
    // The table takes what the window gains or loses (a dock opening below, a smaller screen):
    // the timeline keeps the height it was given, so its lanes never squeeze together.
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setObjectName(QStringLiteral("environmentSplitter"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_timeline, &TimelineWidget::snapshotClicked, this, &SnapshotPane::selectRow);
    connect(m_onlyFilesChanged, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setOnlyFilesChanged(on);
        m_timeline->setOnlyFilesChanged(on);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        m_timeline->setSelectedRow(current.isValid() ? m_proxy->mapToSource(current).row() : -1);
        Q_EMIT selectionChanged();
    });
    // A click makes the row current first and selects it after: the selected snapshot (what
    // Restore and Download act on) is known only then.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SnapshotPane::selectionChanged);
    // A reset drops the selection without a signal: say so, or Restore would still act on a
    // snapshot that may be gone (the environment view selects the kept one again after).
    connect(model, &QAbstractItemModel::modelReset, this, &SnapshotPane::selectionChanged);
}

void SnapshotPane::setUpTable()
{
    m_table->setObjectName(QStringLiteral("snapshotTable"));
    m_table->setAccessibleName(tr("Snapshots"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SnapshotTableModel::CreatedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int widths[] = {0, 7, 12, 7, 7, 8, 10, 9, 14};
    for (int c = 0; c < SnapshotTableModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, widths[c] * em);
    // The creation time is what people scan: wide enough for the locale's longest date and
    // time (a late December evening), plus the sort arrow, so it is never cut off.
    const QDateTime longest(QDate(2026, 12, 28), QTime(23, 59, 59), Qt::UTC);
    m_table->setColumnWidth(SnapshotTableModel::CreatedColumn, fontMetrics().horizontalAdvance(TimeText::absolute(longest)) + 2 * em);
    // Likewise the status in the user's language ("Fehlgeschlagen" is twice "Failed"), plus the
    // colour swatch before it.
    int status = 0;
    for (SnapshotStatus st : {SnapshotStatus::Pending, SnapshotStatus::Capturing, SnapshotStatus::Ready,
                              SnapshotStatus::Failed, SnapshotStatus::Expired}) {
        Snapshot sample;
        sample.status = st;
        status = std::max(status, fontMetrics().horizontalAdvance(DisplayText::snapshotStatus(sample)));
    }
    m_table->setColumnWidth(SnapshotTableModel::StatusColumn, std::max(widths[SnapshotTableModel::StatusColumn] * em, status + 3 * em));
}

int SnapshotPane::selectedRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), current.parent()))
        return -1;
    return m_proxy->mapToSource(current).row();
}

void SnapshotPane::selectRow(int row)
{
    const QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(proxyIndex, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(proxyIndex);
}

void SnapshotPane::setActions(const QList<QAction *> &actions)
{
    for (QWidget *w : {static_cast<QWidget *>(m_table), static_cast<QWidget *>(m_timeline)}) {
        for (QAction *a : w->actions())
            w->removeAction(a);
        w->addActions(actions);
        w->setContextMenuPolicy(Qt::ActionsContextMenu);
    }
}

QByteArray SnapshotPane::saveState() const
{
    return m_splitter->saveState();
}

void SnapshotPane::restoreState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_splitter->restoreState(state);
}
