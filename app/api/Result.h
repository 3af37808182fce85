#pragma once

#include <QString>

#include <optional>
#include <utility>

// A parsed value or the reason it could not be parsed: never a half-filled object.
struct ParseError
{
    QString path;    // where in the document, e.g. "data[3].environments[0].kind"
    QString problem; // what was wrong there, in English (developer-facing)
    QString toString() const { return path.isEmpty() ? problem : path + QStringLiteral(": ") + problem; }
};

template<typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(ParseError error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const ParseError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    ParseError m_error;
};
