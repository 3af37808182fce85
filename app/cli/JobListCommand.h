#pragma once

#include "Command.h"
#include "api/Job.h"

#include <QList>

// mf job list [--running] [--site SITE]
class JobListCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

    void addOptions(QCommandLineParser &parser) override;
    QString readArguments(const QCommandLineParser &parser) override;
    void start() override;

private:
    void onFinished(ApiReply *reply);

    bool m_running = false;
    QString m_site;
    QList<Job> m_jobs; // of the lists answered so far
    int m_pending = 0;     // lists still to come
    bool m_failed = false; // told already: the other list's end says nothing more
};
