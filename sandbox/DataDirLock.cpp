#include "DataDirLock.h"

#include <QByteArray>
#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

DataDirLock::~DataDirLock()
{
    if (m_fd >= 0)
        ::close(m_fd); // releases the flock
}

QString DataDirLock::fileName(const QString &dataDir)
{
    return QDir(dataDir).absolutePath() + QStringLiteral("/sandbox.lock");
}

bool DataDirLock::acquire(const QString &dataDir, QString *error)
{
    const QByteArray path = QFile::encodeName(fileName(dataDir));
    // O_NOFOLLOW: a link planted in place of the lock file must not redirect the pid we write.
    const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) {
        *error = QStringLiteral("cannot open %1: %2").arg(QFile::decodeName(path), QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int err = errno;
        char buf[32] = {};
        const ssize_t n = ::pread(fd, buf, sizeof buf - 1, 0);
        ::close(fd);
        const QByteArray pid = n > 0 ? QByteArray(buf, int(n)).trimmed() : QByteArray();
        *error = err == EWOULDBLOCK
            ? QStringLiteral("another mf-sandbox%1 is serving %2; stop it first, or use another --data directory")
                  .arg(pid.isEmpty() ? QString() : QStringLiteral(" (pid %1)").arg(QString::fromLatin1(pid)), dataDir)
            : QStringLiteral("cannot lock %1: %2").arg(QFile::decodeName(path), QString::fromLocal8Bit(std::strerror(err)));
        return false;
    }
    ::fchmod(fd, 0600);
    // The pid is only for the message a second process prints; the lock holds without it.
    const QByteArray pid = QByteArray::number(qint64(::getpid())) + '\n';
    const bool written = ::ftruncate(fd, 0) == 0 && ::pwrite(fd, pid.constData(), size_t(pid.size()), 0) == pid.size();
    Q_UNUSED(written)
    m_fd = fd;
    return true;
}
