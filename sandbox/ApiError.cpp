#include "ApiError.h"

namespace sandbox {

HttpResponse ApiError::response(int status, const QString &code, const QString &message, const QString &requestId,
                                const QJsonObject &details)
{
    QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message},
                      {QStringLiteral("request_id"), requestId}};
    if (!details.isEmpty())
        error.insert(QStringLiteral("details"), details);
    return HttpResponse::json(status, QJsonObject{{QStringLiteral("error"), error}});
}

HttpResponse ApiError::badParameter(const QString &name, const QString &message, const QString &requestId)
{
    return response(400, QStringLiteral("bad_request"), message, requestId, QJsonObject{{QStringLiteral("parameter"), name}});
}

HttpResponse ApiError::notFound(const QString &what, const QString &requestId)
{
    return response(404, QStringLiteral("not_found"), QStringLiteral("No such %1.").arg(what), requestId);
}

} // namespace sandbox
