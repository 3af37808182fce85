#pragma once

#include "api/BackupPolicy.h"
#include "api/Site.h"
#include "jobs/BulkSnapshotRunner.h"

#include <QDateTime>

#include <QDialog>
#include <QPointer>

class ApiClient;
class BulkRunJournal;
class QComboBox;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;

// Snapshots of many environments at once: the selected ones, or (with setFleet()) every
// production, a plan's sites or the late and stale ones; an optional label and what to do with a
// busy environment; then the same table becomes the live report (done, failed with the reason,
// skipped) that "Copy Report" puts on the clipboard and "Export CSV…" saves. With a journal owner
// (the account), a run interrupted by closing the app continues when the same environments and
// label are started again.
class BulkSnapshotDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { SiteColumn, EnvironmentColumn, ResultColumn, ProgressColumn, DetailColumn, ColumnCount };
    static constexpr int ProgressRole = Qt::UserRole + 1;

    BulkSnapshotDialog(ApiClient *api, const QList<BulkSnapshotRunner::Target> &targets, QWidget *parent = nullptr);

    BulkSnapshotRunner *runner() const;
    // Offers choosing the environments by what they are (combo box "chooseCombo").
    void setFleet(const QList<Site> &sites, const QList<BackupPolicy> &policies, const QDateTime &now);
    // Keeps the run on disk for this account (BulkRunJournal) so that it can be continued.
    void setJournalOwner(const QString &accountId, const QString &directory = {});
    QList<BulkSnapshotRunner::Target> targets() const;
    void setConcurrency(int n);     // captures in flight at most; default 0 = as the rate limit allows
    void setRoundDelay(int ms); // before another round after an unknown outcome (tests)

Q_SIGNALS:
    // The run is about to start; the receiver may take ownership so it outlives the dialog.
    void bulkStarted(BulkSnapshotRunner *runner);
    void unauthorized(const ApiError &error);

private:
    void start();
    void chooseTargets(int index);
    void fillTable();
    void updateRow(int index);
    void updateSummary();
    void copyReport();
    void exportCsv();

    QPointer<ApiClient> m_api; // the session's; gone when it ends while the dialog is open
    QList<BulkSnapshotRunner::Target> m_selected; // what the window had selected
    QList<BulkSnapshotRunner::Target> m_targets;  // what will be (or is being) captured
    QList<Site> m_sites;
    QList<BackupPolicy> m_policies;
    QDateTime m_now;
    QString m_journalOwner;
    QString m_journalDirectory;
    QPointer<BulkRunJournal> m_journal;
    QPointer<BulkSnapshotRunner> m_runner;
    int m_concurrency = 0;
    int m_roundDelayMs = 2000;

    QLabel *m_heading;
    QComboBox *m_choose;
    QLineEdit *m_label;
    QRadioButton *m_join;
    QRadioButton *m_wait;
    QRadioButton *m_skip;
    QTableWidget *m_table;
    QLabel *m_summary;
    QPushButton *m_start;
    QPushButton *m_stop;
    QPushButton *m_copy;
    QPushButton *m_export;
    QPushButton *m_close;
};
