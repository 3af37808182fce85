#pragma once

#include "HttpMessage.h"

#include <QJsonObject>
#include <QString>

namespace sandbox {

// The contract's error body: {"error": {"code", "message", "request_id", "details"?}}.
class ApiError
{
public:
    static HttpResponse response(int status, const QString &code, const QString &message, const QString &requestId,
                                 const QJsonObject &details = {});
    static HttpResponse badParameter(const QString &name, const QString &message, const QString &requestId);
    static HttpResponse notFound(const QString &what, const QString &requestId);
};

} // namespace sandbox
