#pragma once

#include "Command.h"

class FleetReader;

// mf fleet health [--env NAME]: every environment with scheduled backups, judged against its own
// cadence. Exits as a monitoring plugin does (0 fresh, 1 late, 2 stale or never backed up,
// 3 the fleet could not be read), so cron or a monitoring system can run it as it is.
class FleetHealthCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

    void addOptions(QCommandLineParser &parser) override;
    QString readArguments(const QCommandLineParser &parser) override;
    void start() override;
    int usageExitCode() const override;

    // The exit statuses, for --help and docs/cli.md.
    static QString exitStatusHelp();

private:
    void onFinished(const FleetReader &fleet);

    QString m_env;
};
