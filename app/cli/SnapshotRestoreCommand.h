#pragma once

#include "Command.h"
#include "api/Environment.h"
#include "api/Job.h"
#include "api/Snapshot.h"

#include <QStringList>

class LineReader;
class RestoreFlow;

// mf snapshot restore ID --site SITE [--db] [--files] [--to-env ENV] [--safety-snapshot]
//                        [--yes] [--wait]
// A restore into a protected environment is confirmed by typing the environment's name, on a
// terminal only: without one, --yes is required (a script must say so explicitly).
class SnapshotRestoreCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

    QString syntax() const override { return tr("SNAPSHOT_ID"); }
    void addOptions(QCommandLineParser &parser) override;
    QString readArguments(const QCommandLineParser &parser) override;
    void start() override;
    void interrupt() override;

private:
    QString notFoundText() const override;
    QString notFoundHint() const override;
    void onSnapshot(ApiReply *reply);
    void onEnvironments(ApiReply *reply);
    void confirm();
    void onConfirmation(const QString &typed);
    void startRestore();
    void onAccepted(const Job &job);
    void onSucceeded(const Job &job);
    void onFailed(const QString &message);

    QString m_site;
    QString m_snapshotId;
    QStringList m_selectors;
    QString m_targetEnv;
    bool m_yes = false;
    bool m_wait = false;
    bool m_safety = false;
    Snapshot m_snapshot;
    Environment m_target;
    LineReader *m_reader = nullptr;
    RestoreFlow *m_flow = nullptr;
};
