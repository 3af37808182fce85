#pragma once

#include "Download.h"
#include "TransferError.h"
#include "TransferRecord.h"

#include <QString>

// The last step of a verified download: its .part becomes the file the user asked for, under
// the download's conflict policy, and never by deleting anything first.
namespace FinalPlacement {

// Renames record.partPath() to record.finalPath(). When that name was taken meanwhile: Rename
// picks the next free name (record.fileName changes), Overwrite replaces the file in one step,
// Fail keeps the verified .part and says so. On success *finalPath is the file's path.
bool moveIntoPlace(TransferRecord &record, Download::ConflictPolicy policy, QString *finalPath, TransferError *error);

} // namespace FinalPlacement
