#include "AuthLoginCommand.h"

#include "Arguments.h"
#include "ExitCode.h"
#include "JsonView.h"
#include "LineReader.h"
#include "auth/AccountStore.h"
#include "auth/ApiKey.h"
#include "auth/CredentialResolver.h"
#include "auth/SignIn.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QProcessEnvironment>

void AuthLoginCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("url"),
                      tr("The API to sign in to (default: MF_API_URL, else https://api.managed.dev/v1)."),
                      tr("URL")});
    parser.addOption({QStringLiteral("key-stdin"), tr("Read the API key from standard input (for scripts).")});
    parser.addOption({QStringLiteral("name"), tr("A name for this account in lists."), tr("NAME")});
}

QString AuthLoginCommand::readArguments(const QCommandLineParser &parser)
{
    QString problem = Arguments::positional(parser, 0, QString());
    if (!problem.isEmpty()) {
        const QString arg = parser.positionalArguments().constFirst();
        if (ApiKey::isWellFormed(ApiKey::normalized(arg)))
            return tr("the API key is not accepted as an argument (it would be visible to other "
                      "programs); type it at the prompt or use --key-stdin");
        return problem;
    }
    QString url = parser.value(QStringLiteral("url"));
    if (url.isEmpty())
        url = QProcessEnvironment::systemEnvironment().value(QStringLiteral("MF_API_URL"));
    m_url = url.isEmpty() ? CredentialResolver::defaultApiUrl() : QUrl(url);
    if (!m_url.isValid() || m_url.scheme().isEmpty() || m_url.host().isEmpty())
        return tr("'%1' is not a URL like https://api.managed.dev/v1").arg(url);
    m_keyStdin = parser.isSet(QStringLiteral("key-stdin"));
    m_name = parser.value(QStringLiteral("name"));
    return {};
}

void AuthLoginCommand::start()
{
    m_reader = new LineReader(this);
    connect(m_reader, &LineReader::lineRead, this, &AuthLoginCommand::onKey);
    connect(m_reader, &LineReader::closed, this, [this] {
        term().setEcho(true);
        fail(ExitCode::Usage, tr("No API key was given on standard input."));
    });
    if (Terminal::stdinIsTerminal() && !m_keyStdin) {
        m_prompted = true;
        term().prompt(tr("API key for %1 (input is hidden): ").arg(m_url.toDisplayString()));
        term().setEcho(false);
    }
    m_reader->start();
}

void AuthLoginCommand::onKey(const QString &input)
{
    term().setEcho(true);
    const QString key = ApiKey::normalized(input);
    if (key.isEmpty()) {
        fail(ExitCode::Usage, tr("No API key was given."));
        return;
    }
    m_signIn = new SignIn(ctx().accounts(), ctx().credentials(), this);
    m_signIn->setDisplayName(m_name);
    connect(m_signIn, &SignIn::succeeded, this, &AuthLoginCommand::onSucceeded);
    connect(m_signIn, &SignIn::failed, this, &AuthLoginCommand::onFailed);
    term().progress(tr("Checking the key with %1…").arg(m_url.toDisplayString()));
    m_signIn->start(m_url, key);
}

void AuthLoginCommand::onSucceeded(const Account &account)
{
    if (json()) {
        printJson(QJsonObject{{QStringLiteral("account"), JsonView::account(account)},
                              {QStringLiteral("stored_in"), QStringLiteral("keychain")}});
    } else {
        term().outLine(tr("Signed in to %1 as %2 (%3, plan %4).")
                           .arg(account.apiUrl.toDisplayString(), account.email, account.organizationName, account.plan));
        term().outLine(tr("It may: %1.").arg(account.scopes.isEmpty() ? tr("nothing (the key has no scopes)")
                                                                     : account.scopes.join(QStringLiteral(", "))));
        term().outLine(tr("The key %1… is kept in the keychain.").arg(account.keyPrefix));
    }
    finish(ExitCode::Ok);
}

void AuthLoginCommand::onFailed(const SignInError &error)
{
    switch (error.kind) {
    case SignInError::Kind::None:
    case SignInError::Kind::Cancelled:
        finish(ExitCode::Interrupted);
        return;
    case SignInError::Kind::MalformedKey:
    case SignInError::Kind::Rejected:
        if (error.api.isError()) {
            failApi(error.api, error.message, QString()); // with the request id
            return;
        }
        fail(ExitCode::Auth, error.message);
        return;
    case SignInError::Kind::BadUrl:
        fail(ExitCode::Usage, error.message);
        return;
    case SignInError::Kind::Api:
        failApi(error.api);
        return;
    case SignInError::Kind::Keychain:
        // A CLI run ends right away, so "this session only" would be useless here: scripts and
        // headless machines use MF_API_KEY instead.
        fail(ExitCode::Error, error.message,
             error.keychainUnavailable()
                 ? tr("The key is valid but was not saved. Without a keychain, set MF_API_KEY (and MF_API_URL) "
                      "in the environment of the commands that need it.")
                 : QString());
        return;
    case SignInError::Kind::Settings:
        fail(ExitCode::Error, error.message);
        return;
    }
}

void AuthLoginCommand::interrupt()
{
    if (m_reader)
        m_reader->stop();
    term().setEcho(true);
    if (m_signIn)
        m_signIn->cancel();
    Command::interrupt();
}
