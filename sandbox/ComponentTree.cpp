#include "ComponentTree.h"

#include "Sha256.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <sys/stat.h>
#include <sys/time.h>

namespace {
// QFile::copy goes through a temporary file and fdatasync; a staging copy needs neither.
bool copyFile(const QString &from, const QString &to)
{
    QFile in(from), out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QByteArray buf(qMin<qint64>(qMax<qint64>(in.size(), 4096), 1 << 20), Qt::Uninitialized);
    qint64 n;
    while ((n = in.read(buf.data(), buf.size())) > 0) {
        if (out.write(buf.constData(), n) != n)
            return false;
    }
    return n == 0;
}

int permissionBits(const QString &path)
{
    struct stat st;
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}
}

bool ComponentTree::scan(const QString &root, QList<TreeEntry> *entries, QString *error)
{
    entries->clear();
    const QDir base(root);
    if (!base.exists()) {
        *error = QStringLiteral("%1 does not exist").arg(root);
        return false;
    }
    QDirIterator it(root, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo fi = it.fileInfo();
        if (fi.isSymLink() || (!fi.isFile() && !fi.isDir()))
            continue;
        TreeEntry e;
        e.abs = fi.absoluteFilePath();
        e.rel = base.relativeFilePath(e.abs).toUtf8();
        e.dir = fi.isDir();
        e.mode = permissionBits(e.abs);
        e.mtime = fi.lastModified().toSecsSinceEpoch();
        if (!e.dir) {
            e.size = fi.size();
            e.sha256 = sandbox::Sha256::fileHex(e.abs, error);
            if (e.sha256.isEmpty())
                return false;
        }
        entries->append(e);
    }
    // Byte order of the UTF-8 relative paths, as `LC_ALL=C sort` would give.
    std::sort(entries->begin(), entries->end(), [](const TreeEntry &a, const TreeEntry &b) { return a.rel < b.rel; });
    return true;
}

QByteArray ComponentTree::digest(const QList<TreeEntry> &entries)
{
    sandbox::Sha256 h;
    for (const TreeEntry &e : entries) {
        if (!e.dir)
            h.add(e.sha256 + "  " + e.rel + '\n');
    }
    return h.hexDigest();
}

QJsonObject ComponentTree::summary(const QList<TreeEntry> &entries, bool withCount)
{
    qint64 size = 0;
    int count = 0;
    for (const TreeEntry &e : entries) {
        if (!e.dir) {
            size += e.size;
            ++count;
        }
    }
    QJsonObject o{{QStringLiteral("size_bytes"), size}, {QStringLiteral("sha256"), QString::fromLatin1(digest(entries))}};
    if (withCount)
        o.insert(QStringLiteral("file_count"), count);
    return o;
}

bool ComponentTree::copy(const QString &from, const QString &to, QString *error)
{
    QDir().mkpath(to);
    QDirIterator it(from, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    QList<QPair<QString, int>> dirModes;
    const QDir base(from);
    while (it.hasNext()) {
        it.next();
        const QFileInfo fi = it.fileInfo();
        if (fi.isSymLink())
            continue;
        const QString target = to + QLatin1Char('/') + base.relativeFilePath(fi.absoluteFilePath());
        if (fi.isDir()) {
            if (!QDir().mkpath(target)) {
                *error = QStringLiteral("cannot create %1").arg(target);
                return false;
            }
            dirModes.append({target, permissionBits(fi.absoluteFilePath())});
        } else if (fi.isFile()) {
            QDir().mkpath(QFileInfo(target).absolutePath());
            if (!copyFile(fi.absoluteFilePath(), target)) {
                *error = QStringLiteral("cannot copy %1").arg(fi.absoluteFilePath());
                return false;
            }
            ::chmod(QFile::encodeName(target).constData(), mode_t(permissionBits(fi.absoluteFilePath())));
            struct timeval times[2] = {{fi.lastModified().toSecsSinceEpoch(), 0}, {fi.lastModified().toSecsSinceEpoch(), 0}};
            ::utimes(QFile::encodeName(target).constData(), times);
        }
    }
    for (const auto &d : dirModes)
        ::chmod(QFile::encodeName(d.first).constData(), mode_t(d.second));
    return true;
}
