#pragma once

#include <QComboBox>

class AccountStore;

// The account picker in the toolbar: every stored account by display name, then "Add
// account…". Picking an account asks for a switch; the list follows the AccountStore.
class AccountSwitcher : public QComboBox
{
    Q_OBJECT
public:
    explicit AccountSwitcher(AccountStore *accounts, QWidget *parent = nullptr);

    void setCurrentAccount(const QString &accountId);
    int indexOfAccount(const QString &accountId) const;

Q_SIGNALS:
    void switchRequested(const QString &accountId);
    void addAccountRequested();

private:
    void rebuild();
    void onActivated(int index);

    AccountStore *m_accounts;
    QString m_current;
};
