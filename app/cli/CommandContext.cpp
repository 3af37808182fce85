#include "CommandContext.h"

#include "api/ApiClient.h"
#include "api/ErrorText.h"
#include "util/Format.h"
#include "auth/AccountStore.h"
#include "auth/CredentialStore.h"
#include "util/Clock.h"

CommandContext::CommandContext(QObject *parent)
    : QObject(parent), m_clock(Clock::system())
{
    m_terminal.setProgressEnabled(true);
}

CommandContext::~CommandContext()
{
    m_credentials.key.fill(QLatin1Char('\0'));
}

void CommandContext::setJson(bool on)
{
    m_json = on;
    // Scripts reading JSON want no escape sequences on stderr either.
    m_terminal.setProgressEnabled(!on);
}

AccountStore *CommandContext::accounts()
{
    if (!m_accounts)
        m_accounts = new AccountStore(this);
    return m_accounts;
}

CredentialStore *CommandContext::credentials()
{
    if (!m_credentialStore)
        m_credentialStore = new CredentialStore(this);
    return m_credentialStore;
}

void CommandContext::setApi(ApiClient *api, const Credentials &credentials)
{
    m_api = api;
    m_api->setParent(this);
    m_credentials = credentials;
    // A person at a terminal is told why nothing seems to happen; scripts (and --json) get only
    // the outcome.
    connect(m_api, &ApiClient::retrying, this,
            [this](const QString &, const ApiError &error, int attempt, int maxAttempts, int delayMs) {
                if (!m_terminal.progressEnabled())
                    return;
                m_terminal.errLine(tr("%1 Trying again in %2 (attempt %3 of %4 failed).")
                                       .arg(ErrorText::describe(error), Format::duration((delayMs + 999) / 1000))
                                       .arg(attempt)
                                       .arg(maxAttempts));
            });
}
