#include "TestArchive.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>
#include <openssl/evp.h>
#include <sys/stat.h>

#include <algorithm>

QByteArray TestArchive::sha256Hex(const QByteArray &data)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_Digest(data.constData(), size_t(data.size()), md, &len, EVP_sha256(), nullptr);
    return QByteArray(reinterpret_cast<const char *>(md), int(len)).toHex();
}

QByteArray TestArchive::fileSha256Hex(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return sha256Hex(f.readAll());
}

bool TestArchive::extract(const QString &archive, const QString &dest, QString *error)
{
    struct archive *a = archive_read_new();
    archive_read_support_filter_gzip(a);
    archive_read_support_format_tar(a);
    struct archive *disk = archive_write_disk_new();
    archive_write_disk_set_options(disk, ARCHIVE_EXTRACT_PERM | ARCHIVE_EXTRACT_SECURE_NODOTDOT
                                             | ARCHIVE_EXTRACT_SECURE_SYMLINKS);
    bool ok = archive_read_open_filename(a, QFile::encodeName(archive).constData(), 65536) == ARCHIVE_OK;
    struct archive_entry *e;
    int rc = ARCHIVE_OK;
    while (ok && (rc = archive_read_next_header(a, &e)) == ARCHIVE_OK) {
        const QByteArray name = archive_entry_pathname(e);
        if (name.startsWith('/')) { // we prefix dest ourselves, so check for absolute names here
            *error = QStringLiteral("absolute path in archive");
            ok = false;
            break;
        }
        const QByteArray target = QFile::encodeName(dest) + '/' + name;
        archive_entry_set_pathname(e, target.constData());
        ok = archive_write_header(disk, e) == ARCHIVE_OK;
        const void *buf;
        size_t size;
        la_int64_t offset;
        while (ok && archive_read_data_block(a, &buf, &size, &offset) == ARCHIVE_OK)
            ok = archive_write_data_block(disk, buf, size, offset) == ARCHIVE_OK;
        archive_write_finish_entry(disk);
    }
    if (!ok || rc != ARCHIVE_EOF)
        *error = QString::fromUtf8(archive_error_string(a) ? archive_error_string(a) : archive_error_string(disk));
    archive_read_free(a);
    archive_write_free(disk);
    return ok && rc == ARCHIVE_EOF;
}

QStringList TestArchive::entries(const QString &archive)
{
    QStringList out;
    struct archive *a = archive_read_new();
    archive_read_support_filter_gzip(a);
    archive_read_support_format_tar(a);
    if (archive_read_open_filename(a, QFile::encodeName(archive).constData(), 65536) == ARCHIVE_OK) {
        struct archive_entry *e;
        while (archive_read_next_header(a, &e) == ARCHIVE_OK)
            out << QString::fromUtf8(archive_entry_pathname(e));
    }
    archive_read_free(a);
    return out;
}

QMap<QString, QPair<QByteArray, int>> TestArchive::tree(const QString &dir)
{
    QMap<QString, QPair<QByteArray, int>> out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        struct stat st;
        ::stat(QFile::encodeName(path).constData(), &st);
        out.insert(QDir(dir).relativeFilePath(path), {fileSha256Hex(path), int(st.st_mode & 07777)});
    }
    return out;
}

QByteArray TestArchive::componentSha256(const QString &dir)
{
    QList<QByteArray> rel;
    const auto files = tree(dir);
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        rel << it.key().toUtf8();
    std::sort(rel.begin(), rel.end()); // byte order, not QString's UTF-16 order
    QByteArray lines;
    for (const QByteArray &r : rel)
        lines += files.value(QString::fromUtf8(r)).first + "  " + r + '\n';
    return sha256Hex(lines);
}
