#include "EntryExtractor.h"

#include "ArchivePaths.h"
#include "IndexLog.h"
#include "transfer/ArchiveExtractor.h"
#include "transfer/ExtractionTarget.h"
#include "util/ProcessUmask.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QPromise>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

#include <archive.h>
#include <archive_entry.h>

namespace {
struct WriteDeleter
{
    void operator()(archive *a) const { archive_write_free(a); }
};

// `path` of `component` inside the archive entry `name`: "" for the entry itself, "x/y" below it;
// null when the entry is elsewhere.
QString below(const QString &name, IndexComponent component, const QString &path)
{
    IndexComponent c;
    QString p;
    if (!ArchivePaths::split(name, &c, &p) || c != component)
        return {};
    if (p == path)
        return QStringLiteral("");
    if (path.isEmpty())
        return p;
    if (p.startsWith(path + QLatin1Char('/')))
        return p.mid(path.size() + 1);
    return {};
}

QString cleanRequest(const QString &path)
{
    QString clean = QDir::cleanPath(path);
    if (clean == QLatin1String(".") || clean == QLatin1String("/"))
        return {};
    while (clean.startsWith(QLatin1Char('/')))
        clean.remove(0, 1);
    return clean;
}

// Copies the current entry's data to `write`, with holes as zeros. False on a damaged archive.
bool copyData(archive *in, const std::function<bool(const char *, qint64)> &write, QString *error)
{
    static const QByteArray zeros(64 * 1024, '\0');
    const void *buffer = nullptr;
    size_t size = 0;
    la_int64_t offset = 0;
    qint64 done = 0;
    for (;;) {
        const int r = archive_read_data_block(in, &buffer, &size, &offset);
        if (r == ARCHIVE_EOF)
            return true;
        if (r < ARCHIVE_WARN) {
            *error = EntryExtractor::tr("The archive is damaged: %1").arg(ArchivePaths::errorText(in));
            return false;
        }
        while (done < offset) {
            const qint64 n = qMin<qint64>(zeros.size(), offset - done);
            if (!write(zeros.constData(), n))
                return false;
            done += n;
        }
        if (!write(static_cast<const char *>(buffer), qint64(size)))
            return false;
        done += qint64(size);
    }
}

// Finds a regular file at `path`, following one hard link, and streams it to `write`.
EntryExtractor::Result streamFile(const QString &archivePath, IndexComponent component, const QString &path,
                                  const std::function<bool(const char *, qint64)> &write,
                                  const std::function<bool()> &cancelled, int hops = 0)
{
    EntryExtractor::Result result;
    auto in = ArchivePaths::newReader();
    if (archive_read_open_filename(in.get(), QFile::encodeName(archivePath).constData(), 1 << 20) != ARCHIVE_OK) {
        result.error = EntryExtractor::tr("Could not open the archive: %1").arg(ArchivePaths::errorText(in.get()));
        return result;
    }
    archive_entry *entry = nullptr;
    QString found;
    for (;;) {
        const int r = archive_read_next_header(in.get(), &entry);
        if (r == ARCHIVE_EOF)
            break;
        if (r < ARCHIVE_WARN) {
            result.error = EntryExtractor::tr("The archive is damaged: %1").arg(ArchivePaths::errorText(in.get()));
            return result;
        }
        if (cancelled && cancelled()) {
            result.error = EntryExtractor::tr("Cancelled.");
            return result;
        }
        const QString name = ArchivePaths::entryName(entry);
        // Null (elsewhere) and empty (this very entry) differ: only the entry itself is wanted.
        const QString rel = ArchiveExtractor::checkEntryPath(name).isEmpty() ? below(name, component, path) : QString();
        if (rel.isNull() || !rel.isEmpty())
            continue;
        if (const char *hardlink = archive_entry_hardlink(entry); hardlink && archive_entry_size(entry) <= 0) {
            IndexComponent c;
            QString target;
            const QString targetName = QFile::decodeName(hardlink);
            if (hops > 0 || !ArchiveExtractor::checkEntryPath(targetName).isEmpty()
                || !ArchivePaths::split(targetName, &c, &target) || c != component)
                break;
            found = target; // later entries with the same name would replace it; keep looking
            continue;
        }
        if (archive_entry_filetype(entry) != AE_IFREG) {
            result.error = EntryExtractor::tr("\"%1\" is not a file.").arg(path);
            return result;
        }
        if (!copyData(in.get(), write, &result.error))
            return result;
        result.ok = true;
        result.files = 1;
        result.bytes = archive_entry_size(entry);
        return result;
    }
    if (!found.isEmpty())
        return streamFile(archivePath, component, found, write, cancelled, hops + 1);
    if (result.error.isEmpty())
        result.error = EntryExtractor::tr("\"%1\" is not in this snapshot's archive.").arg(path);
    return result;
}

EntryExtractor::Result saveFile(const QString &archivePath, IndexComponent component, const QString &path,
                                const QString &target, bool overwrite, const EntryExtractor::Progress &progress)
{
    EntryExtractor::Result result;
    const QFileInfo info(target);
    if ((info.exists() || info.isSymLink()) && (!overwrite || info.isDir())) {
        result.error = EntryExtractor::tr("%1 already exists.").arg(QDir::toNativeSeparators(info.absoluteFilePath()));
        return result;
    }
    if (!QFileInfo(info.absolutePath()).isDir()) {
        result.error
            = EntryExtractor::tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath()));
        return result;
    }
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly)) {
        result.error
            = EntryExtractor::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(target), out.errorString());
        return result;
    }
    const qint64 total = QFileInfo(archivePath).size();
    qint64 written = 0;
    QString writeError;
    const auto write = [&](const char *data, qint64 size) {
        if (out.write(data, size) != size) {
            writeError
                = EntryExtractor::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(target), out.errorString());
            return false;
        }
        written += size;
        return !progress || progress(qMin(written, total), total);
    };
    result = streamFile(archivePath, component, path, write, {});
    if (!result.ok || !writeError.isEmpty()) {
        out.cancelWriting();
        if (!writeError.isEmpty())
            result.error = writeError;
        else if (result.error.isEmpty())
            result.error = EntryExtractor::tr("Cancelled.");
        result.ok = false;
        return result;
    }
    if (!out.commit()) {
        result.ok = false;
        result.error
            = EntryExtractor::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(target), out.errorString());
        return result;
    }
    result.target = info.absoluteFilePath();
    return result;
}
} // namespace

