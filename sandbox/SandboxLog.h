#pragma once

#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

namespace SandboxLog {
// Text a client chose (a decoded path, a method), made safe for one log line: control
// characters (CR, LF, ESC…), spaces, backslashes and Unicode line separators become \xNN or
// \u{NNNN}, so a request can neither forge a line nor shift the fields of its own.
QString escaped(const QString &text);
}
