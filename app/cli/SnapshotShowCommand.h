#pragma once

#include "Command.h"

struct SnapshotComponent;

// mf snapshot show ID --site SITE: one snapshot (getSnapshot), with its components' checksums.
class SnapshotShowCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

    QString syntax() const override { return tr("SNAPSHOT_ID"); }
    void addOptions(QCommandLineParser &parser) override;
    QString readArguments(const QCommandLineParser &parser) override;
    void start() override;

private:
    QString notFoundText() const override;
    QString notFoundHint() const override;
    void onFinished(ApiReply *reply);
    static QString componentText(const SnapshotComponent &c);

    QString m_site;
    QString m_snapshotId;
};
