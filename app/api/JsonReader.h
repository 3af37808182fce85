#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

// Reads the fields of one JSON object for ApiParser and remembers the first problem with its
// path, so each parse function reads like the schema and still never returns a half-filled value:
// callers check ok() once at the end. Accessors return a harmless default after a failure.
class JsonReader
{
public:
    // v must be an object; path is where v sits in the document ("" for the root).
    JsonReader(const QJsonValue &v, const QString &path = {});

    bool ok() const { return !m_error.has_value(); }
    ParseError error() const { return m_error.value_or(ParseError{}); }
    QString pathOf(QLatin1String key) const;

    bool has(QLatin1String key) const { return m_object.contains(key); }
    bool isNull(QLatin1String key) const;

    QString string(QLatin1String key);           // required string
    QString nullableString(QLatin1String key);   // required, string or null (null -> empty)
    QString optionalString(QLatin1String key);   // may be absent or null
    QString id(QLatin1String key, QLatin1String prefix);          // required "<prefix>_<ULID>"
    QString nullableId(QLatin1String key, QLatin1String prefix);  // same, or null -> empty
    QString name(QLatin1String key);             // required slug / environment name
    bool boolean(QLatin1String key);
    qint64 integer(QLatin1String key, qint64 min, qint64 max);
    std::optional<qint64> nullableInteger(QLatin1String key, qint64 min, qint64 max);
    std::optional<qint64> optionalInteger(QLatin1String key, qint64 min, qint64 max);
    QDateTime time(QLatin1String key);           // required RFC 3339
    QDateTime nullableTime(QLatin1String key);   // required, or null -> invalid
    QDateTime optionalTime(QLatin1String key);   // may be absent or null
    QJsonObject object(QLatin1String key);
    QJsonArray array(QLatin1String key);
    QStringList stringArray(QLatin1String key);
    QJsonValue value(QLatin1String key) const { return m_object.value(key); }

    // Records a nested parse's failure, its path re-based under key.
    template<typename T>
    std::optional<T> nested(QLatin1String key, const Result<T> &r)
    {
        if (r.ok())
            return r.value();
        adopt(pathOf(key), r.error());
        return std::nullopt;
    }
    void adopt(const QString &prefix, const ParseError &e);
    void fail(const QString &path, const QString &problem);

private:
    // The value at key, or nullopt (and a recorded failure) when missing.
    std::optional<QJsonValue> required(QLatin1String key);

    QJsonObject m_object;
    QString m_path;
    std::optional<ParseError> m_error;
};
