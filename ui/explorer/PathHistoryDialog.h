#pragma once

#include "ExplorerContext.h"
#include "index/PathHistory.h"

#include <QDialog>

class QLabel;
class QTableWidget;

// The versions of one path across the environment's indexed snapshots, newest first: when it
// appeared, changed or went, with its size and checksum ("which snapshot still has the good
// config.php?"). Read from the cached indexes only; the note says how many were looked at.
class PathHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { SnapshotColumn, StateColumn, SizeColumn, Sha256Column, ColumnCount };

    PathHistoryDialog(const ExplorerContext &context, IndexComponent component, const QString &path,
                      QWidget *parent = nullptr);

    const PathHistory &history() const { return m_history; }

private:
    void fill();

    ExplorerContext m_context;
    PathHistory m_history;
    QTableWidget *m_table;
    QLabel *m_note;
};
