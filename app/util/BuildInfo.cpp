#include "BuildInfo.h"

#include <archive.h>
#include <openssl/crypto.h>

#include <QtGlobal>

namespace BuildInfo {

QString version()
{
    return QStringLiteral(MF_VERSION);
}

QList<Library> libraries()
{
    // libarchive reports "libarchive 3.6.2"; keep only the number.
    QString archive = QString::fromLatin1(archive_version_string());
    archive.remove(QStringLiteral("libarchive ")).squeeze();
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0"), QStringLiteral("https://www.qt.io")},
        // QtKeychain has no run-time version call, and its header's version macro is not kept up to date.
        {QStringLiteral("QtKeychain"), QString(), QStringLiteral("BSD-3-Clause"), QStringLiteral("https://github.com/frankosterfeld/qtkeychain")},
        {QStringLiteral("OpenSSL"), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION_STRING)), QStringLiteral("Apache-2.0"), QStringLiteral("https://www.openssl.org")},
        {QStringLiteral("libarchive"), archive, QStringLiteral("BSD-2-Clause"), QStringLiteral("https://www.libarchive.org")},
    };
}

} // namespace BuildInfo
