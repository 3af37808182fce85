// A 2,000-site fleet listed through FleetLoader against mf-sandbox with 50 ms of added latency,
// compared with the floor: 20 sequential round trips (the listing is 20 pages of 100, and pages
// cannot be fetched in parallel). Also reports when the first page was on screen.
#include "SandboxProcess.h"

#include "api/ApiClient.h"
#include "fleet/FleetCache.h"
#include "fleet/FleetLoader.h"
#include "fleet/FleetModel.h"
#include "util/Clock.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("MF_SANDBOX_BIN"))
        qputenv("MF_SANDBOX_BIN", MF_SANDBOX_BIN_DEFAULT);
    const int latency = argc > 1 ? QByteArray(argv[1]).toInt() : 50;
    SandboxProcess sandbox;
    SandboxProcess::Options options;
    options.seed = QStringLiteral("fleet:2000");
    options.extraArgs = {QStringLiteral("--latency-ms"), QString::number(latency), QStringLiteral("--no-schedule")};
    options.readyTimeoutMs = 120000;
    if (!sandbox.start(options)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(sandbox.errorString()));
        return 1;
    }
    ApiClient api(sandbox.apiUrl());
    api.setApiKey(sandbox.apiKey());

    // Floor: 20 sequential requests of one page of 100 sites each, through the same client.
    QElapsedTimer t;
    t.start();
    QString cursor;
    for (int i = 0; i < 20; ++i) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
        if (!cursor.isEmpty())
            q.addQueryItem(QStringLiteral("cursor"), cursor);
        ApiReply *reply = api.get(QStringLiteral("/sites"), q);
        QSignalSpy done(reply, &ApiReply::finished); // a benchmark may wait; app code never does
        if (!reply->isFinished() && !done.wait(30000))
            return 1;
        cursor = reply->json().toObject().value(QLatin1String("next_cursor")).toString();
    }
    const double floorMs = t.nsecsElapsed() / 1e6;

    QTemporaryDir dir;
    FleetModel model(Clock::system());
    FleetLoader loader(FleetCache(dir.path()), Clock::system());
    model.follow(&loader);
    loader.setSession(&api, QStringLiteral("bench"));
    QSignalSpy first(&loader, &FleetLoader::firstPageShown);
    QSignalSpy finished(&loader, &FleetLoader::refreshFinished);
    double firstMs = -1;
    QObject::connect(&loader, &FleetLoader::firstPageShown, [&] { firstMs = t.nsecsElapsed() / 1e6; });
    t.restart();
    loader.refresh();
    if (!finished.wait(120000))
        return 1;
    const double fullMs = t.nsecsElapsed() / 1e6;
    std::printf("fleet of %d sites, %d ms added latency per request\n", model.siteCount(), latency);
    std::printf("  20 sequential round trips (floor): %7.1f ms\n", floorMs);
    std::printf("  first page on screen:              %7.1f ms\n", firstMs);
    std::printf("  whole fleet listed and merged:     %7.1f ms\n", fullMs);
    std::printf("  ratio to floor: %.2fx (target <= 1.2x)\n", fullMs / floorMs);
    sandbox.stop();
    return model.siteCount() == 2000 ? 0 : 1;
}
