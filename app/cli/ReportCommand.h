#pragma once

#include "Command.h"

#include "report/ReportFile.h"
#include "report/ReportRequest.h"

#include <QPointer>
#include <QStringList>

class ReportLoader;

// mf report [--site SLUG …] [--from DATE] [--to DATE] --format pdf|html|csv -o FILE
// A client report over a period: per site and environment, scheduled backups expected and taken,
// manual snapshots, failed captures, restores, the newest backup and a compliance percentage.
class ReportCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

    // True when these arguments (main()'s, program name first) ask for a PDF: drawing one needs
    // a QGuiApplication, which mf makes then only, on the offscreen platform.
    static bool needsGui(const QStringList &arguments);

    void addOptions(QCommandLineParser &parser) override;
    QString readArguments(const QCommandLineParser &parser) override;
    void start() override;
    void interrupt() override;

private:
    void write(const ClientReport &report);

    ReportRequest m_request;
    ReportFile::Format m_format = ReportFile::Format::Pdf;
    QString m_output;
    QPointer<ReportLoader> m_loader;
};
