#include "IndexBuilder.h"

#include "ArchivePaths.h"
#include "DatabaseFileReader.h"
#include "IndexLog.h"
#include "transfer/ArchiveExtractor.h"
#include "transfer/Sha256.h"

#include <QDir>
#include <QFile>
#include <QUuid>
#include <QTimeZone>

#include <archive.h>
#include <archive_entry.h>

using ArchivePaths::entryName;
using ArchivePaths::split;

namespace {
QString libarchiveError(archive *a)
{
    return ArchivePaths::errorText(a);
}
} // namespace

IndexBuilder::IndexBuilder(const QString &indexPath, const IndexInfo &info, const ArchiveIndexer::Options &options)
    : m_indexPath(indexPath)
    , m_partPath(indexPath + QStringLiteral(".part-") + QUuid::createUuid().toString(QUuid::Id128).left(12))
    , m_info(info)
    , m_options(options)
{
}

ArchiveIndexer::Result IndexBuilder::read(archive *in, const std::function<bool()> &cancelled)
{
    ArchiveIndexer::Result result;
    m_cancelled = cancelled;
    if (!m_writer.open(m_partPath, &result.error))
        return result;
    archive_entry *entry = nullptr;
    for (;;) {
        if (m_cancelled && m_cancelled()) {
            result.error = tr("Cancelled.");
            abandon();
            return result;
        }
        const int r = archive_read_next_header(in, &entry);
        if (r == ARCHIVE_EOF)
            break;
        if (r < ARCHIVE_WARN) {
            result.error = tr("The archive is damaged: %1").arg(libarchiveError(in));
            abandon();
            return result;
        }
        if (++m_entries > m_options.maxEntries) {
            result.error = tr("The archive has more than %n entries, too many to index.", nullptr,
                              int(qMin<qint64>(m_options.maxEntries, INT_MAX)));
            abandon();
            return result;
        }
        if (!addEntry(in, entry, &result.error)) {
            abandon();
            return result;
        }
    }
    result.ok = true;
    return result;
}

bool IndexBuilder::addEntry(archive *in, archive_entry *entry, QString *error)
{
    const QString name = entryName(entry);
    const QString why = ArchiveExtractor::checkEntryPath(name);
    if (!why.isEmpty()) {
        *error = tr("The archive was refused: entry \"%1\" %2").arg(name, why);
        qCWarning(lcIndex) << "refused archive entry" << name << why;
        return false;
    }
    IndexEntry e;
    if (!split(name, &e.component, &e.path))
        return true; // manifest.json and anything else beside the components
    e.name = e.path.mid(e.path.lastIndexOf(QLatin1Char('/')) + 1);
    e.mode = int(archive_entry_perm(entry) & 07777);
    if (archive_entry_mtime_is_set(entry))
        e.mtime = QDateTime::fromSecsSinceEpoch(archive_entry_mtime(entry), Qt::UTC);
    const qint64 declared = archive_entry_size_is_set(entry) ? archive_entry_size(entry) : 0;

    if (const char *hardlink = archive_entry_hardlink(entry)) {
        const QString targetName = QFile::decodeName(hardlink);
        IndexComponent targetComponent;
        QString target;
        if (!ArchiveExtractor::checkEntryPath(targetName).isEmpty() || !split(targetName, &targetComponent, &target)
            || targetComponent != e.component || target.isEmpty()) {
            *error = tr("The archive was refused: entry \"%1\" is a hard link to a place outside its component.")
                         .arg(name);
            return false;
        }
        e.type = IndexEntry::Type::Hardlink;
        e.linkTarget = target;
        if (const std::optional<IndexEntry> t = m_writer.find(e.component, target); t && t->hasContent()) {
            e.size = t->size;
            e.sha256 = t->sha256;
        }
        // A pax hard link may carry data of its own; then that is its content.
        if (declared > 0 && !readContent(in, &e, declared, error))
            return false;
        return m_writer.addEntry(e, error);
    }
    switch (archive_entry_filetype(entry)) {
    case AE_IFREG:
        e.type = IndexEntry::Type::File;
        if (e.path.isEmpty()) {
            *error = tr("The archive was refused: entry \"%1\" is a file where a folder must be.").arg(name);
            return false;
        }
        if (!readContent(in, &e, declared, error))
            return false;
        break;
    case AE_IFDIR:
        e.type = IndexEntry::Type::Dir;
        break;
    case AE_IFLNK:
        e.type = IndexEntry::Type::Symlink;
        if (const char *utf8 = archive_entry_symlink_utf8(entry))
            e.linkTarget = QString::fromUtf8(utf8);
        else if (const char *raw = archive_entry_symlink(entry))
            e.linkTarget = QFile::decodeName(raw);
        break;
    default:
        e.type = IndexEntry::Type::Other;
        break;
    }
    return m_writer.addEntry(e, error);
}

