#include "TransferLog.h"

namespace TransferLog {

QString redact(const QUrl &url)
{
    QString text = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
                       .toString();
    // ASCII on purpose: log lines end up in C-locale terminals and files.
    if (url.hasQuery())
        text += QLatin1String("?...");
    return text;
}

} // namespace TransferLog
