#include "ArchiveExtractor.h"

#include "ExtractionTarget.h"
#include "ManifestVerifier.h"
#include "TransferLog.h"
#include "util/ProcessUmask.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QPromise>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStorageInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {

struct ReadDeleter
{
    void operator()(archive *a) const { archive_read_free(a); }
};
struct WriteDeleter
{
    void operator()(archive *a) const { archive_write_free(a); }
};

QString entryName(archive_entry *entry)
{
    if (const char *utf8 = archive_entry_pathname_utf8(entry))
        return QString::fromUtf8(utf8);
    return QFile::decodeName(archive_entry_pathname(entry));
}

QString libarchiveError(archive *a)
{
    const char *text = archive_error_string(a);
    return text ? QString::fromLocal8Bit(text) : QCoreApplication::translate("ArchiveExtractor", "unknown error");
}

// A sibling of the target, hidden, unique: same file system, so the final step is a rename.
QString makeStagingDir(const QString &target, QString *error)
{
    const QFileInfo info(target);
    QDir parent = info.absoluteDir();
    if (!parent.exists() && !QDir().mkpath(parent.absolutePath())) {
        *error = QCoreApplication::translate("ArchiveExtractor", "Could not create the folder %1.").arg(QDir::toNativeSeparators(parent.absolutePath()));
        return {};
    }
    const QString name = QStringLiteral(".%1.extracting-%2").arg(info.fileName()).arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    if (!parent.mkdir(name)) {
        *error = QCoreApplication::translate("ArchiveExtractor", "Could not create a folder in %1.").arg(QDir::toNativeSeparators(parent.absolutePath()));
        return {};
    }
    // Canonical, so libarchive's symlink guard never trips over a symlink in our own prefix.
    return QFileInfo(parent.filePath(name)).canonicalFilePath();
}

// Removes a staging folder whatever modes the archive gave its folders (a folder without write
// or search permission for its owner cannot be emptied). Never follows links.
bool removeStaging(const QString &staging)
{
#ifdef Q_OS_UNIX
    const QByteArray root = QFile::encodeName(staging);
    ::chmod(root.constData(), 0700);
    QDirIterator it(staging, QDir::Dirs | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        // Listed before it is entered, so each folder is opened up before its contents are read.
        ::chmod(QFile::encodeName(it.next()).constData(), 0700);
    }
#endif
    return QDir(staging).removeRecursively() || !QFileInfo::exists(staging);
}

bool isManifest(const QString &entryName)
{
    return QDir::cleanPath(entryName) == QLatin1String("manifest.json");
}

// What the manifest (SEMANTICS.md "Archive layout") says the components hold, in bytes; -1 when
// it does not say (then only the free space bounds the extraction).
qint64 declaredBytes(const QString &manifestPath)
{
    QFile file(manifestPath);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 1024 * 1024)
        return -1;
    const QJsonObject components = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("components")).toObject();
    if (components.isEmpty())
        return -1;
    qint64 total = 0;
    for (auto it = components.begin(); it != components.end(); ++it) {
        const QJsonValue size = it.value().toObject().value(QStringLiteral("size_bytes"));
        if (!size.isDouble() || size.toDouble() < 0)
            return -1;
        total += qint64(size.toDouble());
    }
    return total;
}

class Extraction
{
    // Its messages are ArchiveExtractor's, for lupdate and at run time alike.
    Q_DECLARE_TR_FUNCTIONS(ArchiveExtractor)

public:
    Extraction(const QString &archivePath, const QString &staging, const ArchiveExtractor::Progress &progress)
        : m_archivePath(archivePath), m_staging(staging), m_progress(progress) {}

    bool run(int *entries, QString *error);
    // After run(): every symbolic link, followed through the links beside it, still ends inside
    // the folder. An entry's own target is checked as text (checkLinkTarget), but "a -> .." and
    // then "b -> a/.." are each harmless alone and escape together.
    bool linksStayInside(QString *error) const;

private:
    enum class Verdict { Extract, Skip, Refuse };
    static bool refuse(const QString &name, const QString &why, QString *error)
    {
        *error = tr("The archive was refused: entry \"%1\" %2").arg(name, why);
        qCWarning(lcTransfer) << "refused archive entry" << name << why;
        return false;
    }
    static Verdict refusal(const QString &name, const QString &why, QString *error)
    {
        refuse(name, why, error);
        return Verdict::Refuse;
    }
    // Where `path` really is: the deepest part of it that exists, with every link resolved.
    static QString resolved(const QString &path);
    static QString linkText(const QString &path);
    Verdict checkEntry(archive_entry *entry, QString *error) const;
    bool checkModes(const QString &name, archive_entry *entry, QString *error) const;
    bool checkRoom(const QString &name, qint64 more, QString *error) const;
    bool copyData(archive *in, archive *out, const QString &name, QString *error);

