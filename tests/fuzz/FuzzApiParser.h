#pragma once

#include "api/ApiParser.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

// One input through every parse function, shared by the libFuzzer target (clang builds) and the
// corpus test (every build). Returns how many typed values parsed, so the corpus test can check
// that valid documents still parse and hostile ones give nothing.
namespace FuzzApiParser {

inline int parseEverything(const QByteArray &input)
{
    int parsed = 0;
    const Result<QJsonValue> doc = ApiParser::document(input);
    if (!doc.ok())
        return 0;
    const QJsonValue &v = doc.value();
    parsed += ApiParser::me(v).ok();
    parsed += ApiParser::site(v).ok();
    parsed += ApiParser::environment(v).ok();
    parsed += ApiParser::snapshotSummary(v).ok();
    parsed += ApiParser::snapshot(v).ok();
    parsed += ApiParser::job(v).ok();
    parsed += ApiParser::accepted(v).ok();
    parsed += ApiParser::backupPolicy(v).ok();
    parsed += ApiParser::environmentList(v).ok();
    parsed += ApiParser::errorBody(v).ok();
    if (const Result<ApiParser::Page> page = ApiParser::page(v); page.ok()) {
        ++parsed;
        parsed += ApiParser::list<Site>(page->data, &ApiParser::site).ok();
        parsed += ApiParser::list<Snapshot>(page->data, &ApiParser::snapshot).ok();
        parsed += ApiParser::list<Job>(page->data, &ApiParser::job).ok();
    }
    // Top-level strings also go through the scalar helpers; their verdicts are not "typed values",
    // so they only feed a sink the optimiser must keep.
    const QJsonObject o = v.toObject();
    volatile int sink = 0;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString s = it.value().toString();
        sink = sink + ApiParser::timestamp(s).isValid() + ApiParser::isName(s)
            + ApiParser::isId(s, QLatin1String("snap"));
    }
    return parsed;
}

} // namespace FuzzApiParser
