#pragma once

#include "util/LogCategories.h"

#include <QString>
#include <QUrl>

namespace TransferLog {
// A URL fit for a log line: scheme, host, port and path only. Signed storage URLs carry their
// secret in the query string and user info can hold credentials, so both are always dropped.
QString redact(const QUrl &url);
}
