#include "PartFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PartFile", text);
}

QString refused(int fd, const QString &sentence)
{
#ifdef Q_OS_UNIX
    ::close(fd);
#endif
    return sentence;
}

} // namespace

namespace PartFile {

Opened open(const QString &path)
{
    Opened result;
    const QString shown = QDir::toNativeSeparators(path);
#ifdef Q_OS_UNIX
    // O_NOFOLLOW: a link in the last component fails with ELOOP instead of being followed.
    // O_NONBLOCK: a FIFO planted under the name must not hang the open; cleared below.
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        const int error = errno;
        if (error == ELOOP) {
            result.unsafe = true;
            result.error = tr("%1 is a symbolic link. Downloads never write through a link (someone may have "
                              "placed it to overwrite another file); remove it or choose another name.").arg(shown);
        } else {
            result.error = tr("Could not open %1: %2").arg(shown, QString::fromLocal8Bit(std::strerror(error)));
        }
        return result;
    }
    struct stat st = {};
    if (::fstat(fd, &st) != 0) {
        const int error = errno;
        result.error = refused(fd, tr("Could not open %1: %2").arg(shown, QString::fromLocal8Bit(std::strerror(error))));
        return result;
    }
    if (!S_ISREG(st.st_mode)) {
        result.unsafe = true;
        result.error = refused(fd, tr("%1 is not a regular file; the download does not write into it. "
                                      "Remove it or choose another name.").arg(shown));
        return result;
    }
    if (st.st_uid != ::geteuid()) {
        result.unsafe = true;
        result.error = refused(fd, tr("%1 belongs to another user; the download does not continue a file it did not "
                                      "create. Remove it or choose another name.").arg(shown));
        return result;
    }
    if (st.st_nlink > 1) {
        result.unsafe = true;
        result.error = refused(fd, tr("%1 has other names (hard links); writing to it would change another file. "
                                      "Remove it or choose another name.").arg(shown));
        return result;
    }
    // A .part from an earlier version may have been created with the umask's wider mode.
    if ((st.st_mode & 07777) != (S_IRUSR | S_IWUSR))
        ::fchmod(fd, S_IRUSR | S_IWUSR);
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    result.fd = fd;
#else
    result.error = tr("Could not open %1: safe file creation is not available on this system.").arg(shown);
#endif
    return result;
}

namespace {

bool ourRegularFile(const QString &path, qint64 *size)
{
#ifdef Q_OS_UNIX
    struct stat st = {};
    if (path.isEmpty() || ::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    if (!S_ISREG(st.st_mode) || st.st_uid != ::geteuid())
        return false;
    if (size)
        *size = qint64(st.st_size);
    return true;
#else
    Q_UNUSED(path);
    Q_UNUSED(size);
    return false;
#endif
}

} // namespace

bool isOurs(const QString &path)
{
    return ourRegularFile(path, nullptr);
}

qint64 size(const QString &path)
{
    qint64 bytes = 0;
    return ourRegularFile(path, &bytes) ? bytes : 0;
}

bool remove(const QString &path)
{
    return isOurs(path) && QFile::remove(path);
}

} // namespace PartFile
