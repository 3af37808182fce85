#include "SnapshotFilterProxy.h"

#include "SnapshotTableModel.h"

SnapshotFilterProxy::SnapshotFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SnapshotTableModel::SortRole);
    // A newer page of history changes the marks of rows already shown: filter them again.
    setDynamicSortFilter(true);
}

void SnapshotFilterProxy::setOnlyFilesChanged(bool on)
{
    if (on == m_onlyFilesChanged)
        return;
    m_onlyFilesChanged = on;
    invalidateRowsFilter();
}

bool SnapshotFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_onlyFilesChanged)
        return true;
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    return i.data(SnapshotTableModel::FilesChangeRole).toInt() == int(ComponentChanges::Change::Changed);
}
