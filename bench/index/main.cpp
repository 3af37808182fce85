// mf-index-bench [--mb SIZE] [--files N] [--dir DIR]
// Figures for docs/bench-explorer.md, printed, never asserted:
//  1. "download" of an archive (read 1 MiB blocks, SHA-256 them, write a .part, as the transfer
//     path does) alone, then with an ArchiveIndexer fed the same blocks through ByteSink: the
//     wall-clock overhead of indexing during a download (worst case: a local disk, not a network).
//  2. children() of a folder of 10,000 entries; 3. SnapshotDiff of two N-file snapshots;
//  4. PathHistory of one path across 30 indexed snapshots.
#include "index/ArchiveIndexer.h"
#include "index/IndexCache.h"
#include "index/PathHistory.h"
#include "index/SnapshotDiff.h"
#include "index/SnapshotIndex.h"
#include "transfer/Sha256.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <archive.h>
#include <archive_entry.h>
#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

namespace {

// N files, 10,000 of them in one folder, sizes adding up to about `bytes`; content half random
// (incompressible) and half text, like a site's uploads and code. `variant` changes 1% of them.
bool writeArchive(const QString &path, int files, qint64 bytes, int variant)
{
    archive *a = archive_write_new();
    archive_write_add_filter_gzip(a);
    archive_write_set_filter_option(a, "gzip", "compression-level", "1");
    archive_write_set_format_pax_restricted(a);
    if (archive_write_open_filename(a, QFile::encodeName(path).constData()) != ARCHIVE_OK)
        return false;
    const qint64 average = bytes / files;
    QRandomGenerator random(42);
    // Far larger than gzip's 32 KiB window, read at random offsets: no file repeats another.
    QByteArray noise(64 << 20, Qt::Uninitialized);
    random.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
    archive_entry *e = archive_entry_new();
    for (int i = 0; i < files; ++i) {
        const QString folder = i < 10000 ? QStringLiteral("wp-content/uploads/big")
                                         : QStringLiteral("wp-content/plugins/p%1").arg(i % 400);
        const QByteArray name = QStringLiteral("files/%1/file-%2.dat").arg(folder).arg(i).toUtf8();
        const qint64 size = qMax<qint64>(1, average / 2 + random.bounded(int(qMax<qint64>(1, average))));
        QByteArray content
            = (i % 2 ? noise.mid(random.bounded(int(noise.size() - size - 1)), int(size))
                     : QByteArray("<?php // generated line\n").repeated(int(size / 24 + 1)).left(int(size)));
        if (variant && i % 100 == 7)
            content.prepend("changed ");
        archive_entry_clear(e);
        archive_entry_set_pathname(e, name.constData());
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_perm(e, 0644);
        archive_entry_set_mtime(e, 1767225600, 0);
        archive_entry_set_size(e, content.size());
        archive_write_header(a, e);
        archive_write_data(a, content.constData(), size_t(content.size()));
    }
    archive_entry_free(e);
    archive_write_close(a);
    archive_write_free(a);
    return true;
}

IndexInfo info(const QString &id, int day)
{
    IndexInfo i;
    i.snapshotId = id;
    i.siteId = QStringLiteral("site_bench");
    i.environment = QStringLiteral("production");
    i.createdAt = QDateTime(QDate(2026, 1, 1).addDays(day), QTime(2, 0), Qt::UTC);
    return i;
}

// Reads, hashes and writes like a download; with a sink, hands it every block too.
// bytesPerSecond > 0: paced like a network download of that speed (the blocks arrive no faster).
double download(const QString &archive, const QString &part, std::shared_ptr<ArchiveIndexer> sink,
                double bytesPerSecond)
{
    QElapsedTimer t;
    t.start();
    QFile in(archive), out(part);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return -1;
    Sha256 sha;
    QByteArray block(1 << 20, Qt::Uninitialized);
    qint64 n, done = 0;
    while ((n = in.read(block.data(), block.size())) > 0) {
        done += n;
        if (bytesPerSecond > 0) {
            const qint64 due = qint64(double(done) / bytesPerSecond * 1e9);
            if (due > t.nsecsElapsed())
                QThread::usleep(quint64((due - t.nsecsElapsed()) / 1000));
        }
        sha.update(block.constData(), n);
        out.write(block.constData(), n);
        if (sink)
            sink->write(block.constData(), n);
    }
    out.flush();
    sha.finalHex();
    if (sink) {
        sink->finish(true);
        QFuture<ArchiveIndexer::Result> f = sink->result();
        f.waitForFinished();
        if (!f.result().ok)
            std::printf("indexing failed: %s\n", qPrintable(f.result().error));
    }
    return double(t.nsecsElapsed()) / 1e6;
}

template<typename F> double medianMs(int runs, F f)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        times << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("mb"), QStringLiteral("Archive content in MiB (default 1024)."),
                      QStringLiteral("MB"), QStringLiteral("1024")});
    parser.addOption({QStringLiteral("files"), QStringLiteral("Files per archive (default 50000)."),
                      QStringLiteral("N"), QStringLiteral("50000")});
    parser.addOption(
        {QStringLiteral("dir"), QStringLiteral("Work folder (default: a temporary one)."), QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("rate"),
         QStringLiteral("Network speed to pace the download at, MB/s (default 110, gigabit; 0 = as fast as the disk)."),
         QStringLiteral("MBPS"), QStringLiteral("110")});
    parser.addHelpOption();
    parser.process(app);
    const qint64 bytes = parser.value(QStringLiteral("mb")).toLongLong() << 20;
    const int files = qMax(10001, parser.value(QStringLiteral("files")).toInt());
    QTemporaryDir temp(parser.isSet(QStringLiteral("dir"))
                           ? parser.value(QStringLiteral("dir")) + QStringLiteral("/mf-index-bench-XXXXXX")
                           : QString());
    const QDir dir(temp.path());

    const QString a = dir.filePath(QStringLiteral("a.tar.gz")), b = dir.filePath(QStringLiteral("b.tar.gz"));
    QElapsedTimer t;
    t.start();
    if (!writeArchive(a, files, bytes, 0) || !writeArchive(b, files, bytes, 1))
        return 1;
    std::printf("archives: %d files, %.0f MiB each compressed (written in %.1f s)\n", files,
                double(QFileInfo(a).size()) / (1 << 20), double(t.elapsed()) / 1000);

    // 1. Alternating runs, so a neighbour's load hits both alike; the best of each. Once as fast
    // as the disk gives the bytes (the worst case), once paced like a network download.
    for (const double rate : {0.0, parser.value(QStringLiteral("rate")).toDouble() * 1e6}) {
        double plain = 1e18, indexed = 1e18;
        for (int run = 0; run < 3; ++run) {
            plain = std::min(plain, download(a, dir.filePath(QStringLiteral("plain.part")), nullptr, rate));
            auto sink = std::make_shared<ArchiveIndexer>(dir.filePath(QStringLiteral("sink.index")),
                                                         info(QStringLiteral("snap_sink"), 0));
            indexed = std::min(indexed, download(a, dir.filePath(QStringLiteral("indexed.part")), sink, rate));
        }
        const QString pace = rate > 0 ? QStringLiteral("at %1 MB/s").arg(rate / 1e6) : QStringLiteral("from the disk");
        std::printf("download %s alone:          %8.0f ms\n", qPrintable(pace), plain);
        std::printf("download %s + index (sink): %8.0f ms  (+%.1f%%)\n", qPrintable(pace), indexed,
                    (indexed - plain) * 100 / plain);
    }
    t.restart();
    ArchiveIndexer::indexFile(a, dir.filePath(QStringLiteral("file.index")), info(QStringLiteral("snap_file"), 0));
    std::printf("index from the file alone: %6lld ms\n", t.elapsed());

    // 2.–4. through the cache, as the explorer and mf use it.
    IndexCache cache(QStringLiteral("bench"), dir.filePath(QStringLiteral("cache")));
    QDir().mkpath(cache.directory());
    for (const auto &[archive, id, day] :
         {std::tuple {a, QStringLiteral("snap_a"), 0}, std::tuple {b, QStringLiteral("snap_b"), 1}}) {
        const ArchiveIndexer::Result r = ArchiveIndexer::indexFile(archive, cache.indexPath(id), info(id, day));
        cache.addIndex(r.info);
    }
    const auto older = SnapshotIndex::open(cache.indexPath(QStringLiteral("snap_a")));
    const auto newer = SnapshotIndex::open(cache.indexPath(QStringLiteral("snap_b")));
    int listed = 0;
    const double folder = medianMs(21, [&] {
        listed = int(older->children(IndexComponent::Files, QStringLiteral("wp-content/uploads/big")).size());
    });
    std::printf("open a folder of %d entries: %.1f ms (median of 21)\n", listed, folder);
    std::printf("index file: %.1f MiB for %lld entries\n",
                double(QFileInfo(cache.indexPath(QStringLiteral("snap_a"))).size()) / (1 << 20),
                older->info().entryCount);
    int changed = 0;
    const double diff = medianMs(7, [&] { changed = int(SnapshotDiff::compare(*older, *newer).changed.size()); });
    std::printf("diff of two %d-file snapshots (%d changed): %.1f ms (median of 7)\n", files, changed, diff);

    // 30 snapshots: copies of the two indexes under new ids and days.
    for (int i = 2; i < 30; ++i) {
        const QString id = QStringLiteral("snap_h%1").arg(i);
        QFile::copy(cache.indexPath(i % 2 ? QStringLiteral("snap_b") : QStringLiteral("snap_a")), cache.indexPath(id));
        sqlite3 *db = nullptr;
        sqlite3_open(QFile::encodeName(cache.indexPath(id)).constData(), &db);
        const IndexInfo renamed = info(id, i);
        sqlite3_exec(db,
                     QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'snapshot_id'; UPDATE meta SET value = "
                                    "'%2' WHERE key = 'created_at'")
                         .arg(id, renamed.createdAt.toString(Qt::ISODateWithMs))
                         .toUtf8()
                         .constData(),
                     nullptr, nullptr, nullptr);
        sqlite3_close(db);
        IndexInfo stored = older->info();
        stored.snapshotId = id;
        stored.createdAt = renamed.createdAt;
        cache.addIndex(stored);
    }
    int versions = 0;
    const double history = medianMs(7, [&] {
        versions = int(PathHistory::of(cache, QStringLiteral("site_bench"), QStringLiteral("production"),
                                       IndexComponent::Files, QStringLiteral("wp-content/plugins/p7/file-10007.dat"))
                           .versions.size());
    });
    std::printf("history of one path across %d snapshots: %.1f ms (median of 7)\n", versions, history);
    return 0;
}
