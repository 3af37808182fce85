#pragma once

#include "jobs/BulkSnapshotRunner.h"

#include <QDialog>
#include <QPointer>

class ApiClient;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;

// Snapshots of several environments at once: the list of what will be captured, an optional
// label and what to do with a busy environment; then the same table becomes the live report
// (done, failed with the reason, skipped) that "Copy Report" puts on the clipboard.
class BulkSnapshotDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { SiteColumn, EnvironmentColumn, ResultColumn, ProgressColumn, DetailColumn, ColumnCount };
    static constexpr int ProgressRole = Qt::UserRole + 1;

    BulkSnapshotDialog(ApiClient *api, const QList<BulkSnapshotRunner::Target> &targets, QWidget *parent = nullptr);

    BulkSnapshotRunner *runner() const;
    void setConcurrency(int n);     // default 4
    void setRoundDelay(int ms); // before another round after an unknown outcome (tests)

Q_SIGNALS:
    // The run is about to start; the receiver may take ownership so it outlives the dialog.
    void bulkStarted(BulkSnapshotRunner *runner);
    void unauthorized(const ApiError &error);

private:
    void start();
    void updateRow(int index);
    void updateSummary();
    void copyReport();

    QPointer<ApiClient> m_api; // the session's; gone when it ends while the dialog is open
    QList<BulkSnapshotRunner::Target> m_targets;
    QPointer<BulkSnapshotRunner> m_runner;
    int m_concurrency = 4;
    int m_roundDelayMs = 2000;

    QLabel *m_heading;
    QLineEdit *m_label;
    QRadioButton *m_wait;
    QRadioButton *m_skip;
    QTableWidget *m_table;
    QLabel *m_summary;
    QPushButton *m_start;
    QPushButton *m_stop;
    QPushButton *m_copy;
    QPushButton *m_close;
};
