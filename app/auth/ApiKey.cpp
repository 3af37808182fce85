#include "ApiKey.h"

namespace ApiKey {

bool isWellFormed(const QString &key)
{
    static const QString live = QStringLiteral("mfk_live_");
    static const QString test = QStringLiteral("mfk_test_");
    if (!key.startsWith(live) && !key.startsWith(test))
        return false;
    const QStringView secret = QStringView(key).mid(live.size());
    if (secret.size() != 32)
        return false;
    for (const QChar c : secret) {
        const char16_t u = c.unicode();
        const bool alnum = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
        if (!alnum)
            return false;
    }
    return true;
}

QString prefix(const QString &key)
{
    return key.left(12);
}

QString normalized(const QString &input)
{
    return input.trimmed();
}

} // namespace ApiKey
