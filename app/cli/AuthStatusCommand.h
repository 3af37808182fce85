#pragma once

#include "Command.h"

// mf auth status: who the key belongs to, checked with GET /me right now.
class AuthStatusCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

    QString readArguments(const QCommandLineParser &parser) override;
    void start() override;

private:
    void onMe(ApiReply *reply);
};
