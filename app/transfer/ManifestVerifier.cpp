#include "ManifestVerifier.h"

#include "Sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ManifestVerifier", text);
}

} // namespace

namespace ManifestVerifier {

QByteArray componentDigest(const QString &root, const QString &componentPath, QString *error,
                           const std::atomic_bool *cancel)
{
    const QString base = QDir(root).filePath(componentPath);
    const QDir baseDir(base);
    if (!baseDir.exists()) {
        if (error)
            *error = tr("The archive has no %1 folder.").arg(componentPath);
        return {};
    }
    // Regular files only: the platform's digest leaves out directories and symbolic links.
    struct Line
    {
        QByteArray rel;
        QString abs;
    };
    QList<Line> files;
    QDirIterator it(base, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo fi = it.fileInfo();
        if (fi.isSymLink() || !fi.isFile())
            continue;
        files.append({baseDir.relativeFilePath(fi.absoluteFilePath()).toUtf8(), fi.absoluteFilePath()});
    }
    // Byte order of the UTF-8 relative paths, like `LC_ALL=C sort`.
    std::sort(files.begin(), files.end(), [](const Line &a, const Line &b) { return a.rel < b.rel; });
    Sha256 digest;
    for (const Line &file : std::as_const(files)) {
        QString readError;
        const QByteArray hex = Sha256::ofFile(file.abs, -1, &readError, cancel);
        if (hex.isEmpty()) {
            if (error)
                *error = cancel && cancel->load() ? tr("Cancelled.")
                                                  : tr("Could not read %1: %2").arg(file.abs, readError);
            return {};
        }
        digest.update(hex + "  " + file.rel + '\n');
    }
    return digest.finalHex();
}

Result verify(const QString &root, const std::atomic_bool *cancel)
{
    Result result;
    QFile manifestFile(QDir(root).filePath(QStringLiteral("manifest.json")));
    if (!manifestFile.open(QIODevice::ReadOnly) || manifestFile.size() > 1024 * 1024) {
        result.error = tr("The archive has no readable manifest.json.");
        return result;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(manifestFile.readAll(), &parseError);
    const QJsonObject manifest = doc.object();
    if (parseError.error != QJsonParseError::NoError || manifest.value(QStringLiteral("format")).toInt() != 1
        || !manifest.value(QStringLiteral("components")).isObject()) {
        result.error = tr("The archive's manifest.json is not in a format this version understands.");
        return result;
    }
    const QJsonObject components = manifest.value(QStringLiteral("components")).toObject();
    if (components.isEmpty()) {
        result.error = tr("The archive's manifest.json lists no components.");
        return result;
    }
    for (auto it = components.begin(); it != components.end(); ++it) {
        const QString name = it.key();
        const QJsonObject component = it.value().toObject();
        const QString path = component.value(QStringLiteral("path")).toString();
        const QString expected = component.value(QStringLiteral("sha256")).toString().toLower();
        // The manifest comes from the archive: its paths must name a folder at the top level.
        static const QRegularExpression safePath(QStringLiteral("^[A-Za-z0-9_-]+/?$"));
        if (!safePath.match(path).hasMatch() || !Sha256::isHexDigest(expected.toLatin1())) {
            result.error = tr("The manifest entry for %1 is malformed.").arg(name);
            return result;
        }
        QString error;
        const QByteArray actual = componentDigest(root, path, &error, cancel);
        if (actual.isEmpty()) {
            result.error = error;
            return result;
        }
        if (QString::fromLatin1(actual) != expected) {
            result.error = tr("The extracted %1 do not match the snapshot: their SHA-256 is %2, the manifest says %3.")
                               .arg(name, QString::fromLatin1(actual), expected);
            return result;
        }
        result.components.append(name);
    }
    result.ok = true;
    return result;
}

} // namespace ManifestVerifier
