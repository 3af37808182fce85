#include "JobsPanel.h"

#include "JobsModel.h"
#include "common/ProgressDelegate.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

JobsPanel::JobsPanel(JobTracker *tracker, QWidget *parent)
    : QWidget(parent), m_model(new JobsModel(tracker, this))
{
    setObjectName(QStringLiteral("jobsPanel"));
    setAccessibleName(tr("Jobs"));

    auto *copy = new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy Details"), this);
    copy->setObjectName(QStringLiteral("copyJobAction"));
    auto *clear = new QAction(QIcon::fromTheme(QStringLiteral("edit-clear")), tr("C&lear Finished"), this);
    clear->setObjectName(QStringLiteral("clearFinishedJobsAction"));

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("jobsView"));
    m_view->setAccessibleName(tr("Jobs"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setItemDelegateForColumn(JobsModel::ProgressColumn, new ProgressDelegate(JobsModel::ProgressRole, m_view));
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({copy, clear});
    const int ch = fontMetrics().averageCharWidth();
    const int widths[] = {13, 20, 17, 26, 17, 16, 24, 10};
    for (int c = 0; c < JobsModel::ColumnCount; ++c)
        m_view->setColumnWidth(c, ch * widths[c]);

    m_empty = new QLabel(tr("No jobs. Snapshots and restores you start appear here with their progress."), this);
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addStretch(1);
    for (QAction *a : {copy, clear}) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setObjectName(a->objectName().replace(QLatin1String("Action"), QLatin1String("Button")));
        buttons->addWidget(b);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);

    connect(copy, &QAction::triggered, this, &JobsPanel::copySelected);
    connect(clear, &QAction::triggered, m_model, &JobsModel::clearFinished);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &JobsPanel::updateEmpty);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &JobsPanel::updateEmpty);
    connect(m_model, &QAbstractItemModel::modelReset, this, &JobsPanel::updateEmpty);
    updateEmpty();
}

JobsModel *JobsPanel::model() const
{
    return m_model;
}

QTreeView *JobsPanel::view() const
{
    return m_view;
}

void JobsPanel::setSiteName(const QString &siteId, const QString &name)
{
    m_model->setSiteName(siteId, name);
}

void JobsPanel::updateEmpty()
{
    const bool any = m_model->rowCount() > 0;
    m_view->setVisible(any);
    m_empty->setVisible(!any);
}

void JobsPanel::copySelected()
{
    QStringList lines;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        QStringList cells;
        for (int c = 0; c < JobsModel::ColumnCount; ++c) {
            if (c != JobsModel::ProgressColumn)
                cells << m_model->index(row.row(), c).data().toString();
            else
                cells << QStringLiteral("%1%").arg(m_model->index(row.row(), c).data(JobsModel::ProgressRole).toInt());
        }
        cells << m_model->index(row.row(), 0).data(JobsModel::JobIdRole).toString();
        lines << cells.join(u'\t');
    }
    if (!lines.isEmpty())
        QApplication::clipboard()->setText(lines.join(u'\n'));
}
