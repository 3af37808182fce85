#include "ErrorDetails.h"

#include "api/ApiError.h"
#include "api/ErrorText.h"

#include <QCoreApplication>

namespace ErrorDetails {

QString sentence(const ApiError &error)
{
    return ErrorText::describe(error);
}

QString requestIdLine(const ApiError &error)
{
    if (error.requestId.isEmpty())
        return {};
    return QCoreApplication::translate("ErrorDetails", "Request id: %1").arg(error.requestId);
}

QString fullText(const ApiError &error)
{
    const QString id = requestIdLine(error);
    return id.isEmpty() ? sentence(error) : sentence(error) + QStringLiteral("\n\n") + id;
}

QString oneLine(const ApiError &error)
{
    if (error.requestId.isEmpty())
        return sentence(error);
    return QCoreApplication::translate("ErrorDetails", "%1 (request id %2)").arg(sentence(error), error.requestId);
}

} // namespace ErrorDetails
