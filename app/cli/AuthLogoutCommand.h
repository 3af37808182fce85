#pragma once

#include "Command.h"

#include <QStringList>

class SignOut;

// mf auth logout [--all]
class AuthLogoutCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

    void addOptions(QCommandLineParser &parser) override;
    QString readArguments(const QCommandLineParser &parser) override;
    void start() override;

private:
    void next();

    bool m_all = false;
    QStringList m_pending;   // account ids still to sign out
    QStringList m_done;      // display names, for the summary
    SignOut *m_signOut = nullptr;
};
