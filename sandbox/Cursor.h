#pragma once

#include <QByteArray>
#include <QString>

// Opaque pagination cursors: the last key of the page, the list's scope (endpoint + filters)
// and the issue time, signed with the data dir's secret so a client cannot forge or reuse one
// for another list. Valid for kValiditySecs (the contract promises at least 10 minutes).
class Cursor
{
public:
    static constexpr qint64 kValiditySecs = 3600;
    enum class Result { Ok, Malformed, Expired, WrongList };

    explicit Cursor(const QByteArray &secret) : m_secret(secret) {}
    QString encode(const QString &scope, const QString &lastKey, qint64 nowSecs) const;
    Result decode(const QString &cursor, const QString &scope, qint64 nowSecs, QString *lastKey) const;

private:
    QByteArray sign(const QByteArray &payload) const;
    QByteArray m_secret;
};
