// Managed Desktop: wires the core and the UI library together; no logic of its own.
#include "auth/AccountStore.h"
#include "auth/ApiKey.h"
#include "auth/CredentialStore.h"
#include "main/MainWindow.h"
#include "notify/NotificationsController.h"
#include "style/AppStyle.h"
#include "style/Icons.h"
#include "util/AppIdentity.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCommandLineParser>

namespace {

// The autostart entry's --tray (issue 17): start hidden in the notification area.
QCommandLineOption trayOption()
{
    return QCommandLineOption(
        QStringLiteral("tray"),
        QCoreApplication::translate(
            "main", "Start in the notification area without showing the window, when tray mode is on."));
}

// After Translations::install(), so that the help is in the user's language. Returns --connect.
QCommandLineOption describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate("main", "Snapshots and backups for the managed.dev platform."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption connectOption(QStringLiteral("connect"),
        QCoreApplication::translate("main", "Sign in to the API at <url> with the key in MF_API_KEY, without a dialog."),
        QStringLiteral("url"));
    parser.addOption(connectOption);
    parser.addOption(trayOption());
    return connectOption;
}

// --help and --version print and exit: they must work where no display is (a terminal over ssh,
// a packaging check), so they are answered before any window system is touched.
bool asksOnlyForText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "-?" || arg == "--help-all" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (asksOnlyForText(argc, argv)) {
        QCoreApplication app(argc, argv);
        AppIdentity::apply();
        Translations::install(app);
        QCommandLineParser parser;
        describe(parser);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setStyle(new AppStyle);
    AppIdentity::apply();
    QApplication::setDesktopFileName(QStringLiteral("dev.managed.Desktop"));
    QApplication::setWindowIcon(Icons::appIcon());
    Translations::install(app);

    QCommandLineParser parser;
    const QCommandLineOption connectOption = describe(parser);
    parser.process(app);

    AccountStore accounts;
    CredentialStore credentials;
    MainWindow window(&accounts, &credentials, {});
    if (!parser.isSet(trayOption()) || !window.notifications()->startsHidden())
        window.show();

    if (parser.isSet(connectOption)) {
        // Read once, then removed from the environment so no child process inherits the secret.
        const QString key = ApiKey::normalized(qEnvironmentVariable("MF_API_KEY"));
        qunsetenv("MF_API_KEY");
        const QUrl url = QUrl::fromUserInput(parser.value(connectOption));
        if (key.isEmpty())
            window.openSignIn({}, QApplication::translate("main", "MF_API_KEY is not set: enter the key for %1.").arg(url.toDisplayString()));
        else
            window.connectTo(url, key);
    } else {
        window.start();
    }
    return app.exec();
}
