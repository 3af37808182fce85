#include "TestArchive.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

#include <archive.h>
#include <archive_entry.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include <algorithm>

namespace TestArchive {

bool write(const QString &path, const QList<Entry> &entries, bool gzip)
{
    archive *a = archive_write_new();
    if (gzip)
        archive_write_add_filter_gzip(a);
    archive_write_set_format_pax_restricted(a);
    if (archive_write_open_filename(a, QFile::encodeName(path).constData()) != ARCHIVE_OK) {
        archive_write_free(a);
        return false;
    }
    bool ok = true;
    for (const Entry &e : entries) {
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, e.path.constData());
        const mode_t type = e.kind == Entry::Dir ? AE_IFDIR
            : e.kind == Entry::Symlink           ? AE_IFLNK
            : e.kind == Entry::Fifo              ? AE_IFIFO
                                                 : AE_IFREG;
        archive_entry_set_filetype(entry, type);
        archive_entry_set_perm(entry, mode_t(e.mode >= 0 ? e.mode : e.kind == Entry::Dir ? 0755 : 0644));
        archive_entry_set_mtime(entry, e.mtime, 0);
        if (e.kind == Entry::Symlink)
            archive_entry_set_symlink(entry, e.link.constData());
        if (e.kind == Entry::Hardlink)
            archive_entry_set_hardlink(entry, e.link.constData());
        archive_entry_set_size(entry, e.kind == Entry::File ? e.content.size() : 0);
        ok = ok && archive_write_header(a, entry) == ARCHIVE_OK;
        if (e.kind == Entry::File && !e.content.isEmpty())
            ok = ok && archive_write_data(a, e.content.constData(), size_t(e.content.size())) == e.content.size();
        archive_entry_free(entry);
    }
    ok = archive_write_close(a) == ARCHIVE_OK && ok;
    archive_write_free(a);
    return ok;
}

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray sqliteDatabase(const QStringList &statements)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("db.sqlite"));
    sqlite3 *db = nullptr;
    sqlite3_open(QFile::encodeName(path).constData(), &db);
    for (const QString &s : statements)
        sqlite3_exec(db, s.toUtf8().constData(), nullptr, nullptr, nullptr);
    sqlite3_close(db);
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray componentDigest(const QList<std::pair<QByteArray, QByteArray>> &files)
{
    QList<std::pair<QByteArray, QByteArray>> sorted = files;
    std::sort(sorted.begin(), sorted.end()); // QByteArray compares bytes
    QByteArray lines;
    for (const auto &[rel, content] : sorted)
        lines += sha256(content) + "  " + rel + '\n';
    return sha256(lines);
}

} // namespace TestArchive
