// mf-curl-bench URL OUT_DIR
// The download engine's data path on libcurl instead of Qt's network stack, for the comparison
// in bench/download-vs-curl.sh (issue 14): libcurl receives on a thread of its own, its write
// callback copies each piece into HashingWriter's ring (the same writer and hasher threads as
// Download), the digest is checked against X-Checksum-SHA256 and the .part renamed into place.
// No resume, retries or redirects: it measures what the two stacks cost per byte, nothing else.
#include "transfer/HashingWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <cstring>
#include <thread>

#include <curl/curl.h>

namespace {

struct Transfer
{
    HashingWriter *writer = nullptr;
    char *block = nullptr;
    qint64 filled = 0;
    qint64 bytes = 0;
    QByteArray checksum;
};

size_t onHeader(char *data, size_t size, size_t count, void *user)
{
    auto *transfer = static_cast<Transfer *>(user);
    const QByteArray line = QByteArray(data, qsizetype(size * count)).trimmed();
    if (line.toLower().startsWith("x-checksum-sha256:"))
        transfer->checksum = line.mid(18).trimmed().toLower();
    return size * count;
}

size_t onBody(char *data, size_t size, size_t count, void *user)
{
    auto *transfer = static_cast<Transfer *>(user);
    qint64 left = qint64(size * count);
    while (left > 0) {
        if (!transfer->block && !(transfer->block = transfer->writer->acquireWaiting()))
            return 0; // the writer is going away: abort the transfer
        const qint64 n = qMin(left, transfer->writer->blockBytes() - transfer->filled);
        std::memcpy(transfer->block + transfer->filled, data, size_t(n));
        transfer->filled += n;
        data += n;
        left -= n;
        if (transfer->filled == transfer->writer->blockBytes()) {
            transfer->writer->submit(std::exchange(transfer->block, nullptr), transfer->filled);
            transfer->filled = 0;
        }
    }
    transfer->bytes += qint64(size * count);
    return size * count;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: mf-curl-bench URL OUT_DIR\n");
        return 2;
    }
    const QString url = QString::fromLocal8Bit(argv[1]);
    const QString finalPath = QDir(QString::fromLocal8Bit(argv[2])).filePath(QStringLiteral("archive.tar.gz"));
    const QString partPath = finalPath + QStringLiteral(".part");
    const qint64 blockBytes = qgetenv("MF_BENCH_CHUNK_KIB").toLongLong() * 1024;
    const qint64 queueBytes = qgetenv("MF_BENCH_QUEUE_KIB").toLongLong() * 1024;
    HashingWriter writer(queueBytes > 0 ? queueBytes : 4 << 20, blockBytes > 0 ? blockBytes : 512 << 10);
    Transfer transfer;
    transfer.writer = &writer;
    int exitCode = 1;
    QElapsedTimer timer;
    timer.start();
    QObject::connect(&writer, &HashingWriter::failed, &app, [&](const TransferError &error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        app.quit();
    });
    QObject::connect(&writer, &HashingWriter::finished, &app, [&](const QByteArray &sha256, qint64 size) {
        if (sha256 != transfer.checksum || !QFile::rename(partPath, finalPath)) {
            std::fprintf(stderr, "checksum mismatch or rename failed\n");
        } else {
            std::printf("curl-engine bytes=%lld seconds=%.3f sha256=%s\n", size, double(timer.nsecsElapsed()) / 1e9,
                        sha256.constData());
            exitCode = 0;
        }
        app.quit();
    });
    writer.open(partPath, 0);

    curl_global_init(CURL_GLOBAL_DEFAULT);
    std::thread network([&] {
        CURL *curl = curl_easy_init();
        curl_easy_setopt(curl, CURLOPT_URL, argv[1]);
        curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, onHeader);
        curl_easy_setopt(curl, CURLOPT_HEADERDATA, &transfer);
        curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, onBody);
        curl_easy_setopt(curl, CURLOPT_WRITEDATA, &transfer);
        curl_easy_setopt(curl, CURLOPT_FAILONERROR, 1L);
        // libcurl's default 16 KiB means a callback (and a recv) per 16 KiB; the curl tool reads
        // 100 KiB. MF_BENCH_RECV_KIB tries others.
        const long receive = qgetenv("MF_BENCH_RECV_KIB").toLong();
        curl_easy_setopt(curl, CURLOPT_BUFFERSIZE, receive > 0 ? receive * 1024 : 256L * 1024);
        const CURLcode result = curl_easy_perform(curl);
        curl_easy_cleanup(curl);
        writer.submit(std::exchange(transfer.block, nullptr), transfer.filled);
        if (result != CURLE_OK) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(url), curl_easy_strerror(result));
            QMetaObject::invokeMethod(&app, &QCoreApplication::quit, Qt::QueuedConnection);
            return;
        }
        writer.finish();
    });
    app.exec();
    network.join();
    curl_global_cleanup();
    return exitCode;
}
