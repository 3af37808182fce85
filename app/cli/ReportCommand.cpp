#include "ReportCommand.h"

#include "PdfPlugin.h"

#include "Arguments.h"
#include "ExitCode.h"
#include "report/ReportLoader.h"
#include "report/ReportText.h"
#include "util/Clock.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

bool ReportCommand::needsGui(const QStringList &arguments)
{
    // Only flags may come before the command's name (CommandLine); after it, the format is
    // --format pdf, --format=pdf, or else the output file's extension.
    qsizetype i = 1;
    while (i < arguments.size() && arguments[i].startsWith(QLatin1Char('-')))
        ++i;
    if (i >= arguments.size() || arguments[i] != QLatin1String("report"))
        return false;
    QString format, output;
    for (++i; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        const QString next = i + 1 < arguments.size() ? arguments[i + 1] : QString();
        if (a == QLatin1String("--format"))
            format = next;
        else if (a.startsWith(QLatin1String("--format=")))
            format = a.mid(9);
        else if (a == QLatin1String("-o") || a == QLatin1String("--output"))
            output = next;
        else if (a.startsWith(QLatin1String("--output=")))
            output = a.mid(9);
    }
    const std::optional<ReportFile::Format> f = format.isEmpty() ? ReportFile::formatOf(output) : ReportFile::parseFormat(format);
    return f == ReportFile::Format::Pdf;
}

void ReportCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("site"), tr("Only this site (slug); repeat for several. Default: every site."), tr("SLUG")});
    parser.addOption({QStringLiteral("from"), tr("First day of the period, YYYY-MM-DD. Default: 29 days before --to."), tr("DATE")});
    parser.addOption({QStringLiteral("to"), tr("Last day of the period, YYYY-MM-DD. Default: today."), tr("DATE")});
    parser.addOption({QStringLiteral("format"), tr("pdf, html or csv. Default: from the file name's extension."), tr("FORMAT")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("The file to write (replaced only once the report is complete)."), tr("FILE")});
}

QString ReportCommand::readArguments(const QCommandLineParser &parser)
{
    if (QString p = Arguments::positional(parser, 0, QString()); !p.isEmpty())
        return p;
    const QDate today = (ctx().clock() ? ctx().clock() : Clock::system())->now().toLocalTime().date();
    m_request.sites = parser.values(QStringLiteral("site"));
    for (const QString &site : std::as_const(m_request.sites)) {
        if (QString p = Arguments::checkSite(site); !p.isEmpty())
            return p;
    }
    auto date = [&parser](const QString &option, QDate *out) -> QString {
        if (!parser.isSet(option))
            return {};
        *out = ReportRequest::parseDate(parser.value(option));
        if (!out->isValid())
            return tr("--%1: '%2' is not a date; write it as YYYY-MM-DD, e.g. 2026-11-30.").arg(option, parser.value(option));
        return {};
    };
    QDate from, to = today;
    if (QString p = date(QStringLiteral("from"), &from); !p.isEmpty())
        return p;
    if (QString p = date(QStringLiteral("to"), &to); !p.isEmpty())
        return p;
    const ReportRequest period = ReportRequest::lastDays(to);
    m_request.firstDay = from.isValid() ? from : period.firstDay;
    m_request.lastDay = to;
    if (QString p = m_request.problem(today); !p.isEmpty())
        return p;

    m_output = parser.value(QStringLiteral("output"));
    if (m_output.isEmpty())
        return tr("-o FILE is needed: where to write the report.");
    const std::optional<ReportFile::Format> format = parser.isSet(QStringLiteral("format"))
                                                         ? ReportFile::parseFormat(parser.value(QStringLiteral("format")))
                                                         : ReportFile::formatOf(m_output);
    if (!format) {
        if (parser.isSet(QStringLiteral("format")))
            return tr("--format: '%1' is not a report format; use pdf, html or csv.").arg(parser.value(QStringLiteral("format")));
        return tr("--format is needed (pdf, html or csv) when the file name does not end in one of them.");
    }
    m_format = *format;
    return {};
}

void ReportCommand::start()
{
    // Before reading a large fleet for minutes: a file that cannot be written fails now, and so
    // does a PDF that this installation cannot draw.
    if (const QString problem = ReportFile::checkWritable(m_output); !problem.isEmpty()) {
        fail(ExitCode::Error, problem);
        return;
    }
    if (m_format == ReportFile::Format::Pdf && !PdfPlugin::writer()) {
        fail(ExitCode::Error, tr("PDF reports need mf-report-pdf, which could not be loaded (%1). "
                                 "Reinstall mf, or write HTML or CSV.").arg(PdfPlugin::problem()));
        return;
    }
    withApi([this](ApiClient *api) {
        m_loader = new ReportLoader(api, ctx().clock(), this);
        term().setProgressEnabled(!json());
        connect(m_loader, &ReportLoader::progress, this, [this](int done, int total) {
            if (total > 0)
                term().progress(tr("Reading sites: %1 of %2").arg(done).arg(total));
        });
        connect(m_loader, &ReportLoader::failed, this, [this](const QString &message, const ApiError &error) {
            term().clearProgress();
            failApi(error, message, {});
        });
        connect(m_loader, &ReportLoader::finished, this, &ReportCommand::write);
        m_loader->start(m_request);
    });
}

void ReportCommand::write(const ClientReport &report)
{
    term().clearProgress();
    if (const QString problem = ReportFile::write(report, m_format, m_output, PdfPlugin::writer()); !problem.isEmpty()) {
        fail(ExitCode::Error, problem);
        return;
    }
    const QString path = QDir::toNativeSeparators(QFileInfo(m_output).absoluteFilePath());
    const ReportText text;
    if (json()) {
        const std::optional<double> c = report.compliance();
        printJson(QJsonObject{{QStringLiteral("file"), path},
                              {QStringLiteral("format"), ReportFile::extension(m_format)},
                              {QStringLiteral("sites"), report.siteCount()},
                              {QStringLiteral("environments"), int(report.rows.size())},
                              {QStringLiteral("compliance_percent"), c ? QJsonValue(*c) : QJsonValue()}});
    } else {
        term().outLine(tr("Wrote the report for %1 to %2.").arg(report.organizationName, path));
        term().outLine(tr("%1 · Compliance: %2").arg(text.scope(report), text.percent(report.compliance())));
    }
    finish(ExitCode::Ok);
}

void ReportCommand::interrupt()
{
    if (m_loader)
        m_loader->cancel();
    Command::interrupt();
}
