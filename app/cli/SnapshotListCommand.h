#pragma once

#include "Command.h"

#include <QJsonArray>

// mf snapshot list --site SITE [--env ENV] [--kind KIND] [--status STATUS]
class SnapshotListCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

    void addOptions(QCommandLineParser &parser) override;
    QString readArguments(const QCommandLineParser &parser) override;
    void start() override;

private:
    QString notFoundText() const override;
    QString notFoundHint() const override;
    void onFinished(ApiReply *reply);

    QString m_site;
    QString m_env;
    QString m_kind;
    QString m_status;
};
