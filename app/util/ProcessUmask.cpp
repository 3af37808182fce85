#include "ProcessUmask.h"

#include <QByteArray>
#include <QFile>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace ProcessUmask {

int current()
{
#ifdef Q_OS_LINUX
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("Umask:")) {
                bool ok = false;
                const uint mask = line.mid(6).trimmed().toUInt(&ok, 8);
                if (ok)
                    return int(mask & 0777);
            }
        }
    }
#endif
#ifdef Q_OS_UNIX
    // Without /proc: briefly the strictest mask, never a wider one.
    const mode_t mask = ::umask(077);
    ::umask(mask);
    return int(mask);
#else
    return 022;
#endif
}

} // namespace ProcessUmask