namespace {
class FolderSave
{
    Q_DECLARE_TR_FUNCTIONS(EntryExtractor)

public:
    FolderSave(archive *in, IndexComponent component, const QString &path, const QString &staging)
        : m_in(in)
        , m_component(component)
        , m_path(path)
        , m_staging(staging)
        , m_umask(ProcessUmask::current())
    {
        m_out.reset(archive_write_disk_new());
        archive_write_disk_set_options(
            m_out.get(), ARCHIVE_EXTRACT_TIME | ARCHIVE_EXTRACT_SECURE_NODOTDOT | ARCHIVE_EXTRACT_SECURE_SYMLINKS);
    }

    // The current entry (already known to be below the folder, as `rel`).
    bool add(archive_entry *entry, const QString &rel, EntryExtractor::Result *result)
    {
        if (rel.isEmpty())
            return true; // the folder itself: the staging folder is ours
        if (const char *hardlink = archive_entry_hardlink(entry)) {
            const QString targetName = QFile::decodeName(hardlink);
            const QString target = ArchiveExtractor::checkEntryPath(targetName).isEmpty()
                ? below(targetName, m_component, m_path)
                : QString();
            if (target.isEmpty()) {
                result->skipped << tr("%1: a hard link to a file outside the saved folder").arg(rel);
                return true;
            }
            archive_entry_copy_hardlink(entry, QFile::encodeName(m_staging + QLatin1Char('/') + target).constData());
        } else {
            switch (archive_entry_filetype(entry)) {
            case AE_IFREG:
            case AE_IFDIR:
                break;
            case AE_IFLNK: {
                const QString why
                    = ArchiveExtractor::checkLinkTarget(rel, QFile::decodeName(archive_entry_symlink(entry)));
                if (!why.isEmpty()) {
                    result->skipped << tr("%1: a link to a place outside the saved folder").arg(rel);
                    return true;
                }
                break;
            }
            default:
                result->skipped << tr("%1: a device file, FIFO or socket").arg(rel);
                return true;
            }
        }
        const bool dir = archive_entry_filetype(entry) == AE_IFDIR;
        // The archive's mode under the umask, never set-id or sticky, always usable by its owner.
        archive_entry_set_perm(entry, (archive_entry_perm(entry) & 0777 & ~m_umask) | (dir ? 0700 : 0600));
        archive_entry_copy_pathname(entry, QFile::encodeName(m_staging + QLatin1Char('/') + rel).constData());
        if (archive_write_header(m_out.get(), entry) < ARCHIVE_WARN) {
            result->error = tr("Could not write \"%1\": %2").arg(rel, ArchivePaths::errorText(m_out.get()));
            return false;
        }
        if (archive_entry_filetype(entry) == AE_IFREG && archive_entry_size(entry) > 0) {
            const auto write = [this, result](const char *data, qint64 size) {
                if (archive_write_data(m_out.get(), data, size_t(size)) == size)
                    return true;
                result->error = tr("Could not write: %1").arg(ArchivePaths::errorText(m_out.get()));
                return false;
            };
            if (!copyData(m_in, write, &result->error))
                return false;
            ++result->files;
            result->bytes += archive_entry_size(entry);
        }
        if (archive_write_finish_entry(m_out.get()) < ARCHIVE_WARN) {
            result->error = tr("Could not write \"%1\": %2").arg(rel, ArchivePaths::errorText(m_out.get()));
            return false;
        }
        return true;
    }

