#include "Archive.h"

#include "Sha256.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <archive.h>
#include <archive_entry.h>
#include <sys/stat.h>
#include <sys/time.h>

namespace {
// Output goes through our own callbacks so the archive's SHA-256 is computed as it is written.
struct Sink
{
    QFile file;
    sandbox::Sha256 hash;
};

la_ssize_t sinkWrite(struct archive *, void *data, const void *buffer, size_t length)
{
    auto *sink = static_cast<Sink *>(data);
    const qint64 n = sink->file.write(static_cast<const char *>(buffer), qint64(length));
    if (n != qint64(length))
        return -1;
    sink->hash.add(static_cast<const char *>(buffer), n);
    return la_ssize_t(n);
}

int sinkClose(struct archive *, void *data)
{
    auto *sink = static_cast<Sink *>(data);
    return sink->file.flush() ? ARCHIVE_OK : ARCHIVE_FATAL;
}

struct archive *openWriter(Sink *sink, const QString &path, int level, QString *error)
{
    sink->file.setFileName(path);
    if (!sink->file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("%1: %2").arg(path, sink->file.errorString());
        return nullptr;
    }
    struct archive *a = archive_write_new();
    archive_write_set_format_pax_restricted(a);
    archive_write_add_filter_gzip(a);
    // No zero padding after the gzip stream: gzip -t would call it trailing garbage.
    archive_write_set_bytes_in_last_block(a, 1);
    const QByteArray options = "gzip:!timestamp,gzip:compression-level=" + QByteArray::number(qBound(1, level, 9));
    if (archive_write_set_options(a, options.constData()) != ARCHIVE_OK
        || archive_write_open2(a, sink, nullptr, sinkWrite, sinkClose, nullptr) != ARCHIVE_OK) {
        *error = QString::fromUtf8(archive_error_string(a));
        archive_write_free(a);
        return nullptr;
    }
    return a;
}

bool writeEntry(struct archive *a, const QByteArray &path, bool dir, qint64 size, int mode, qint64 mtime, QString *error)
{
    struct archive_entry *e = archive_entry_new();
    archive_entry_set_pathname(e, path.constData());
    archive_entry_set_filetype(e, dir ? AE_IFDIR : AE_IFREG);
    archive_entry_set_perm(e, mode_t(mode));
    archive_entry_set_size(e, dir ? 0 : size);
    archive_entry_set_mtime(e, time_t(mtime), 0);
    archive_entry_set_uid(e, 0);
    archive_entry_set_gid(e, 0);
    const bool ok = archive_write_header(a, e) == ARCHIVE_OK;
    if (!ok)
        *error = QString::fromUtf8(archive_error_string(a));
    archive_entry_free(e);
    return ok;
}

bool finish(struct archive *a, Sink *sink, QByteArray *sha256, QString *error)
{
    const bool ok = archive_write_close(a) == ARCHIVE_OK;
    if (!ok && error->isEmpty())
        *error = QString::fromUtf8(archive_error_string(a));
    archive_write_free(a);
    sink->file.close();
    if (ok)
        *sha256 = sink->hash.hexDigest();
    return ok;
}

bool safeRelative(const QByteArray &path)
{
    if (path.isEmpty() || path.startsWith('/') || path.contains('\\'))
        return false;
    for (const QByteArray &part : path.split('/')) {
        if (part == "..")
            return false;
    }
    return true;
}
}

bool Archive::write(const QString &path, const QByteArray &manifest, const QList<Part> &parts, int gzipLevel,
                    const Progress &progress, QByteArray *sha256, QString *error)
{
    Sink sink;
    struct archive *a = openWriter(&sink, path, gzipLevel, error);
    if (!a)
        return false;
    qint64 total = 0, done = 0;
    for (const Part &p : parts) {
        for (const TreeEntry &e : p.entries)
            total += e.size;
    }
    qint64 mtime = 0;
    for (const Part &p : parts) {
        for (const TreeEntry &e : p.entries)
            mtime = qMax(mtime, e.mtime);
    }
    bool ok = writeEntry(a, "manifest.json", false, manifest.size(), 0644, mtime, error)
        && archive_write_data(a, manifest.constData(), size_t(manifest.size())) == manifest.size();
    QByteArray buf(1 << 20, Qt::Uninitialized);
    for (const Part &p : parts) {
        if (!ok)
            break;
        ok = writeEntry(a, p.prefix, true, 0, 0755, mtime, error);
        for (const TreeEntry &e : p.entries) {
            if (!ok)
                break;
            ok = writeEntry(a, p.prefix + e.rel + (e.dir ? "/" : ""), e.dir, e.size, e.mode, e.mtime, error);
            if (!ok || e.dir)
                continue;
            QFile f(e.abs);
            if (!f.open(QIODevice::ReadOnly)) {
                *error = QStringLiteral("%1: %2").arg(e.abs, f.errorString());
                ok = false;
                break;
            }
            qint64 left = e.size, n = 0;
            while (left > 0 && (n = f.read(buf.data(), qMin<qint64>(buf.size(), left))) > 0) {
                if (archive_write_data(a, buf.constData(), size_t(n)) != n) {
                    *error = QString::fromUtf8(archive_error_string(a));
                    ok = false;
                    break;
                }
                left -= n;
                done += n;
                if (progress)
                    progress(done, total);
            }
            if (ok && left != 0) {
                // The staging copy is ours alone; a size change means the disk failed us.
                *error = QStringLiteral("%1 changed size while being archived").arg(e.abs);
                ok = false;
            }
        }
    }
    if (!ok) {
        archive_write_free(a);
        sink.file.close();
        QFile::remove(path);
        return false;
    }
    return finish(a, &sink, sha256, error);
}

