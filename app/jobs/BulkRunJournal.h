#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QLockFile;
class QTimer;

// What a bulk snapshot run has done so far, on disk, so that a run interrupted by a crash, a
// kill or a closed window continues where it stopped when it is started again with the same
// targets and label, without a second snapshot of any environment.
//
// One JSON file per run, <directory>/<run id>.json; the run id is a hash of who runs it, the label
// and the set of targets, so the same command (or the same choice in the dialog) finds it again.
// What matters for "never twice" is each environment's Idempotency-Key: a run saves every key
// before the request that uses it (flush()), so a request repeated after a restart replays the
// platform's stored answer instead of starting another capture. Progress (job ids, outcomes) is
// saved a moment later (at most every saveDelayMs); if that is lost, the replayed answer brings
// it back. A run whose every environment got its snapshot removes its file (discard()); a stored
// run older than the platform's 24-hour key memory is not continued. A lock file keeps two
// processes from running the same run at once.
class BulkRunJournal : public QObject
{
    Q_OBJECT
public:
    struct Record
    {
        QString key;         // the Idempotency-Key the next request of this environment uses
        QString state;       // "queued", "capturing", "done", "failed", "skipped"
        QString jobId;
        QString snapshotId;
        QString reason;
        QString requestId;
        bool joined = false;    // the snapshot is a capture that was already running
        bool jobFailed = false; // the platform ran the capture and it failed: a new key next time
    };

    BulkRunJournal(const QString &directory, const QString &runId, QObject *parent = nullptr);
    ~BulkRunJournal() override;

    // The run id of these targets ("site/environment" each; order and repeats do not matter).
    static QString runId(const QString &owner, const QString &label, const QStringList &targets);
    // Where runs are kept by default: <app data>/bulk-runs.
    static QString defaultDirectory();

    // Takes the run's lock and reads what an earlier start left, if anything. False with a
    // sentence when another process runs it, or the file cannot be read (it is then left
    // alone: it holds the keys that keep the environments from a second snapshot).
    bool open(const QString &label, QString *error);
    bool isContinued() const;   // open() found an earlier, unfinished start
    QDateTime startedAt() const;
    QString path() const;

    bool contains(const QString &target) const;
    Record record(const QString &target) const;
    // Changes one environment's record; saved within saveDelayMs, or at the next flush().
    void set(const QString &target, const Record &record);
    bool flush(QString *error = nullptr);
    // Every environment got its snapshot: nothing to continue.
    void discard();

    void setSaveDelay(int ms);

private:
    bool load(QString *error);

    QString m_directory;
    QString m_runId;
    QString m_label;
    QDateTime m_startedAt;
    QHash<QString, Record> m_records;
    std::unique_ptr<QLockFile> m_lock;
    QTimer *m_saveTimer;
    bool m_dirty = false;
    bool m_continued = false;
};
