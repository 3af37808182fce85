// mf-sandbox: wires the options, the key tool and the platform together.
#include "KeyTool.h"
#include "SandboxApp.h"
#include "SandboxClock.h"
#include "SandboxOptions.h"
#include "ShutdownSignals.h"
#include "Store.h"

#include <QCoreApplication>

#include <cstdio>
#include <sys/stat.h>

int main(int argc, char **argv)
{
    // Everything the sandbox writes is private to its user, whatever the caller's umask:
    // platform.db holds the URL-signing secret and the archives hold the sites' databases.
    // (Environment files get their archived modes explicitly; the data dir is 0700 anyway.)
    ::umask(077);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mf-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MF_VERSION));
    qSetMessagePattern(QStringLiteral("%{category}: %{if-warning}warning: %{endif}%{message}"));

    const QStringList args = QCoreApplication::arguments();
    if (args.value(1) == QLatin1String("keys")) {
        QString dataDir = SandboxOptions::defaultDataDir();
        const qsizetype i = args.indexOf(QStringLiteral("--data"));
        if (i > 0 && i + 1 < args.size())
            dataDir = args.at(i + 1);
        Store store;
        // Sharing: a sandbox may be serving this data dir; its tmp/ and jobs are its own.
        if (!store.open(dataDir, Store::Role::Sharing)) {
            std::fprintf(stderr, "mf-sandbox keys: cannot open %s: %s\n", qPrintable(dataDir), qPrintable(store.lastError()));
            return 1;
        }
        return KeyTool::run(&store, SandboxClock(), args);
    }

    SandboxOptions options;
    QString error;
    bool exitNow = false;
    if (!options.parse(args, &error, &exitNow)) {
        std::fprintf(stderr, "mf-sandbox: %s\n", qPrintable(error));
        return 2;
    }
    SandboxApp sandbox;
    if (!sandbox.start(options, &error)) {
        std::fprintf(stderr, "mf-sandbox: %s\n", qPrintable(error));
        return 1;
    }
    ShutdownSignals signals;
    QObject::connect(&signals, &ShutdownSignals::shutdownRequested, &app, &QCoreApplication::quit);
    return app.exec();
}