bool Archive::filter(const QString &from, const QString &path, const QStringList &selectors, QByteArray *sha256,
                     QString *error)
{
    struct archive *in = archive_read_new();
    archive_read_support_filter_gzip(in);
    archive_read_support_format_tar(in);
    if (archive_read_open_filename(in, QFile::encodeName(from).constData(), 1 << 16) != ARCHIVE_OK) {
        *error = QString::fromUtf8(archive_error_string(in));
        archive_read_free(in);
        return false;
    }
    Sink sink;
    struct archive *out = openWriter(&sink, path, 6, error);
    bool ok = out != nullptr;
    struct archive_entry *entry = nullptr;
    QByteArray buf(1 << 20, Qt::Uninitialized);
    int rc = ARCHIVE_OK;
    while (ok && (rc = archive_read_next_header(in, &entry)) == ARCHIVE_OK) {
        const QByteArray name = archive_entry_pathname(entry);
        if (name == "manifest.json") {
            QByteArray data;
            la_ssize_t n;
            while ((n = archive_read_data(in, buf.data(), size_t(buf.size()))) > 0)
                data.append(buf.constData(), n);
            QJsonObject manifest = QJsonDocument::fromJson(data).object();
            QJsonObject components = manifest.value(QLatin1String("components")).toObject();
            for (const QString &k : components.keys()) {
                if (!selectors.contains(k))
                    components.remove(k);
            }
            manifest.insert(QStringLiteral("components"), components);
            const QByteArray rewritten = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
            archive_entry_set_size(entry, rewritten.size());
            ok = archive_write_header(out, entry) == ARCHIVE_OK
                && archive_write_data(out, rewritten.constData(), size_t(rewritten.size())) == rewritten.size();
            continue;
        }
        const QByteArray component = name.left(name.indexOf('/'));
        if (!selectors.contains(QString::fromLatin1(component)))
            continue;
        ok = archive_write_header(out, entry) == ARCHIVE_OK;
        la_ssize_t n;
        while (ok && (n = archive_read_data(in, buf.data(), size_t(buf.size()))) > 0)
            ok = archive_write_data(out, buf.constData(), size_t(n)) == n;
    }
    if (ok && rc != ARCHIVE_EOF) {
        *error = QString::fromUtf8(archive_error_string(in));
        ok = false;
    } else if (!ok && error->isEmpty() && out) {
        *error = QString::fromUtf8(archive_error_string(out));
    }
    archive_read_free(in);
    if (!out)
        return false;
    if (!ok) {
        archive_write_free(out);
        sink.file.close();
        QFile::remove(path);
        return false;
    }
    return finish(out, &sink, sha256, error);
}

bool Archive::extract(const QString &from, const QString &dest, const QStringList &selectors, const Progress &progress,
                      QString *error)
{
    struct archive *in = archive_read_new();
    archive_read_support_filter_gzip(in);
    archive_read_support_format_tar(in);
    if (archive_read_open_filename(in, QFile::encodeName(from).constData(), 1 << 16) != ARCHIVE_OK) {
        *error = QString::fromUtf8(archive_error_string(in));
        archive_read_free(in);
        return false;
    }
    const qint64 total = QFileInfo(from).size();
    struct archive_entry *entry = nullptr;
    QByteArray buf(1 << 20, Qt::Uninitialized);
    QList<QPair<QByteArray, int>> dirModes; // applied last, so a read-only directory can still be filled
    bool ok = true;
    int rc = ARCHIVE_OK;
    for (const QString &s : selectors)
        QDir().mkpath(dest + QLatin1Char('/') + s);
    while (ok && (rc = archive_read_next_header(in, &entry)) == ARCHIVE_OK) {
        QByteArray name = archive_entry_pathname(entry);
        const QByteArray component = name.left(name.indexOf('/'));
        if (name == "manifest.json" || !selectors.contains(QString::fromLatin1(component)))
            continue;
        if (name.endsWith('/'))
            name.chop(1);
        if (!safeRelative(name)) {
            *error = QStringLiteral("unsafe path in archive: %1").arg(QString::fromUtf8(name));
            ok = false;
            break;
        }
        const QByteArray target = QFile::encodeName(dest) + '/' + name;
        const int mode = int(archive_entry_perm(entry));
        if (archive_entry_filetype(entry) == AE_IFDIR) {
            QDir().mkpath(QFile::decodeName(target));
            dirModes.append({target, mode});
            continue;
        }
        if (archive_entry_filetype(entry) != AE_IFREG)
            continue;
        QDir().mkpath(QFileInfo(QFile::decodeName(target)).absolutePath());
        QFile f(QFile::decodeName(target));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            *error = QStringLiteral("%1: %2").arg(f.fileName(), f.errorString());
            ok = false;
            break;
        }
        la_ssize_t n;
        while ((n = archive_read_data(in, buf.data(), size_t(buf.size()))) > 0) {
            if (f.write(buf.constData(), n) != n) {
                *error = QStringLiteral("%1: %2").arg(f.fileName(), f.errorString());
                ok = false;
                break;
            }
        }
        if (n < 0) {
            *error = QString::fromUtf8(archive_error_string(in));
            ok = false;
        }
        f.close();
        ::chmod(target.constData(), mode_t(mode));
        struct timeval times[2] = {{archive_entry_mtime(entry), 0}, {archive_entry_mtime(entry), 0}};
        ::utimes(target.constData(), times);
        if (progress)
            progress(archive_filter_bytes(in, -1), total);
    }
    if (ok && rc != ARCHIVE_EOF) {
        *error = QString::fromUtf8(archive_error_string(in));
        ok = false;
    }
    archive_read_free(in);
    for (auto it = dirModes.crbegin(); it != dirModes.crend(); ++it)
        ::chmod(it->first.constData(), mode_t(it->second));
    return ok;
}
