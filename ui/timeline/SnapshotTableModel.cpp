#include "SnapshotTableModel.h"

#include "style/DisplayText.h"
#include "style/Icons.h"
#include "style/StatusColors.h"
#include "style/TimeText.h"
#include "util/Clock.h"
#include "util/Format.h"

#include <QLocale>

SnapshotTableModel::SnapshotTableModel(const Clock *clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{
}

int SnapshotTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_snapshots.size());
}

int SnapshotTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SnapshotTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CreatedColumn: return tr("Created");
    case KindColumn: return tr("Kind");
    case LabelColumn: return tr("Label");
    case StatusColumn: return tr("Status");
    case DatabaseSizeColumn: return tr("Database");
    case FilesSizeColumn: return tr("Files");
    case ChangesColumn: return tr("Changed");
    case ExpiresColumn: return tr("Expires");
    case CreatedByColumn: return tr("Created by");
    }
    return {};
}

static QString sizeText(const std::optional<SnapshotComponent> &c)
{
    return c ? Format::size(c->sizeBytes) : QString();
}

QVariant SnapshotTableModel::display(const Snapshot &s, int column) const
{
    switch (column) {
    case CreatedColumn: return TimeText::absolute(s.createdAt);
    case KindColumn: return DisplayText::snapshotKind(s);
    case LabelColumn: return s.label;
    case StatusColumn: return DisplayText::snapshotStatus(s);
    case DatabaseSizeColumn: return sizeText(s.db);
    case FilesSizeColumn:
        return sizeText(s.files); // the count is in the tooltip: the size is what is compared
    case ChangesColumn: return changesText(s);
    case ExpiresColumn:
        if (s.status == SnapshotStatus::Expired)
            return tr("Expired");
        return s.expiresAt.isValid() ? TimeText::relative(s.expiresAt, m_clock) : tr("Kept");
    case CreatedByColumn:
        return s.createdBy.isEmpty() ? tr("Schedule") : s.createdBy;
    }
    return {};
}

QVariant SnapshotTableModel::sortValue(const Snapshot &s, int column) const
{
    switch (column) {
    case CreatedColumn: return s.createdAt.toMSecsSinceEpoch();
    case KindColumn: return int(s.kind);
    case LabelColumn: return s.label;
    case StatusColumn: return int(s.status);
    case DatabaseSizeColumn: return s.db ? s.db->sizeBytes : qint64(-1);
    case FilesSizeColumn: return s.files ? s.files->sizeBytes : qint64(-1);
    case ChangesColumn: {
        const ComponentChanges::Marks m = m_changes.value(s.id);
        return int(m.database) * 3 + int(m.files);
    }
    case ExpiresColumn: return s.expiresAt.isValid() ? s.expiresAt.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    case CreatedByColumn: return s.createdBy;
    }
    return {};
}

QVariant SnapshotTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Snapshot &s = m_snapshots[index.row()];
    switch (role) {
    case Qt::DisplayRole: return display(s, index.column());
    case Qt::ToolTipRole:
        if (index.column() == CreatedColumn)
            return TimeText::relative(s.createdAt, m_clock);
        if (index.column() == ExpiresColumn && s.expiresAt.isValid())
            return TimeText::absolute(s.expiresAt);
        if (index.column() == StatusColumn && s.error)
            return s.error->message;
        if (index.column() == ChangesColumn)
            return changesToolTip(s);
        if (index.column() == FilesSizeColumn && s.files && s.files->fileCount >= 0)
            return s.files->fileCount == 1 ? tr("%n file", nullptr, 1) : tr("%n files", nullptr, int(s.files->fileCount));
        if ((index.column() == LabelColumn || index.column() == CreatedByColumn) && !display(s, index.column()).toString().isEmpty())
            return display(s, index.column()); // in full where the column cuts it short
        return {};
    case Qt::DecorationRole:
        if (index.column() == StatusColumn) {
            // A small swatch so the table and the timeline share the status colours.
            QPixmap swatch(10, 10);
            swatch.fill(StatusColors::forSnapshotStatus(s.status));
            return swatch;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DatabaseSizeColumn || index.column() == FilesSizeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SnapshotIdRole: return s.id;
    case KindRole: return int(s.kind);
    case StatusRole: return int(s.status);
    case CreatedAtRole: return s.createdAt;
    case ExpiresAtRole: return s.expiresAt;
    case SortRole: return sortValue(s, index.column());
    case DatabaseChangeRole: return int(m_changes.value(s.id).database);
    case FilesChangeRole: return int(m_changes.value(s.id).files);
    }
    return {};
}

void SnapshotTableModel::setSnapshots(const QList<Snapshot> &snapshots)
{
    beginResetModel();
    m_snapshots = snapshots;
    m_changes = ComponentChanges::compute(m_snapshots);
    endResetModel();
}

void SnapshotTableModel::appendSnapshots(const QList<Snapshot> &snapshots)
{
    if (snapshots.isEmpty())
        return;
    const int first = int(m_snapshots.size());
    beginInsertRows({}, first, first + int(snapshots.size()) - 1);
    m_snapshots.append(snapshots);
    m_changes = ComponentChanges::compute(m_snapshots);
    endInsertRows();
    // An older page gives the previously oldest rows something to be compared with.
    if (first > 0)
        Q_EMIT dataChanged(index(0, ChangesColumn), index(first - 1, ChangesColumn),
                           {Qt::DisplayRole, Qt::ToolTipRole, SortRole, DatabaseChangeRole, FilesChangeRole});
}

void SnapshotTableModel::clear()
{
    setSnapshots({});
}

void SnapshotTableModel::refreshTimes()
{
    if (!m_snapshots.isEmpty())
        Q_EMIT dataChanged(index(0, CreatedColumn), index(rowCount() - 1, ExpiresColumn), {Qt::DisplayRole, Qt::ToolTipRole});
}

int SnapshotTableModel::rowOf(const QString &snapshotId) const
{
    for (int i = 0; i < m_snapshots.size(); ++i) {
        if (m_snapshots[i].id == snapshotId)
            return i;
    }
    return -1;
}

ComponentChanges::Marks SnapshotTableModel::changesAt(int row) const
{
    return row >= 0 && row < m_snapshots.size() ? m_changes.value(m_snapshots[row].id) : ComponentChanges::Marks{};
}

QString SnapshotTableModel::changesText(const Snapshot &s) const
{
    using Change = ComponentChanges::Change;
    const ComponentChanges::Marks m = m_changes.value(s.id);
    if (m.database == Change::Changed && m.files == Change::Changed)
        return tr("Database and files");
    if (m.database == Change::Changed)
        return tr("Database");
    if (m.files == Change::Changed)
        return tr("Files");
    if (m.database == Change::Same && m.files == Change::Same)
        return tr("No change");
    return {}; // nothing to compare with: an empty cell, the tooltip says why
}

QString SnapshotTableModel::changesToolTip(const Snapshot &s) const
{
    using Change = ComponentChanges::Change;
    const ComponentChanges::Marks m = m_changes.value(s.id);
    const auto line = [](Change c, const QString &changed, const QString &same, const QString &unknown) {
        return c == Change::Changed ? changed : c == Change::Same ? same : unknown;
    };
    return line(m.database, tr("Database: changed since the snapshot before"),
                tr("Database: unchanged (same checksum as the snapshot before)"),
                tr("Database: unknown (no earlier snapshot with a database to compare with)"))
        + QLatin1Char('\n')
        + line(m.files, tr("Files: changed since the snapshot before"), tr("Files: unchanged (same checksum as the snapshot before)"),
               tr("Files: unknown (no earlier snapshot with files to compare with)"));
}
