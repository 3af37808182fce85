#include "Cursor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

namespace {
constexpr auto kBase64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
}

QByteArray Cursor::sign(const QByteArray &payload) const
{
    return QMessageAuthenticationCode::hash(payload, m_secret, QCryptographicHash::Sha256).left(12);
}

QString Cursor::encode(const QString &scope, const QString &lastKey, qint64 nowSecs) const
{
    const QByteArray payload = QJsonDocument(QJsonObject{{QStringLiteral("s"), scope},
                                                         {QStringLiteral("k"), lastKey},
                                                         {QStringLiteral("t"), nowSecs}})
                                   .toJson(QJsonDocument::Compact);
    return QString::fromLatin1(payload.toBase64(kBase64) + '.' + sign(payload).toBase64(kBase64));
}

Cursor::Result Cursor::decode(const QString &cursor, const QString &scope, qint64 nowSecs, QString *lastKey) const
{
    const QByteArray raw = cursor.toLatin1();
    const qsizetype dot = raw.indexOf('.');
    if (dot <= 0 || cursor.size() > 512)
        return Result::Malformed;
    const auto payload = QByteArray::fromBase64Encoding(raw.left(dot), kBase64 | QByteArray::AbortOnBase64DecodingErrors);
    const auto mac = QByteArray::fromBase64Encoding(raw.mid(dot + 1), kBase64 | QByteArray::AbortOnBase64DecodingErrors);
    if (!payload || !mac || sign(*payload) != *mac)
        return Result::Malformed;
    const QJsonObject o = QJsonDocument::fromJson(*payload).object();
    if (o.value(QLatin1String("s")).toString() != scope)
        return Result::WrongList;
    if (nowSecs - qint64(o.value(QLatin1String("t")).toDouble()) > kValiditySecs)
        return Result::Expired;
    *lastKey = o.value(QLatin1String("k")).toString();
    return Result::Ok;
}
