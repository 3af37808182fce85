#pragma once

#include "SandboxProcess.h"

#include <QRegularExpression>
#include <QString>

// Creates and revokes extra API keys on a running mf-sandbox through its `keys` tool.
namespace SandboxKeys {

inline QString findKey(const QByteArray &output)
{
    static const QRegularExpression re(QStringLiteral("mfk_(live|test)_[A-Za-z0-9]{32}"));
    return re.match(QString::fromUtf8(output)).captured(0);
}

// A fresh key of the seed's organization; empty on failure.
inline QString create(SandboxProcess &sandbox)
{
    int code = -1;
    const QByteArray out = sandbox.runTool({QStringLiteral("keys"), QStringLiteral("create")}, &code);
    return code == 0 ? findKey(out) : QString();
}

inline bool revoke(SandboxProcess &sandbox, const QString &key)
{
    int code = -1;
    sandbox.runTool({QStringLiteral("keys"), QStringLiteral("revoke"), key.left(12)}, &code);
    return code == 0;
}

} // namespace SandboxKeys
