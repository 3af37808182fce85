#pragma once

#include <QString>

// What can be said about an API key without asking the platform. The key itself is a secret:
// only prefix() may be shown, stored or logged.
namespace ApiKey {

// mfk_live_ or mfk_test_ followed by 32 characters of [A-Za-z0-9].
bool isWellFormed(const QString &key);
// The first 12 characters (e.g. "mfk_live_a1b"), as GET /me reports it.
QString prefix(const QString &key);
// Surrounding whitespace and a trailing newline from a pipe or a paste are not part of the key.
QString normalized(const QString &input);

} // namespace ApiKey
