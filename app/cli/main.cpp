// `mf`: wires the command line to the core and runs the event loop. The work is in CommandLine
// and the command classes.
#include "CommandLine.h"
#include "SignalWatcher.h"
#include "util/AppIdentity.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
