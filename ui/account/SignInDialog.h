#pragma once

#include "auth/Account.h"

#include <QDialog>

class AccountStore;
class CredentialStore;
class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class SignIn;
struct SignInError;

// First run, "Add account…" and "Enter the key again": display name, API URL and key (never
// echoed). The key is checked with GET /me before anything is saved; on success the dialog
// shows who it belongs to (account, organization, plan, scopes) and the key is in the keychain.
// "Try the local sandbox" points it at a running mf-sandbox. Opened with open(), never exec().
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    SignInDialog(AccountStore *accounts, CredentialStore *credentials, QWidget *parent = nullptr);

    static QUrl sandboxUrl(); // http://127.0.0.1:8470/v1

    // Prefill for re-entering the key of a known account.
    void setAccount(const Account &account);
    void setMessage(const QString &text);
    Account account() const { return m_account; }

Q_SIGNALS:
    void signedIn(const Account &account);

private:
    void startSignIn();
    void useSandbox();
    void onSucceeded(const Account &account);
    void onFailed(const SignInError &error);
    void setBusy(bool busy);
    void updateButtons();
    void showError(const QString &text);

    AccountStore *m_accounts;
    CredentialStore *m_credentials;
    SignIn *m_signIn;
    Account m_account;

    QLabel *m_intro;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QLineEdit *m_key;
    QPushButton *m_sandbox;
    QLabel *m_status;
    QPushButton *m_sessionOnly;
    QLabel *m_details;
    QDialogButtonBox *m_buttons;
    QPushButton *m_signInButton;
    QPushButton *m_continueButton = nullptr;
};
