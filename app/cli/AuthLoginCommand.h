#pragma once

#include "Command.h"

#include <QUrl>

class LineReader;
class SignIn;
struct SignInError;
struct Account;

// mf auth login [--url URL] [--key-stdin] [--name NAME]
// The key is never an argument (it would show in `ps` and in shell history): it is typed at a
// prompt that does not echo, or read from standard input.
class AuthLoginCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

    void addOptions(QCommandLineParser &parser) override;
    QString readArguments(const QCommandLineParser &parser) override;
    void start() override;
    void interrupt() override;

private:
    void onKey(const QString &key);
    void onSucceeded(const Account &account);
    void onFailed(const SignInError &error);

    QUrl m_url;
    QString m_name;
    bool m_keyStdin = false;
    bool m_prompted = false;
    LineReader *m_reader = nullptr;
    SignIn *m_signIn = nullptr;
};
