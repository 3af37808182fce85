#pragma once

#include <QByteArray>
#include <QString>

// Small file helpers every integration test needs to compare what landed on disk.
namespace TestFiles {

// Lower-case hex SHA-256 of the file's bytes; empty when it cannot be read.
QByteArray sha256Hex(const QString &path);
// Creates or replaces the file with these bytes; false when it cannot.
bool write(const QString &path, const QByteArray &bytes);

} // namespace TestFiles