bool IndexBuilder::readContent(archive *in, IndexEntry *e, qint64 declared, QString *error)
{
    Sha256 sha;
    std::unique_ptr<DatabaseFileReader> db;
    if (e->component == IndexComponent::Db)
        db = std::make_unique<DatabaseFileReader>(e->path, m_options.maxDatabaseBytes,
                                                  m_indexPath + QStringLiteral(".db-spool"));
    static const QByteArray zeros(64 * 1024, '\0');
    qint64 done = 0;
    const void *buffer = nullptr;
    size_t size = 0;
    la_int64_t offset = 0;
    for (;;) {
        const int r = archive_read_data_block(in, &buffer, &size, &offset);
        if (r == ARCHIVE_EOF)
            break;
        if (r < ARCHIVE_WARN) {
            *error = tr("The archive is damaged: %1").arg(libarchiveError(in));
            return false;
        }
        if (m_cancelled && m_cancelled()) {
            *error = tr("Cancelled.");
            return false;
        }
        // A sparse entry leaves holes, which read back as zeros.
        if (offset < done || offset > declared) {
            *error = tr("The archive was refused: entry \"%1\" has data outside its declared size.").arg(e->path);
            return false;
        }
        while (done < offset) {
            const qint64 n = qMin<qint64>(zeros.size(), offset - done);
            sha.update(zeros.constData(), n);
            if (db)
                db->add(zeros.constData(), n);
            done += n;
        }
        sha.update(static_cast<const char *>(buffer), qsizetype(size));
        if (db)
            db->add(static_cast<const char *>(buffer), qint64(size));
        done += qint64(size);
        if (done > declared) {
            *error = tr("The archive was refused: entry \"%1\" holds more data than its header says.").arg(e->path);
            return false;
        }
    }
    if (done < declared) {
        while (done < declared) { // a sparse file's trailing hole
            const qint64 n = qMin<qint64>(zeros.size(), declared - done);
            sha.update(zeros.constData(), n);
            if (db)
                db->add(zeros.constData(), n);
            done += n;
        }
    }
    e->size = done;
    e->sha256 = sha.finalHex();
    if (db) {
        for (const IndexTable &t : db->finish()) {
            if (!m_writer.addTable(t, error))
                return false;
            ++m_tables;
        }
    }
    return true;
}

ArchiveIndexer::Result IndexBuilder::complete()
{
    ArchiveIndexer::Result result;
    const QString &part = m_partPath;
    if (!m_writer.finish(&m_info, &result.error)) {
        abandon();
        return result;
    }
    QFile::remove(m_indexPath);
    if (!QFile::rename(part, m_indexPath)) {
        result.error = tr("Could not move the index into place at %1.").arg(QDir::toNativeSeparators(m_indexPath));
        QFile::remove(part);
        return result;
    }
    result.ok = true;
    result.indexPath = m_indexPath;
    result.info = m_info;
    result.tables = m_tables;
    qCInfo(lcIndex) << "indexed snapshot" << m_info.snapshotId << m_info.entryCount << "entries" << m_tables
                    << "tables";
    return result;
}

void IndexBuilder::abandon()
{
    m_writer.abandon();
}