    QString m_archivePath;
    QString m_staging;
    ArchiveExtractor::Progress m_progress;
    mode_t m_umask = 022;
    qint64 m_freeBytes = -1;     // free space in the staging folder's file system at the start
    qint64 m_declaredBytes = -1; // the manifest's component sizes, once manifest.json is out
    qint64 m_dataBytes = 0;      // bytes written so far, manifest.json aside
};

Extraction::Verdict Extraction::checkEntry(archive_entry *entry, QString *error) const
{
    const QString name = entryName(entry);
    QString why = ArchiveExtractor::checkEntryPath(name);
    if (!why.isEmpty())
        return refusal(name, why, error);
    // "./" (as `tar -C dir .` writes it) names the staging folder itself, which is ours: its
    // mode (0000 in a hostile archive) and times are not taken from the archive.
    if (QDir::cleanPath(name) == QLatin1String("."))
        return Verdict::Skip;
    if (const char *hardlink = archive_entry_hardlink(entry)) {
        const QString target = QFile::decodeName(hardlink);
        why = ArchiveExtractor::checkEntryPath(target);
        if (!why.isEmpty())
            return refusal(name, tr("is a hard link to a place outside the folder."), error);
        archive_entry_copy_hardlink(entry, QFile::encodeName(m_staging + QLatin1Char('/') + target).constData());
    }
    switch (archive_entry_filetype(entry)) {
    case AE_IFREG:
    case AE_IFDIR:
        break;
    case AE_IFLNK: {
        why = ArchiveExtractor::checkLinkTarget(name, QFile::decodeName(archive_entry_symlink(entry)));
        if (!why.isEmpty())
            return refusal(name, why, error);
        break;
    }
    default:
        if (!archive_entry_hardlink(entry))
            return refusal(name, tr("is a device file, FIFO or socket."), error);
    }
    if (!checkModes(name, entry, error))
        return Verdict::Refuse;
    const qint64 size = archive_entry_size_is_set(entry) ? archive_entry_size(entry) : 0;
    if (size > 0 && !checkRoom(name, size, error))
        return Verdict::Refuse;
    archive_entry_copy_pathname(entry, QFile::encodeName(m_staging + QLatin1Char('/') + name).constData());
    return Verdict::Extract;
}

bool Extraction::checkModes(const QString &name, archive_entry *entry, QString *error) const
{
    const mode_t asked = archive_entry_perm(entry);
    const bool isDir = archive_entry_filetype(entry) == AE_IFDIR;
    // What its owner cannot read cannot be checked against the manifest, nor removed again.
    const mode_t needed = isDir ? 0500 : archive_entry_filetype(entry) == AE_IFREG ? 0400 : 0;
    if ((asked & needed) != needed) {
        *error = tr("The archive was refused: entry \"%1\" has mode %2, which would keep its own owner from "
                    "reading it.").arg(name).arg(asked & 07777, 4, 8, QLatin1Char('0'));
        qCWarning(lcTransfer) << "refused archive entry" << name << "mode" << Qt::oct << asked;
        return false;
    }
    // Never more than the archive asks, and never more than the umask allows (as tar does for a
    // user): no set-user/group-id or sticky bits, no world-writable folders under umask 077.
    archive_entry_set_perm(entry, asked & 0777 & ~m_umask);
    return true;
}

bool Extraction::checkRoom(const QString &name, qint64 more, QString *error) const
{
    if (!isManifest(name) && m_declaredBytes >= 0 && m_dataBytes + more > m_declaredBytes) {
        *error = tr("The archive was refused: it holds more data than its manifest declares (%1 bytes); "
                    "\"%2\" would go beyond that.").arg(m_declaredBytes).arg(name);
        return false;
    }
    if (m_freeBytes >= 0 && m_dataBytes + more > m_freeBytes) {
        *error = tr("The archive expands to more than the %1 bytes free in %2; nothing was extracted. "
                    "Free some space, or extract into another folder.")
                     .arg(m_freeBytes).arg(QDir::toNativeSeparators(QFileInfo(m_staging).path()));
        return false;
    }
    return true;
}

