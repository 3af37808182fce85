#include "AccountSwitcher.h"

#include "auth/AccountStore.h"
#include "style/Icons.h"

static const char AddAccountMarker[] = "\x01" "add";

AccountSwitcher::AccountSwitcher(AccountStore *accounts, QWidget *parent)
    : QComboBox(parent)
    , m_accounts(accounts)
{
    setObjectName(QStringLiteral("accountSwitcher"));
    setAccessibleName(tr("Account"));
    setToolTip(tr("Switch account"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(14);
    connect(accounts, &AccountStore::accountsChanged, this, &AccountSwitcher::rebuild);
    connect(this, &QComboBox::activated, this, &AccountSwitcher::onActivated);
    rebuild();
}

void AccountSwitcher::rebuild()
{
    const QSignalBlocker blocker(this);
    clear();
    for (const Account &a : m_accounts->accounts()) {
        addItem(Icons::get(QStringLiteral("account")), a.displayName, a.id);
        setItemData(count() - 1, tr("%1 — %2, %3").arg(a.organizationName, a.email, a.apiUrl.toDisplayString()), Qt::ToolTipRole);
    }
    if (count() > 0)
        insertSeparator(count());
    addItem(Icons::get(QStringLiteral("account-add")), tr("Add account…"), QString::fromLatin1(AddAccountMarker));
    setCurrentIndex(std::max(0, indexOfAccount(m_current)));
    if (m_current.isEmpty())
        setCurrentIndex(-1);
}

int AccountSwitcher::indexOfAccount(const QString &accountId) const
{
    return accountId.isEmpty() ? -1 : findData(accountId);
}

void AccountSwitcher::setCurrentAccount(const QString &accountId)
{
    m_current = accountId;
    const QSignalBlocker blocker(this);
    setCurrentIndex(indexOfAccount(accountId));
}

void AccountSwitcher::onActivated(int index)
{
    const QString id = itemData(index).toString();
    if (id == QLatin1String(AddAccountMarker)) {
        setCurrentAccount(m_current); // the picker shows who is signed in, not the command
        Q_EMIT addAccountRequested();
        return;
    }
    if (!id.isEmpty() && id != m_current)
        Q_EMIT switchRequested(id);
}
