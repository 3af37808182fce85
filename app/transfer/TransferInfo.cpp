#include "TransferInfo.h"

#include <QCoreApplication>

QString TransferInfo::stateText(State state)
{
    switch (state) {
    case State::Queued:
        return QCoreApplication::translate("TransferInfo", "Queued");
    case State::Running:
        return QCoreApplication::translate("TransferInfo", "Downloading");
    case State::Verifying:
        return QCoreApplication::translate("TransferInfo", "Verifying");
    case State::Paused:
        return QCoreApplication::translate("TransferInfo", "Paused");
    case State::Completed:
        return QCoreApplication::translate("TransferInfo", "Completed");
    case State::Failed:
        return QCoreApplication::translate("TransferInfo", "Failed");
    case State::Cancelled:
        return QCoreApplication::translate("TransferInfo", "Cancelled");
    }
    return {};
}
