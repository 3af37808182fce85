// mf-download-bench URL OUT_DIR [API_KEY]
// Downloads URL into OUT_DIR with the engine (Download: streaming, SHA-256 on the writer thread,
// verification against X-Checksum-SHA256, rename into place) and prints one line of figures.
// With API_KEY, requests are made by an ApiClient for URL's origin, as the app does.
#include "api/ApiClient.h"
#include "transfer/Download.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() < 3) {
        err << QCoreApplication::translate("bench", "usage: mf-download-bench URL OUT_DIR [API_KEY]") << Qt::endl;
        return 2;
    }
    const QUrl url(args.at(1));
    std::unique_ptr<ApiClient> api;
    RequestFactory requests([](const QUrl &u) { return QNetworkRequest(u); });
    if (args.size() > 3) {
        QUrl base = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery);
        base.setPath(QStringLiteral("/v1"));
        api = std::make_unique<ApiClient>(base);
        api->setApiKey(args.at(3));
        requests = RequestFactory::forApi(api.get());
    }
    TransferRecord record;
    record.id = QStringLiteral("bench");
    record.url = url;
    record.directory = args.at(2);

    // Tuning knobs for profiling runs; the defaults are what the app uses.
    Download::Options options;
    const auto knob = [](const char *name, qint64 fallback, qint64 unit) {
        const QByteArray value = qgetenv(name);
        return value.isEmpty() ? fallback : value.toLongLong() * unit;
    };
    options.queueBytes = knob("MF_BENCH_QUEUE_KIB", options.queueBytes, 1024);
    options.receiveBytes = knob("MF_BENCH_RECV_KIB", options.receiveBytes, 1024);
    options.chunkBytes = knob("MF_BENCH_CHUNK_KIB", options.chunkBytes, 1024);
    Download download(requests, record, options);
    QElapsedTimer timer;
    int exitCode = 1;
    QObject::connect(&download, &Download::succeeded, &app, [&](const QString &path) {
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        const qint64 bytes = download.record().totalBytes;
        std::printf("engine path=%s bytes=%lld seconds=%.3f mib_per_s=%.1f sha256=%s received=%lld vmhwm_kib=%lld\n",
                    qPrintable(path), bytes, seconds, double(bytes) / (1 << 20) / seconds,
                    qPrintable(download.record().sha256), download.bytesReceived(), peakRssKiB());
        exitCode = 0;
        app.quit();
    });
    QObject::connect(&download, &Download::failed, &app, [&](const TransferError &error) {
        err << error.message << Qt::endl;
        app.quit();
    });
    timer.start();
    download.start();
    app.exec();
    return exitCode;
}
