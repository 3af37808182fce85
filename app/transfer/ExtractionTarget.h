#pragma once

#include <QString>

// Where a downloaded archive is unpacked: the rule shared by the desktop's "Extract to Folder…"
// and `mf snapshot download --extract`, and enforced again by ArchiveExtractor.
namespace ExtractionTarget {

// Empty when `path` can receive an extraction: it does not exist yet (and its parent folder
// does), or it is an empty folder (hidden entries count). Otherwise a translated sentence.
QString problem(const QString &path);

// A folder in `parent` named after the archive ("acme-production-2026-05-01.tar.gz" →
// "acme-production-2026-05-01"), numbered " (2)", " (3)", … until problem() has nothing to say.
QString freshIn(const QString &parent, const QString &archivePath);

} // namespace ExtractionTarget