    bool close(EntryExtractor::Result *result)
    {
        if (archive_write_close(m_out.get()) != ARCHIVE_OK) {
            result->error = tr("Could not finish writing: %1").arg(ArchivePaths::errorText(m_out.get()));
            return false;
        }
        // Each link was checked alone; a chain of them ("a -> b/..", "b -> ..") can still climb out.
        const QString root = QFileInfo(m_staging).canonicalFilePath();
        QDirIterator it(m_staging, QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        QStringList escaping;
        while (it.hasNext()) {
            const QFileInfo link(it.next());
            if (!link.isSymLink())
                continue;
            const QString end = link.canonicalFilePath();
            if (!end.isEmpty() && end != root && !end.startsWith(root + QLatin1Char('/')))
                escaping << link.filePath();
        }
        for (const QString &link : std::as_const(escaping)) {
            QFile::remove(link);
            result->skipped
                << tr("%1: a link to a place outside the saved folder").arg(QDir(m_staging).relativeFilePath(link));
        }
        return true;
    }

private:
    archive *m_in;
    std::unique_ptr<archive, WriteDeleter> m_out;
    IndexComponent m_component;
    QString m_path;
    QString m_staging;
    int m_umask;
};

QString stagingFor(const QString &target, QString *error)
{
    const QFileInfo info(target);
    QDir parent = info.absoluteDir();
    const QString name = QStringLiteral(".%1.saving-%2")
                             .arg(info.fileName())
                             .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    if (!parent.mkdir(name)) {
        *error = EntryExtractor::tr("Could not create a folder in %1.")
                     .arg(QDir::toNativeSeparators(parent.absolutePath()));
        return {};
    }
    return QFileInfo(parent.filePath(name)).canonicalFilePath();
}

void removeTree(const QString &dir)
{
    QDirIterator it(dir, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        QFile::setPermissions(it.next(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QDir(dir).removeRecursively();
}
} // namespace

EntryExtractor::Result EntryExtractor::save(const QString &archivePath, IndexComponent component,
                                            const QString &rawPath, const QString &target, bool overwrite,
                                            const Progress &progress)
{
    Result result;
    const QString path = cleanRequest(rawPath);
    if (!path.isEmpty() && !ArchiveExtractor::checkEntryPath(path).isEmpty()) {
        result.error = tr("\"%1\" is not a path inside the snapshot.").arg(rawPath);
        return result;
    }
    auto in = ArchivePaths::newReader();
    if (archive_read_open_filename(in.get(), QFile::encodeName(archivePath).constData(), 1 << 20) != ARCHIVE_OK) {
        result.error = tr("Could not open the archive: %1").arg(ArchivePaths::errorText(in.get()));
        return result;
    }
    const qint64 total = qMax<qint64>(1, QFileInfo(archivePath).size());
    std::unique_ptr<FolderSave> folder;
    QString staging;
    const auto fail = [&](Result r) {
        if (!staging.isEmpty())
            removeTree(staging);
        r.ok = false;
        return r;
    };
    archive_entry *entry = nullptr;
    for (;;) {
        const int r = archive_read_next_header(in.get(), &entry);
        if (r == ARCHIVE_EOF)
            break;
        if (r < ARCHIVE_WARN) {
            result.error = tr("The archive is damaged: %1").arg(ArchivePaths::errorText(in.get()));
            return fail(result);
        }
        if (progress && !progress(archive_filter_bytes(in.get(), -1), total)) {
            result.error = tr("Cancelled.");
            return fail(result);
        }
        const QString name = ArchivePaths::entryName(entry);
        if (!ArchiveExtractor::checkEntryPath(name).isEmpty())
            continue; // never written; the index refused such an archive already
        const QString rel = below(name, component, path);
        if (rel.isNull())
            continue;
        if (!folder) {
            // The first entry at or below the path says what it is.
            const int type = archive_entry_filetype(entry);
            if (rel.isEmpty() && (archive_entry_hardlink(entry) || type == AE_IFREG)) {
                in.reset();
                return saveFile(archivePath, component, path, target, overwrite, progress);
            }
            if (rel.isEmpty() && type != AE_IFDIR) {
                result.error = tr("\"%1\" is neither a file nor a folder.").arg(path);
                return result;
            }
            result.error = ExtractionTarget::problem(target);
            if (!result.error.isEmpty())
                return result;
            staging = stagingFor(target, &result.error);
            if (staging.isEmpty())
                return result;
            folder = std::make_unique<FolderSave>(in.get(), component, path, staging);
        }
        if (!folder->add(entry, rel, &result))
            return fail(result);
    }
    if (!folder) {
        result.error = tr("\"%1\" is not in this snapshot's archive.").arg(path);
        return result;
    }
    if (!folder->close(&result))
        return fail(result);
    folder.reset();
    if (QFileInfo::exists(target))
        QDir().rmdir(target);
    if (!QDir().rename(staging, target)) {
        result.error = tr("Could not move the saved files to %1.").arg(QDir::toNativeSeparators(target));
        return fail(result);
    }
    result.ok = true;
    result.target = QFileInfo(target).absoluteFilePath();
    return result;
}

QFuture<EntryExtractor::Result> EntryExtractor::saveAsync(const QString &archivePath, IndexComponent component,
                                                          const QString &path, const QString &target, bool overwrite)
{
    return QtConcurrent::run([=](QPromise<Result> &promise) {
        promise.setProgressRange(0, 1000);
        promise.addResult(save(archivePath, component, path, target, overwrite, [&promise](qint64 done, qint64 total) {
            promise.setProgressValue(int(qMin<qint64>(1000, done * 1000 / qMax<qint64>(1, total))));
            return !promise.isCanceled();
        }));
    });
}

EntryExtractor::Result EntryExtractor::read(const QString &archivePath, IndexComponent component, const QString &path,
                                            QIODevice *out, const std::atomic_bool *cancel)
{
    QString writeError;
    const auto write = [&](const char *data, qint64 size) {
        if (cancel && cancel->load())
            return false;
        if (out->write(data, size) != size) {
            writeError = tr("Could not write: %1").arg(out->errorString());
            return false;
        }
        return true;
    };
    Result result
        = streamFile(archivePath, component, cleanRequest(path), write, [cancel] { return cancel && cancel->load(); });
    if (!writeError.isEmpty()) {
        result.ok = false;
        result.error = writeError;
    } else if (!result.ok && result.error.isEmpty()) {
        result.error = tr("Cancelled.");
    }
    return result;
}

QFuture<QByteArray> EntryExtractor::readSmallAsync(const QString &archivePath, IndexComponent component,
                                                   const QString &path, qint64 maxBytes)
{
    return QtConcurrent::run([=]() {
        QByteArray content;
        bool tooLarge = false;
        const auto write = [&](const char *data, qint64 size) {
            if (content.size() + size > maxBytes) {
                tooLarge = true;
                return false;
            }
            content.append(data, size);
            return true;
        };
        const Result r = streamFile(archivePath, component, cleanRequest(path), write, {});
        return r.ok && !tooLarge ? (content.isNull() ? QByteArray("") : content) : QByteArray();
    });
}