bool Extraction::copyData(archive *in, archive *out, const QString &name, QString *error)
{
    const void *buffer = nullptr;
    size_t size = 0;
    la_int64_t offset = 0;
    for (;;) {
        const int r = archive_read_data_block(in, &buffer, &size, &offset);
        if (r == ARCHIVE_EOF)
            return true;
        if (r < ARCHIVE_WARN) {
            *error = tr("The archive is damaged: %1").arg(libarchiveError(in));
            return false;
        }
        // Headers were checked already; sparse entries can still place data beyond them.
        if (!checkRoom(name, qint64(size), error))
            return false;
        if (!isManifest(name))
            m_dataBytes += qint64(size);
        if (archive_write_data_block(out, buffer, size, offset) < ARCHIVE_WARN) {
            *error = tr("Could not write the extracted files: %1").arg(libarchiveError(out));
            return false;
        }
    }
}

bool Extraction::run(int *entries, QString *error)
{
    std::unique_ptr<archive, ReadDeleter> in(archive_read_new());
    archive_read_support_filter_gzip(in.get());
    archive_read_support_format_tar(in.get());
    if (archive_read_open_filename(in.get(), QFile::encodeName(m_archivePath).constData(), 1 << 20) != ARCHIVE_OK) {
        *error = tr("Could not open the archive: %1").arg(libarchiveError(in.get()));
        return false;
    }
    std::unique_ptr<archive, WriteDeleter> out(archive_write_disk_new());
    // SECURE_NOABSOLUTEPATHS cannot be used: every entry is rewritten below to an absolute path in
    // the staging folder (libarchive has no "extract relative to this folder" call, and chdir() is
    // process-wide). Absolute entry names are refused by checkEntryPath() before that rewrite.
    // No ARCHIVE_EXTRACT_PERM: that would set modes without the umask. checkModes() masks them.
    archive_write_disk_set_options(out.get(), ARCHIVE_EXTRACT_TIME | ARCHIVE_EXTRACT_SECURE_NODOTDOT
                                                  | ARCHIVE_EXTRACT_SECURE_SYMLINKS);
    m_umask = mode_t(ProcessUmask::current());
    const QStorageInfo storage(m_staging);
    m_freeBytes = storage.isValid() ? storage.bytesAvailable() : -1;
    const qint64 archiveSize = qMax<qint64>(1, QFileInfo(m_archivePath).size());
    archive_entry *entry = nullptr;
    for (;;) {
        const int r = archive_read_next_header(in.get(), &entry);
        if (r == ARCHIVE_EOF)
            break;
        if (r < ARCHIVE_WARN) {
            *error = tr("The archive is damaged: %1").arg(libarchiveError(in.get()));
            return false;
        }
        const QString name = entryName(entry);
        const Verdict verdict = checkEntry(entry, error);
        if (verdict == Verdict::Refuse)
            return false;
        if (verdict == Verdict::Skip)
            continue;
        if (archive_write_header(out.get(), entry) < ARCHIVE_WARN) {
            *error = tr("Could not extract \"%1\": %2").arg(name, libarchiveError(out.get()));
            return false;
        }
        if (archive_entry_size(entry) > 0 && !copyData(in.get(), out.get(), name, error))
            return false;
        if (archive_write_finish_entry(out.get()) < ARCHIVE_WARN) {
            *error = tr("Could not extract \"%1\": %2").arg(name, libarchiveError(out.get()));
            return false;
        }
        if (isManifest(name))
            m_declaredBytes = declaredBytes(m_staging + QLatin1String("/manifest.json"));
        ++*entries;
        const int permille = int(qMin<qint64>(1000, archive_filter_bytes(in.get(), -1) * 1000 / archiveSize));
        if (m_progress && !m_progress(permille, tr("Extracting"))) {
            *error = tr("Cancelled.");
            return false;
        }
    }
    if (archive_write_close(out.get()) != ARCHIVE_OK) {
        *error = tr("Could not finish writing the extracted files: %1").arg(libarchiveError(out.get()));
        return false;
    }
    return true;
}

QString Extraction::linkText(const QString &path)
{
#ifdef Q_OS_UNIX
    // As written: QFileInfo::symLinkTarget() cleans "d/.." away lexically, which is the very
    // step a link named d can turn into a climb.
    QByteArray buffer(4096, Qt::Uninitialized);
    const ssize_t n = ::readlink(QFile::encodeName(path).constData(), buffer.data(), size_t(buffer.size()));
    return n < 0 ? QString() : QFile::decodeName(buffer.left(n));
#else
    return QFileInfo(path).symLinkTarget();
#endif
}

QString Extraction::resolved(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString parent = info.path();
    if (parent == path) // the root: nothing further up to resolve
        return path;
    return QDir::cleanPath(resolved(parent) + QLatin1Char('/') + info.fileName());
}

