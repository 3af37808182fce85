#include "PathHistoryDialog.h"

#include "style/StatusColors.h"
#include "util/Format.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

PathHistoryDialog::PathHistoryDialog(const ExplorerContext &context, IndexComponent component, const QString &path,
                                     QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_history(PathHistory::of(context.cache, context.site.id, context.environment, component, path))
    , m_table(new QTableWidget(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("pathHistoryDialog"));
    setWindowTitle(tr("History of %1").arg(path));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(820, 480);

    auto *title = new QLabel(QStringLiteral("<b>%1</b><br>%2 · %3")
                                 .arg(path.toHtmlEscaped(), context.site.name.toHtmlEscaped(), context.environment.toHtmlEscaped()),
                             this);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Snapshot"), tr("This path"), tr("Size"), tr("SHA-256")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(SnapshotColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SizeColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_note->setObjectName(QStringLiteral("historyNote"));
    m_note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    fill();
}

void PathHistoryDialog::fill()
{
    // Snapshot names from the timeline's list; an indexed snapshot the list no longer has (pruned
    // since) is still named by its time.
    QHash<QString, Snapshot> known;
    for (const Snapshot &s : std::as_const(m_context.snapshots))
        known.insert(s.id, s);
    m_table->setRowCount(int(m_history.versions.size()));
    for (int row = 0; row < m_history.versions.size(); ++row) {
        const PathHistory::Version &v = m_history.versions[row];
        Snapshot s = known.value(v.snapshot.snapshotId);
        if (s.id.isEmpty()) {
            s.id = v.snapshot.snapshotId;
            s.createdAt = v.snapshot.createdAt;
        }
        QString state;
        if (!v.present)
            state = v.changed ? tr("Removed") : tr("Absent");
        else if (v.changed)
            state = row + 1 == m_history.versions.size() ? tr("Present") : tr("Changed");
        else
            state = tr("Unchanged");
        const auto item = [](const QString &text) { return new QTableWidgetItem(text); };
        auto *name = item(ExplorerContext::describe(s));
        name->setData(Qt::UserRole, s.id);
        m_table->setItem(row, SnapshotColumn, name);
        auto *stateItem = item(state);
        if (v.changed) {
            QFont bold = stateItem->font();
            bold.setBold(true);
            stateItem->setFont(bold);
            stateItem->setForeground(StatusColors::changedFiles());
        }
        m_table->setItem(row, StateColumn, stateItem);
        auto *size = item(v.present ? Format::size(v.entry.size) : QString());
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, SizeColumn, size);
        auto *sha = item(v.present ? QString::fromLatin1(v.entry.sha256) : QString());
        sha->setToolTip(sha->text());
        m_table->setItem(row, Sha256Column, sha);
    }
    const int ready = int(m_context.readySnapshots().size());
    QString note = tr("%n indexed snapshot(s) looked at", nullptr, m_history.indexed);
    if (m_history.indexed < ready)
        note += QLatin1Char(' ') + tr("(of %1 ready ones: open a snapshot in the explorer to index it).").arg(ready);
    if (!m_history.unreadable.isEmpty())
        note += QLatin1Char('\n') + tr("%n index(es) could not be read and will be built again.", nullptr, int(m_history.unreadable.size()));
    m_note->setText(note);
}
