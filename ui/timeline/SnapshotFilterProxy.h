#pragma once

#include <QSortFilterProxyModel>

// The snapshot table's sorted view, optionally narrowed to the snapshots whose files differ
// from the snapshot before ("what changed the night the site broke?").
class SnapshotFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit SnapshotFilterProxy(QObject *parent = nullptr);
    bool onlyFilesChanged() const { return m_onlyFilesChanged; }
    void setOnlyFilesChanged(bool on);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_onlyFilesChanged = false;
};