bool Extraction::linksStayInside(QString *error) const
{
    const QString root = QFileInfo(m_staging).canonicalFilePath();
    QDirIterator it(m_staging, QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories); // links are listed, never followed
    while (it.hasNext()) {
        const QFileInfo link(it.next());
        if (!link.isSymLink())
            continue;
        const QString text = linkText(link.filePath());
        const QString end = resolved(QDir::isAbsolutePath(text) ? text : link.path() + QLatin1Char('/') + text);
        if (end != root && !end.startsWith(root + QLatin1Char('/')))
            return refuse(QDir(m_staging).relativeFilePath(link.filePath()), tr("is a link to a place outside the folder."), error);
    }
    return true;
}

} // namespace

QString ArchiveExtractor::checkEntryPath(const QString &path)
{
    if (path.isEmpty())
        return tr("has an empty name.");
    if (path.startsWith(QLatin1Char('/')) || path.startsWith(QLatin1Char('\\'))
        || (path.size() >= 2 && path.at(1) == QLatin1Char(':')))
        return tr("has an absolute path.");
    if (path.contains(QLatin1Char('\\')))
        return tr("has a backslash in its path.");
    for (const QChar c : path) {
        if (c.category() == QChar::Other_Control)
            return tr("has a control character in its name.");
    }
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part == QLatin1String(".."))
            return tr("climbs out of the folder with \"..\".");
    }
    return {};
}

QString ArchiveExtractor::checkLinkTarget(const QString &entryPath, const QString &target)
{
    if (target.isEmpty())
        return tr("is a link to nothing.");
    if (target.startsWith(QLatin1Char('/')) || target.startsWith(QLatin1Char('\\'))
        || (target.size() >= 2 && target.at(1) == QLatin1Char(':')))
        return tr("is a link to an absolute path outside the folder.");
    // Resolved lexically from the link's own folder; other links on the way are kept from being
    // followed by SECURE_SYMLINKS, so the lexical answer is the real one.
    const QString linkDir = QFileInfo(QLatin1Char('/') + entryPath).path();
    const QString resolved = QDir::cleanPath(linkDir + QLatin1Char('/') + target);
    if (resolved == QLatin1String("/..") || resolved.startsWith(QLatin1String("/../")) || !resolved.startsWith(QLatin1Char('/')))
        return tr("is a link to a place outside the folder.");
    return {};
}

ArchiveExtractor::Result ArchiveExtractor::extract(const QString &archivePath, const QString &target,
                                                   const Progress &progress)
{
    Result result;
    const QFileInfo targetInfo(target);
    result.error = ExtractionTarget::problem(target);
    if (!result.error.isEmpty() && QFileInfo(targetInfo.absolutePath()).isDir())
        return result; // a missing parent is created below, as before
    result.error.clear();
    const QString staging = makeStagingDir(target, &result.error);
    if (staging.isEmpty())
        return result;
    // A refused archive leaves nothing behind; if it does, say so rather than stay silent.
    auto cleanUp = [&staging, &result] {
        if (!removeStaging(staging)) {
            result.error += QLatin1Char(' ') + tr("Its partly extracted files could not all be removed from %1.")
                                                   .arg(QDir::toNativeSeparators(staging));
        }
    };

    Extraction extraction(archivePath, staging, progress);
    if (!extraction.run(&result.entries, &result.error) || !extraction.linksStayInside(&result.error)) {
        cleanUp();
        return result;
    }
    std::atomic_bool cancelled = false;
    if (progress && !progress(1000, tr("Verifying"))) {
        result.error = tr("Cancelled.");
        cleanUp();
        return result;
    }
    const ManifestVerifier::Result verified = ManifestVerifier::verify(staging, &cancelled);
    if (!verified.ok) {
        result.error = verified.error;
        cleanUp();
        return result;
    }
    if (targetInfo.exists())
        QDir().rmdir(target);
    if (!QDir().rename(staging, target)) {
        result.error = tr("Could not move the extracted files to %1.").arg(QDir::toNativeSeparators(target));
        cleanUp();
        return result;
    }
    result.ok = true;
    result.directory = QFileInfo(target).absoluteFilePath();
    result.components = verified.components;
    return result;
}

QFuture<ArchiveExtractor::Result> ArchiveExtractor::extractAsync(const QString &archivePath, const QString &target)
{
    return QtConcurrent::run([archivePath, target](QPromise<Result> &promise) {
        promise.setProgressRange(0, 1000);
        const Result result = extract(archivePath, target, [&promise](int permille, const QString &phase) {
            promise.setProgressValueAndText(permille, phase);
            return !promise.isCanceled();
        });
        promise.addResult(result);
    });
}
