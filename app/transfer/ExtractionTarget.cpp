#include "ExtractionTarget.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace ExtractionTarget {

QString problem(const QString &path)
{
    const QFileInfo target(path);
    const QString shown = QDir::toNativeSeparators(target.absoluteFilePath());
    if (target.exists() || target.isSymLink()) {
        const bool empty = target.isDir() && !target.isSymLink()
                           && QDir(path).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
        return empty ? QString()
                     : QCoreApplication::translate("ArchiveExtractor", "%1 already exists and is not an empty folder.").arg(shown);
    }
    if (!QFileInfo(target.absolutePath()).isDir()) {
        return QCoreApplication::translate("ArchiveExtractor", "The folder %1 does not exist.")
            .arg(QDir::toNativeSeparators(target.absolutePath()));
    }
    return {};
}

QString freshIn(const QString &parent, const QString &archivePath)
{
    QString base = QFileInfo(archivePath).fileName();
    for (const QString &suffix : {QStringLiteral(".tar.gz"), QStringLiteral(".tgz"), QStringLiteral(".tar")}) {
        if (base.endsWith(suffix, Qt::CaseInsensitive)) {
            base.chop(suffix.size());
            break;
        }
    }
    if (base.isEmpty() || base.startsWith(QLatin1Char('.')))
        base.prepend(QStringLiteral("snapshot"));
    const QDir dir(parent);
    QString candidate = dir.filePath(base);
    for (int n = 2; !problem(candidate).isEmpty() && n < 10000; ++n)
        candidate = dir.filePath(QStringLiteral("%1 (%2)").arg(base).arg(n));
    return candidate;
}

} // namespace ExtractionTarget
