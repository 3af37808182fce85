#pragma once

#include "Command.h"

class FleetReader;

// mf site list [--filter TEXT]: the sites, each environment with its backup freshness against
// its schedule (as the desktop's fleet shows it).
class SiteListCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

    void addOptions(QCommandLineParser &parser) override;
    QString readArguments(const QCommandLineParser &parser) override;
    void start() override;

private:
    void onFinished(const FleetReader &fleet);

    QString m_filter;
};
