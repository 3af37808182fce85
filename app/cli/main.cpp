// `mf`: wires the command line to the core and runs the event loop. The work is in CommandLine
// and the command classes.
#include "CommandLine.h"
#include "PdfPlugin.h"
#include "ReportCommand.h"
#include "SignalWatcher.h"
#include "util/AppIdentity.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QLoggingCategory>
#include <QTimer>

#include <memory>

int main(int argc, char *argv[])
{
    // A PDF report draws text, which needs Qt Gui's fonts: only then is mf a QGuiApplication, on
    // the offscreen platform, so that it still runs without a display (cron, ssh, CI). Qt Gui
    // comes with the plugin that draws the PDF; no other command loads it.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> application;
    std::unique_ptr<QTemporaryDir> runtimeDir;
    if (ReportCommand::needsGui(arguments)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // Qt Gui wants a private runtime directory and warns on stderr (which scripts read) when
        // cron or a bare root shell has none: this run gets its own, removed at exit.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            runtimeDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/mf-runtime-XXXXXX"));
            if (runtimeDir->isValid())
                qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir->path()));
        }
        application.reset(PdfPlugin::makeApplication(argc, argv));
    }
    if (!application)
        application = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    AppIdentity::apply(); // the desktop app's: one set of accounts for both
    Translations::install(app);
    // stderr is for mf's own messages, which scripts may read: the core's informational log
    // lines stay off unless asked for (QT_LOGGING_RULES overrides this).
    QLoggingCategory::setFilterRules(QStringLiteral("mf.*.info=false"));

    CommandLine commandLine;
    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::interrupted, &commandLine, &CommandLine::interrupt);
    QObject::connect(&commandLine, &CommandLine::done, &app, &QCoreApplication::exit, Qt::QueuedConnection);
    QTimer::singleShot(0, &commandLine, [&] { commandLine.run(QCoreApplication::arguments()); });
    return app.exec();
}
