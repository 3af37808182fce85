// The desktop against a platform that misbehaves: the window ends in an error state the person
// can read (the banner, with Retry), never an endless "refreshing". Pages of nothing, each with a
// new cursor, used to keep the fleet loading for ever at the client's full request rate.
#include "FakeHttpServer.h"
#include "Fixtures.h"

#include "auth/AccountStore.h"
#include "auth/CredentialStore.h"
#include "fleet/FleetLoader.h"
#include "main/InfoBanner.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QtTest>

class HostileDesktopTest : public QObject
{
    Q_OBJECT

    using Response = FakeHttpServer::Response;

    // Runs a window against `sites` (the answer to every GET /v1/sites) and returns the banner's
    // text once the fleet has stopped refreshing.
    QString bannerAfterRefresh(const std::function<Response(const FakeHttpServer::Request &)> &sites, int *siteRequests)
    {
        FakeHttpServer server;
        if (!server.listen())
            return QStringLiteral("<no server>");
        server.setHandler([&](const FakeHttpServer::Request &req) {
            if (req.target.startsWith("/v1/me"))
                return Response::json(200, Fixtures::bytes(Fixtures::me()));
            if (req.target.startsWith("/v1/sites")) {
                ++*siteRequests;
                return sites(req);
            }
            return Response::json(200, Fixtures::page({}, QJsonValue::Null));
        });
        QTemporaryDir dir;
        AccountStore accounts(dir.filePath(QStringLiteral("accounts.ini")));
        CredentialStore credentials(QStringLiteral("mf-desktop-hostile-test"));
        credentials.setSessionOnly(true);
        MainWindow::Options options;
        options.cacheDirectory = dir.filePath(QStringLiteral("cache"));
        MainWindow window(&accounts, &credentials, options);
        window.show();
        window.connectTo(server.url(QStringLiteral("/v1")), QStringLiteral("mfk_test_AbCdEfGhIjKlMnOpQrStUvWxYz012345"));
        QTest::qWait(200);
        if (!QTest::qWaitFor([&] { return *siteRequests > 0 && !window.fleetLoader()->isRefreshing(); }, 20000))
            return QStringLiteral("<still refreshing>");
        QTest::qWait(100);
        return window.banner()->isVisible() ? window.banner()->text() : QStringLiteral("<no banner>");
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void endlessEmptyPagesEndInAnError()
    {
        int requests = 0;
        int cursor = 0;
        const QString banner = bannerAfterRefresh([&](const FakeHttpServer::Request &) {
            return Response::json(200, Fixtures::page({}, QStringLiteral("c%1").arg(++cursor)));
        }, &requests);
        QVERIFY2(banner.startsWith(QLatin1String("The fleet could not be refreshed")), qPrintable(banner));
        QVERIFY2(requests <= 10, qPrintable(QString::number(requests)));
    }

    void htmlInsteadOfJsonEndsInAnError()
    {
        int requests = 0;
        const QString banner = bannerAfterRefresh([](const FakeHttpServer::Request &) {
            Response r;
            r.body = "<html><body>Please sign in to the hotel wifi</body></html>";
            r.header("Content-Type", "text/html");
            return r;
        }, &requests);
        QVERIFY2(banner.contains(QLatin1String("could not understand")), qPrintable(banner));
        QCOMPARE(requests, 1);
    }
};

QTEST_MAIN(HostileDesktopTest)
#include "tst_ui_hostile.moc"
