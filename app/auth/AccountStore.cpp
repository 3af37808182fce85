#include "AccountStore.h"

#include <QCoreApplication>
#include <QSettings>

namespace {
const QString kOrder = QStringLiteral("accounts/order");
const QString kCurrent = QStringLiteral("accounts/current");

QString group(const QString &id)
{
    return QStringLiteral("accounts/") + id + QLatin1Char('/');
}

// The keys of an account's group that this store writes. The group is shared: other components
// keep per-account state beside them (the job follower its followed job ids under "jobs"), so
// saving or removing an account touches these keys and nothing else.
const QStringList &ownKeys()
{
    static const QStringList keys = {
        QStringLiteral("apiUrl"),           QStringLiteral("displayName"), QStringLiteral("keyPrefix"),
        QStringLiteral("keyMode"),          QStringLiteral("organizationId"),
        QStringLiteral("organizationName"), QStringLiteral("accountId"),   QStringLiteral("accountName"),
        QStringLiteral("email"),            QStringLiteral("plan"),        QStringLiteral("scopes"),
    };
    return keys;
}

// Ids end up as settings group names: a '/' or a stray character would address another entry.
bool isSafeId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (const QChar c : id) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-') && c != QLatin1Char('_'))
            return false;
    }
    return true;
}
} // namespace

AccountStore::AccountStore(QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>())
{
}

AccountStore::AccountStore(const QString &settingsPath, QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(settingsPath, QSettings::IniFormat))
{
}

AccountStore::~AccountStore() = default;

QStringList AccountStore::ids() const
{
    QStringList out;
    const QStringList stored = m_settings->value(kOrder).toStringList();
    for (const QString &id : stored) {
        if (isSafeId(id) && !out.contains(id))
            out << id;
    }
    return out;
}

Account AccountStore::read(const QString &id) const
{
    const QString g = group(id);
    Account a;
    a.apiUrl = QUrl(m_settings->value(g + QLatin1String("apiUrl")).toString());
    if (!a.apiUrl.isValid() || a.apiUrl.isEmpty())
        return {}; // a damaged entry is treated as absent rather than half-filled
    a.id = id;
    a.displayName = m_settings->value(g + QLatin1String("displayName")).toString();
    a.keyPrefix = m_settings->value(g + QLatin1String("keyPrefix")).toString();
    a.keyMode = m_settings->value(g + QLatin1String("keyMode")).toString();
    a.organizationId = m_settings->value(g + QLatin1String("organizationId")).toString();
    a.organizationName = m_settings->value(g + QLatin1String("organizationName")).toString();
    a.accountId = m_settings->value(g + QLatin1String("accountId")).toString();
    a.accountName = m_settings->value(g + QLatin1String("accountName")).toString();
    a.email = m_settings->value(g + QLatin1String("email")).toString();
    a.plan = m_settings->value(g + QLatin1String("plan")).toString();
    a.scopes = m_settings->value(g + QLatin1String("scopes")).toStringList();
    return a;
}

QList<Account> AccountStore::accounts() const
{
    QList<Account> out;
    for (const QString &id : ids()) {
        const Account a = read(id);
        if (a.isValid())
            out << a;
    }
    return out;
}

Account AccountStore::account(const QString &id) const
{
    if (!isSafeId(id) || !ids().contains(id))
        return {};
    return read(id);
}

bool AccountStore::contains(const QString &id) const
{
    return account(id).isValid();
}

Account AccountStore::find(const QUrl &apiUrl, const QString &accountId, const QString &organizationId) const
{
    const QUrl wanted = apiUrl.adjusted(QUrl::StripTrailingSlash);
    for (const Account &a : accounts()) {
        if (a.apiUrl.adjusted(QUrl::StripTrailingSlash) == wanted && a.accountId == accountId
            && a.organizationId == organizationId)
            return a;
    }
    return {};
}

bool AccountStore::save(const Account &account)
{
    if (!isSafeId(account.id) || !account.apiUrl.isValid() || account.apiUrl.isEmpty()) {
        m_error = tr("The account is incomplete and was not saved.");
        return false;
    }
    const QString g = group(account.id);
    // Signing in again to an account saves it again: what others keep in the group (the jobs
    // still being followed) must survive that.
    removeOwnKeys(account.id);
    m_settings->setValue(g + QLatin1String("apiUrl"), account.apiUrl.toString());
    m_settings->setValue(g + QLatin1String("displayName"), account.displayName);
    m_settings->setValue(g + QLatin1String("keyPrefix"), account.keyPrefix);
    m_settings->setValue(g + QLatin1String("keyMode"), account.keyMode);
    m_settings->setValue(g + QLatin1String("organizationId"), account.organizationId);
    m_settings->setValue(g + QLatin1String("organizationName"), account.organizationName);
    m_settings->setValue(g + QLatin1String("accountId"), account.accountId);
    m_settings->setValue(g + QLatin1String("accountName"), account.accountName);
    m_settings->setValue(g + QLatin1String("email"), account.email);
    m_settings->setValue(g + QLatin1String("plan"), account.plan);
    m_settings->setValue(g + QLatin1String("scopes"), account.scopes);
    QStringList order = ids();
    if (!order.contains(account.id))
        order << account.id;
    m_settings->setValue(kOrder, order);
    if (!commit())
        return false;
    Q_EMIT accountsChanged();
    return true;
}

bool AccountStore::remove(const QString &id)
{
    if (!isSafeId(id) || !ids().contains(id))
        return true; // already gone: removing is idempotent
    // Asked before the group goes: currentAccountId() only names accounts that still exist.
    const bool wasCurrent = currentAccountId() == id;
    removeOwnKeys(id); // the owners of the rest (jobs, transfers) forget it on sign-out themselves
    QStringList order = ids();
    order.removeAll(id);
    m_settings->setValue(kOrder, order);
    if (wasCurrent)
        m_settings->remove(kCurrent);
    if (!commit())
        return false;
    Q_EMIT accountsChanged();
    if (wasCurrent)
        Q_EMIT currentAccountChanged(QString());
    return true;
}

void AccountStore::removeOwnKeys(const QString &id)
{
    const QString g = group(id);
    for (const QString &key : ownKeys())
        m_settings->remove(g + key);
}

QString AccountStore::currentAccountId() const
{
    const QString id = m_settings->value(kCurrent).toString();
    return contains(id) ? id : QString();
}

Account AccountStore::currentAccount() const
{
    return account(currentAccountId());
}

bool AccountStore::setCurrentAccount(const QString &id)
{
    if (!id.isEmpty() && !contains(id)) {
        m_error = tr("There is no such account.");
        return false;
    }
    if (id == currentAccountId())
        return true;
    if (id.isEmpty())
        m_settings->remove(kCurrent);
    else
        m_settings->setValue(kCurrent, id);
    if (!commit())
        return false;
    Q_EMIT currentAccountChanged(id);
    return true;
}

QString AccountStore::settingsFilePath() const
{
    return m_settings->fileName();
}

QString AccountStore::errorString() const
{
    return m_error;
}

bool AccountStore::commit()
{
    m_settings->sync();
    switch (m_settings->status()) {
    case QSettings::NoError:
        m_error.clear();
        return true;
    case QSettings::AccessError:
        m_error = tr("The settings file %1 could not be written.").arg(m_settings->fileName());
        return false;
    case QSettings::FormatError:
        m_error = tr("The settings file %1 is damaged.").arg(m_settings->fileName());
        return false;
    }
    return false;
}
