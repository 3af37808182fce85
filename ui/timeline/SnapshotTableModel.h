#pragma once

#include "api/Snapshot.h"
#include "index/ComponentChanges.h"

#include <QAbstractTableModel>
#include <QList>

class Clock;

// An environment's snapshots, one per row, in the API's order (newest first). Raw values in
// roles; text only for display, sizes and times in the user's locale.
class SnapshotTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CreatedColumn, KindColumn, LabelColumn, StatusColumn, DatabaseSizeColumn,
                  FilesSizeColumn, ChangesColumn, ExpiresColumn, CreatedByColumn, ColumnCount };
    enum Role {
        SnapshotIdRole = Qt::UserRole + 1,
        KindRole,          // SnapshotKind as int
        StatusRole,        // SnapshotStatus as int
        CreatedAtRole,     // QDateTime
        ExpiresAtRole,     // QDateTime, invalid = kept
        SortRole,
        DatabaseChangeRole, // ComponentChanges::Change as int, against the snapshot before
        FilesChangeRole,    // likewise for the files
    };

    explicit SnapshotTableModel(const Clock *clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setSnapshots(const QList<Snapshot> &snapshots);
    void appendSnapshots(const QList<Snapshot> &snapshots);
    void clear();
    // Relative times ("expires in 3 days") move with the clock.
    void refreshTimes();

    const QList<Snapshot> &snapshots() const { return m_snapshots; }
    const Snapshot &snapshotAt(int row) const { return m_snapshots[row]; }
    int rowOf(const QString &snapshotId) const; // -1 when absent
    ComponentChanges::Marks changesAt(int row) const;

private:
    QVariant display(const Snapshot &s, int column) const;
    QVariant sortValue(const Snapshot &s, int column) const;
    QString changesText(const Snapshot &s) const;
    QString changesToolTip(const Snapshot &s) const;

    const Clock *m_clock;
    QList<Snapshot> m_snapshots;
    QHash<QString, ComponentChanges::Marks> m_changes; // by snapshot id
};
