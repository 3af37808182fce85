#include "TestFiles.h"

#include <QCryptographicHash>
#include <QFile>

namespace TestFiles {

QByteArray sha256Hex(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

} // namespace TestFiles
