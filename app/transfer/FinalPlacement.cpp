#include "FinalPlacement.h"

#include "SafeFileName.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <filesystem>

namespace {

bool replaceInPlace(const TransferRecord &record, QString *finalPath, TransferError *error)
{
    // One rename over the old file: if it fails, the old file is still there, not deleted first
    // with nothing to take its place (QFile::rename() refuses to replace).
    const QString part = record.partPath();
    std::error_code failed;
    std::filesystem::rename(QFile::encodeName(part).toStdString(), QFile::encodeName(record.finalPath()).toStdString(), failed);
    if (failed) {
        *error = {TransferError::Kind::FileError,
                  QCoreApplication::translate("Download", "Could not replace %1 with the verified download kept as %2: %3")
                      .arg(QDir::toNativeSeparators(record.finalPath()), QDir::toNativeSeparators(part),
                           QString::fromStdString(failed.message())), {}};
        return false;
    }
    *finalPath = record.finalPath();
    return true;
}

} // namespace

// The sentences keep the "Download" translation context they were written in.
namespace FinalPlacement {

bool moveIntoPlace(TransferRecord &record, Download::ConflictPolicy policy, QString *finalPath, TransferError *error)
{
    const QString part = record.partPath();
    if (QFileInfo::exists(record.finalPath())) {
        if (policy == Download::ConflictPolicy::Fail) {
            *error = {TransferError::Kind::FileExists,
                      QCoreApplication::translate("Download", "%1 already exists; the verified download was kept as %2.")
                          .arg(QDir::toNativeSeparators(record.finalPath()), QDir::toNativeSeparators(part)), {}};
            return false;
        }
        if (policy == Download::ConflictPolicy::Overwrite)
            return replaceInPlace(record, finalPath, error);
        // Someone created the file meanwhile: never replace it, take the next free name.
        record.fileName = SafeFileName::unique(record.directory, record.fileName);
    }
    if (!QFile::rename(part, record.finalPath())) {
        *error = {TransferError::Kind::FileError,
                  QCoreApplication::translate("Download", "Could not rename %1 to %2.")
                      .arg(QDir::toNativeSeparators(part), QDir::toNativeSeparators(record.finalPath())), {}};
        return false;
    }
    *finalPath = record.finalPath();
    return true;
}

} // namespace FinalPlacement
