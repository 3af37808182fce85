// Managed Desktop: wires the core and the UI library together; no logic of its own.
#include "auth/AccountStore.h"
#include "auth/ApiKey.h"
#include "auth/CredentialStore.h"
#include "main/MainWindow.h"
#include "style/AppStyle.h"
#include "style/Icons.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(new AppStyle);
    QApplication::setOrganizationName(QStringLiteral("managed.dev"));
    QApplication::setOrganizationDomain(QStringLiteral("managed.dev"));
    QApplication::setApplicationName(QStringLiteral("Managed Desktop"));
    QApplication::setApplicationVersion(QStringLiteral(MF_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("dev.managed.Desktop"));
    QApplication::setWindowIcon(Icons::appIcon());
    Translations::install(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Snapshots and backups for the managed.dev platform."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption connectOption(QStringLiteral("connect"),
        QApplication::translate("main", "Sign in to the API at <url> with the key in MF_API_KEY, without a dialog."),
        QStringLiteral("url"));
    parser.addOption(connectOption);
    parser.process(app);

    AccountStore accounts;
    CredentialStore credentials;
    MainWindow window(&accounts, &credentials, {});
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
