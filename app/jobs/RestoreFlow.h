#pragma once

#include "api/ApiError.h"
#include "api/Job.h"
#include "api/Snapshot.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>

class ApiClient;
class JobStart;
class JobTracker;

// A careful restore, driven by signals (no waiting in place):
//   [safety capture of the target → follow it → check the new snapshot is ready] → restore →
//   follow the restore job to its end.
// The platform takes no safety snapshot by itself, and a restore must not start before that
// capture is ready — otherwise there is nothing to go back to.
//
// Each POST is a JobStart (one per flow for the safety capture, one for the restore), which keeps
// its Idempotency-Key for every retry whose outcome is unknown — retrying never restores twice —
// and takes a fresh one after a refusal. Jobs are followed by the account's JobTracker: the flow
// subscribes to it and polls nothing itself.
class RestoreFlow : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QString siteRef;            // id or slug
        QString snapshotId;
        QStringList selectors;      // "db", "files" or both
        QString targetEnvironment;  // empty = the snapshot's own
        bool safetySnapshot = false;
        QString safetyLabel;        // label of the safety snapshot
    };

    enum class Stage {
        Idle,
        CapturingSafety,   // safety capture requested or running
        Restoring,         // restore requested or running
        Succeeded,
        Failed,
        Cancelled,
    };
    Q_ENUM(Stage)

    RestoreFlow(ApiClient *api, const Request &request, QObject *parent = nullptr);
    ~RestoreFlow() override;

    void start();
    // After Failed: carries on from the step that failed (a ready safety snapshot is not taken again).
    void retry();
    // Stops before the restore is sent; returns false once the platform has accepted the restore
    // (it cannot be called back) — the flow then goes on to the end.
    bool cancel();
    bool canCancel() const;

    const Request &request() const;
    Stage stage() const;
    int progress() const;          // 0–100 over the whole flow
    QString phase() const;         // the platform's step, English
    const Snapshot &safetySnapshot() const;   // id empty until accepted
    const Job &restoreJob() const;            // id empty until accepted
    QString restoreRequestId() const;         // X-Request-Id of the accepted restore
    // Why it failed: the API error when a request failed, else empty (see failureMessage()).
    const ApiError &error() const;
    QString failureMessage() const;           // a sentence for people
    bool failedInSafetyCapture() const;
    QString busyJobId() const;                // details.job_id of environment_busy, else empty

Q_SIGNALS:
    void stageChanged(RestoreFlow::Stage stage);
    void progressChanged(int percent, const QString &phase);
    void safetySnapshotAccepted(const Accepted &accepted);
    void safetySnapshotReady(const Snapshot &snapshot);
    void restoreAccepted(const Job &job);
    void succeeded(const Job &job);
    void failed(const QString &message);
    void environmentBusy(const QString &jobId);
    void unauthorized(const ApiError &error);

private:
    void captureSafety();
    void onCaptureAccepted(const Accepted &accepted);
    void checkSafetySnapshot();
    void sendRestore();
    void onRestoreAccepted(const Accepted &accepted);
    void follow(const QString &jobId);
    void onJobUpdated(const Job &job);
    void onJobEnded(const Job &job);
    void setStage(Stage stage);
    void setProgress(int stagePercent, const QString &phase);
    void fail(const ApiError &error, const QString &message = {});
    bool signedOut(); // the client is gone: fails the flow and says so
    bool stillWanted() const;

    struct Private;
    std::unique_ptr<Private> d;
};
