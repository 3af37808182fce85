#pragma once

#include "Command.h"

// mf env list --site SITE
class EnvListCommand : public Command
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
};
