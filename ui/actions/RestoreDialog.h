#pragma once

#include "RestoreSummary.h"
#include "api/ApiError.h"
#include "api/Site.h"
#include "api/Snapshot.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class ApiClient;
class RestoreFlow;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

// The guided restore: choose → confirm → run (progress, then the result).
//  1. The snapshot (when, kind, label, size of each component); Database and Files check boxes
//     (a component the snapshot lacks is disabled); the target environment (the snapshot's own
//     by default, or another of the site); a safety snapshot of the target first (on by default
//     for a protected target).
//  2. A confirmation in plain words of what will be overwritten and what will not; for a
//     protected target, Restore is enabled only once the environment's name is typed.
//  3. RestoreFlow runs; the result shows the request id with "Copy Details". environment_busy
//     offers to follow the running job; a 401 asks the app for the key again.
// Closing the dialog while the restore runs does not stop it: the flow goes on (the owner of
// restoreStarted()'s flow follows it) and the Jobs panel shows it.
class RestoreDialog : public QDialog
{
    Q_OBJECT
public:
    enum Page { ChoosePage, ConfirmPage, RunPage };

    RestoreDialog(ApiClient *api, const Site &site, const Snapshot &snapshot, QWidget *parent = nullptr);
    ~RestoreDialog() override;

    Page currentPage() const;
    RestoreFlow *flow() const;
    RestoreSummary::Input summaryInput() const;
    // What "Copy Details" copies: what was asked, the ids, and the error if it failed.
    QString detailsText() const;
    const Snapshot &snapshot() const { return m_snapshot; }
    // Shows "Compare with Newest…" on the confirm page: `open` shows what changed since the
    // chosen snapshot (the explorer's compare window), before anything is restored.
    void offerComparison(const QString &newest, const std::function<void()> &open);

Q_SIGNALS:
    // The restore (or its safety capture) is about to be requested; the receiver may take
    // ownership of flow so it outlives the dialog.
    void restoreStarted(RestoreFlow *flow);
    void followJobRequested(const QString &jobId);
    void unauthorized(const ApiError &error);

private:
    QWidget *buildChoosePage();
    QWidget *buildConfirmPage();
    QWidget *buildRunPage();
    const Environment *targetEnvironment() const;
    void updateChoosePage();
    void onTargetChanged();
    void goToConfirm();
    void updateConfirmPage();
    void startRestore();
    void onFlowProgress(int percent, const QString &phase);
    void onFlowStage();
    void showResult(bool success, const QString &message);
    void setPage(Page page);
    void copyDetails();
    QString detailsLines(bool withError) const;

    QPointer<ApiClient> m_api; // the session's; gone when it ends while the dialog is open
    Site m_site;
    Snapshot m_snapshot;
    QPointer<RestoreFlow> m_flow;
    bool m_safetyTouched = false;

    QStackedWidget *m_pages;
    // Choose
    QCheckBox *m_db;
    QCheckBox *m_files;
    QComboBox *m_target;
    QCheckBox *m_safety;
    QLabel *m_chooseHint;
    // Confirm
    QLabel *m_summary;
    QLabel *m_safetyNote;
    QLabel *m_typePrompt;
    QLineEdit *m_confirmEdit;
    QPushButton *m_compare = nullptr;
    // Run
    QLabel *m_runHeading;
    QLabel *m_safetyStep;
    QLabel *m_restoreStep;
    QProgressBar *m_progress;
    QLabel *m_phase;
    QLabel *m_result;
    QLabel *m_details;
    // Buttons
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_restore;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_follow;
    QPushButton *m_copy;
    QPushButton *m_close;
};
