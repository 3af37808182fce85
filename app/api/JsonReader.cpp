#include "JsonReader.h"

#include "ApiParser.h"

#include <cmath>

namespace {

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("missing");
}

QString expected(const char *what, const QJsonValue &got)
{
    return QStringLiteral("expected %1, got %2").arg(QLatin1String(what), typeName(got));
}

} // namespace

JsonReader::JsonReader(const QJsonValue &v, const QString &path)
    : m_path(path)
{
    if (v.isObject())
        m_object = v.toObject();
    else
        fail(path, expected("an object", v));
}

QString JsonReader::pathOf(QLatin1String key) const
{
    return ApiParser::joinPath(m_path, QString(key));
}

bool JsonReader::isNull(QLatin1String key) const
{
    return m_object.value(key).isNull();
}

void JsonReader::fail(const QString &path, const QString &problem)
{
    if (!m_error)
        m_error = ParseError{path, problem};
}

void JsonReader::adopt(const QString &prefix, const ParseError &e)
{
    fail(ApiParser::joinPath(prefix, e.path), e.problem);
}

std::optional<QJsonValue> JsonReader::required(QLatin1String key)
{
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd()) {
        fail(pathOf(key), QStringLiteral("required field is missing"));
        return std::nullopt;
    }
    return it.value();
}

QString JsonReader::string(QLatin1String key)
{
    const auto v = required(key);
    if (!v)
        return {};
    if (!v->isString()) {
        fail(pathOf(key), expected("a string", *v));
        return {};
    }
    return v->toString();
}

QString JsonReader::nullableString(QLatin1String key)
{
    const auto v = required(key);
    if (!v || v->isNull())
        return {};
    if (!v->isString()) {
        fail(pathOf(key), expected("a string or null", *v));
        return {};
    }
    return v->toString();
}

QString JsonReader::optionalString(QLatin1String key)
{
    if (!has(key) || isNull(key))
        return {};
    return string(key);
}

QString JsonReader::id(QLatin1String key, QLatin1String prefix)
{
    const QString s = string(key);
    if (ok() && !ApiParser::isId(s, prefix)) {
        fail(pathOf(key), QStringLiteral("not a valid %1_ id").arg(prefix));
        return {};
    }
    return s;
}

QString JsonReader::nullableId(QLatin1String key, QLatin1String prefix)
{
    const auto v = required(key);
    if (!v || v->isNull())
        return {};
    return id(key, prefix);
}

QString JsonReader::name(QLatin1String key)
{
    const QString s = string(key);
    if (ok() && !ApiParser::isName(s)) {
        fail(pathOf(key), QStringLiteral("not a valid name (lower-case letters, digits, '-')"));
        return {};
    }
    return s;
}

bool JsonReader::boolean(QLatin1String key)
{
    const auto v = required(key);
    if (!v)
        return false;
    if (!v->isBool()) {
        fail(pathOf(key), expected("a boolean", *v));
        return false;
    }
    return v->toBool();
}

qint64 JsonReader::integer(QLatin1String key, qint64 min, qint64 max)
{
    const auto v = required(key);
    if (!v)
        return min;
    if (!v->isDouble()) {
        fail(pathOf(key), expected("an integer", *v));
        return min;
    }
    const double d = v->toDouble();
    // Beyond 2^53 a double no longer holds every integer: treat it as out of range.
    constexpr double exactLimit = 9007199254740992.0;
    if (!std::isfinite(d) || std::floor(d) != d || std::fabs(d) > exactLimit) {
        fail(pathOf(key), QStringLiteral("expected an integer, got %1").arg(d));
        return min;
    }
    const auto i = static_cast<qint64>(d);
    if (i < min || i > max) {
        fail(pathOf(key), QStringLiteral("%1 is out of range [%2, %3]").arg(i).arg(min).arg(max));
        return min;
    }
    return i;
}

std::optional<qint64> JsonReader::nullableInteger(QLatin1String key, qint64 min, qint64 max)
{
    const auto v = required(key);
    if (!v || v->isNull())
        return std::nullopt;
    return integer(key, min, max);
}

std::optional<qint64> JsonReader::optionalInteger(QLatin1String key, qint64 min, qint64 max)
{
    if (!has(key) || isNull(key))
        return std::nullopt;
    return integer(key, min, max);
}

QDateTime JsonReader::time(QLatin1String key)
{
    const auto v = required(key);
    if (!v)
        return {};
    if (!v->isString()) {
        fail(pathOf(key), expected("an RFC 3339 time string", *v));
        return {};
    }
    const QDateTime t = ApiParser::timestamp(v->toString());
    if (!t.isValid()) {
        fail(pathOf(key), QStringLiteral("not an RFC 3339 time: \"%1\"").arg(v->toString().left(40)));
        return {};
    }
    return t;
}

QDateTime JsonReader::nullableTime(QLatin1String key)
{
    const auto v = required(key);
    if (!v || v->isNull())
        return {};
    return time(key);
}

QDateTime JsonReader::optionalTime(QLatin1String key)
{
    if (!has(key) || isNull(key))
        return {};
    return time(key);
}

QJsonObject JsonReader::object(QLatin1String key)
{
    const auto v = required(key);
    if (!v)
        return {};
    if (!v->isObject()) {
        fail(pathOf(key), expected("an object", *v));
        return {};
    }
    return v->toObject();
}

QJsonArray JsonReader::array(QLatin1String key)
{
    const auto v = required(key);
    if (!v)
        return {};
    if (!v->isArray()) {
        fail(pathOf(key), expected("an array", *v));
        return {};
    }
    return v->toArray();
}

QStringList JsonReader::stringArray(QLatin1String key)
{
    const QJsonArray a = array(key);
    QStringList out;
    out.reserve(a.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QJsonValue item = a.at(i);
        if (!item.isString()) {
            fail(pathOf(key) + QStringLiteral("[%1]").arg(i), expected("a string", item));
            return {};
        }
        out.append(item.toString());
    }
    return out;
}
