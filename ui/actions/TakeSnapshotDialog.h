#pragma once

#include "api/ApiError.h"
#include "api/Job.h"

#include <QDialog>
#include <QPointer>
#include <QString>

class ApiClient;
class JobStart;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

// "Take snapshot" for one environment: an optional label, then the capture request. The dialog
// stays open while the request is on its way so a failure can be shown and retried in place.
// One JobStart per dialog (one user action): "Try again" after an unknown outcome reuses its
// Idempotency-Key, which is why the label is frozen once sent — a different label would be a
// different request; after a refusal the label may change and the next try is a new request.
class TakeSnapshotDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int MaxLabelLength = 200;

    TakeSnapshotDialog(ApiClient *api, const QString &siteRef, const QString &siteName,
                       const QString &environment, QWidget *parent = nullptr);

    QString label() const;
    QString idempotencyKey() const;

    // Closing while the request is on its way hides the dialog but keeps it until the answer:
    // the capture may well have been taken, and captureAccepted() must still reach the app.
    void reject() override;

protected:
    // The title bar's close button would delete a WA_DeleteOnClose dialog at once; while the
    // request is on its way it only hides it, as reject() does.
    void closeEvent(QCloseEvent *event) override;

Q_SIGNALS:
    // The platform accepted the capture (the snapshot exists, pending). The dialog then closes.
    // (::Accepted: inside a QDialog, plain Accepted is QDialog::DialogCode.)
    void captureAccepted(const ::Accepted &accepted);
    void environmentBusy(const QString &jobId);
    // The user chose "Follow Running Job" after environment_busy: show that job.
    void followJobRequested(const QString &jobId);
    void unauthorized(const ApiError &error);
    // The request failed after the user had closed the dialog: nobody sees the error in it, so
    // the app says it elsewhere (status bar).
    void failedWhileClosed(const ApiError &error);

private:
    void send();
    void onAccepted(const ::Accepted &accepted);
    void onFailed(const ApiError &error);
    void updateCounter();
    void showError(const ApiError &error);

    QPointer<ApiClient> m_api; // the session's; gone when it ends while the dialog is open
    JobStart *m_start;
    bool m_sending = false;
    bool m_closeWhenAnswered = false;

    QLineEdit *m_label;
    QLabel *m_counter;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_take;
    QPushButton *m_follow;
    QString m_busyJobId;
};
