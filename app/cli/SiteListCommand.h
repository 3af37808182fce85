#pragma once

#include "Command.h"

#include <QJsonArray>

// mf site list [--filter TEXT]
class SiteListCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

    void addOptions(QCommandLineParser &parser) override;
    QString readArguments(const QCommandLineParser &parser) override;
    void start() override;

private:
    void onFinished(ApiReply *reply);

    QString m_filter;
    QJsonArray m_items;
};
