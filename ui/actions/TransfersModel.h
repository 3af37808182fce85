#pragma once

#include "transfer/TransferInfo.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>

class TransferManager;

// The transfer engine's downloads as a table: name, progress, size, speed, ETA, status. Raw
// values live in roles (bytes, bytes/s, seconds, state); text is made only for DisplayRole, and
// the progress column is painted by ProgressDelegate from ProgressRole. The engine already
// batches its change signals; this model batches once more into one dataChanged per interval
// spanning the changed rows, so a view with hundreds of transfers repaints once, not per row.
class TransfersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ProgressColumn, SizeColumn, SpeedColumn, EtaColumn, StatusColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        StateRole,          // TransferInfo::State as int
        ProgressRole,       // 0–100; -1 while running with the size still unknown
        BytesDoneRole,
        TotalBytesRole,     // -1 when unknown
        SpeedRole,          // bytes per second (double)
        EtaRole,            // seconds, -1 when unknown
        FilePathRole,       // the finished archive
        DirectoryRole,
        ErrorRole,          // the error sentence, empty when none
        ResumableRole,
    };

    explicit TransfersModel(TransferManager *manager, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString idAt(int row) const;
    int rowOf(const QString &id) const;
    TransferInfo infoAt(int row) const;
    void setUpdateInterval(int ms);   // default 200

    static QString displayName(const TransferInfo &info);

private:
    void reload();
    void onAdded(const QString &id);
    void onChanged(const QString &id);
    void onRemoved(const QString &id);
    void flush();

    QPointer<TransferManager> m_manager;
    QStringList m_ids;
    QSet<QString> m_dirty;
    QTimer m_flush;
};
