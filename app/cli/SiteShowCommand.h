#pragma once

#include "Command.h"

// mf site show SITE: one site (getSite) with its environments.
class SiteShowCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

    QString syntax() const override { return tr("SITE"); }
    QString readArguments(const QCommandLineParser &parser) override;
    void start() override;

private:
    QString notFoundText() const override;
    void onFinished(ApiReply *reply);

    QString m_site;
};
