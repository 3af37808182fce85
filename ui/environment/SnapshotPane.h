#pragma once

#include <QWidget>

class Clock;
class PolicyPanel;
class QAction;
class QCheckBox;
class SnapshotFilterProxy;
class QSplitter;
class QTableView;
class SnapshotTableModel;
class TimelineWidget;

// The part of the environment view that shows one environment's snapshots: the timeline above
// the backup policy and the snapshot table, which share one selection. Built only once an
// environment is first picked, so that a start-up does not pay for widgets nobody sees yet.
class SnapshotPane : public QWidget
{
    Q_OBJECT
public:
    SnapshotPane(SnapshotTableModel *model, const Clock *clock, QWidget *parent = nullptr);

    TimelineWidget *timeline() const { return m_timeline; }
    QTableView *table() const { return m_table; }
    PolicyPanel *policy() const { return m_policy; }

    // Rows of the model (not of the table's sorted view); -1 when nothing is selected.
    int selectedRow() const;
    void selectRow(int row);
    // Right-click on a snapshot offers these (Take, Restore, Download…).
    void setActions(const QList<QAction *> &actions);

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

Q_SIGNALS:
    void selectionChanged(); // the current or the selected row changed

private:
    void setUpTable();

    SnapshotTableModel *m_model;
    SnapshotFilterProxy *m_proxy;
    TimelineWidget *m_timeline;
    QTableView *m_table;
    PolicyPanel *m_policy;
    QCheckBox *m_onlyFilesChanged;
    QSplitter *m_splitter;
};
