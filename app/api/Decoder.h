#pragma once

#include "ApiParser.h"
#include "Result.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <any>
#include <functional>
#include <optional>

// Turns a checked reply body into the typed value the caller receives (ApiReply::as<T>()), so
// a reply is parsed once, where it is validated, and never again by its callers.
namespace Decoder {

// A single document: the typed value in `out`, or where the document is wrong.
using Single = std::function<std::optional<ParseError>(const QJsonValue &doc, std::any &out)>;

// A paged list: decodePage() turns one page's data[] into a typed QList (all items or none, the
// problem naming data[i]); append() adds a decoded page to the whole list.
struct List
{
    std::function<std::optional<ParseError>(const QJsonArray &items, std::any &page)> decodePage;
    std::function<void(std::any &all, const std::any &page)> append;
    explicit operator bool() const { return bool(decodePage); }
};

template<typename T>
Single single(Result<T> (*parse)(const QJsonValue &))
{
    return [parse](const QJsonValue &doc, std::any &out) -> std::optional<ParseError> {
        Result<T> r = parse(doc);
        if (!r.ok())
            return r.error();
        out = std::move(r.value());
        return std::nullopt;
    };
}

template<typename T>
List list(Result<T> (*parse)(const QJsonValue &))
{
    List l;
    l.decodePage = [parse](const QJsonArray &items, std::any &page) -> std::optional<ParseError> {
        QList<T> out;
        out.reserve(items.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            Result<T> r = parse(items.at(i));
            if (!r.ok()) {
                return ParseError{ApiParser::joinPath(QStringLiteral("data[%1]").arg(i), r.error().path),
                                  r.error().problem};
            }
            out.append(std::move(r.value()));
        }
        page = std::move(out);
        return std::nullopt;
    };
    l.append = [](std::any &all, const std::any &page) {
        if (!all.has_value())
            all = QList<T>();
        std::any_cast<QList<T> &>(all).append(std::any_cast<const QList<T> &>(page));
    };
    return l;
}

} // namespace Decoder
