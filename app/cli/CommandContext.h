#pragma once

#include "Terminal.h"
#include "auth/Credentials.h"

#include <QObject>
#include <QString>

class AccountStore;
class ApiClient;
class Clock;
class CredentialStore;

// What every command of one `mf` run shares: the terminal, the output mode, the stored accounts,
// the API client once credentials are known. (A POST's Idempotency-Key is its JobStart's.)
class CommandContext : public QObject
{
    Q_OBJECT
public:
    explicit CommandContext(QObject *parent = nullptr);
    ~CommandContext() override;

    Terminal &terminal() { return m_terminal; }
    bool json() const { return m_json; }
    void setJson(bool on);

    AccountStore *accounts();
    CredentialStore *credentials();
    Clock *clock() const { return m_clock; }
    void setClock(Clock *clock) { m_clock = clock; }

    // Set by Command::withApi() once the key is known.
    ApiClient *api() const { return m_api; }
    void setApi(ApiClient *api, const Credentials &credentials);
    const Credentials &activeCredentials() const { return m_credentials; }

private:
    Terminal m_terminal;
    bool m_json = false;
    AccountStore *m_accounts = nullptr;
    CredentialStore *m_credentialStore = nullptr;
    Clock *m_clock;
    ApiClient *m_api = nullptr;
    Credentials m_credentials;
};
