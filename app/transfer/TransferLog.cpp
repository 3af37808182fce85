#include "TransferLog.h"

namespace TransferLog {

QString redact(const QUrl &url)
{
    QString text = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
                       .toString();
    if (url.hasQuery())
        text += QLatin1String("?…");
    return text;
}

} // namespace TransferLog
