#include "AuthLogoutCommand.h"

#include "Arguments.h"
#include "ExitCode.h"
#include "auth/AccountStore.h"
#include "auth/SignOut.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

void AuthLogoutCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("all"), tr("Sign out of every stored account, not just the current one.")});
}

QString AuthLogoutCommand::readArguments(const QCommandLineParser &parser)
{
    m_all = parser.isSet(QStringLiteral("all"));
    return Arguments::positional(parser, 0, QString());
}

void AuthLogoutCommand::start()
{
    AccountStore *accounts = ctx().accounts();
    if (m_all) {
        for (const Account &a : accounts->accounts())
            m_pending << a.id;
    } else if (!accounts->currentAccountId().isEmpty()) {
        m_pending << accounts->currentAccountId();
    }
    if (!qEnvironmentVariableIsEmpty("MF_API_KEY") && !json())
        term().errLine(tr("Note: MF_API_KEY is set in the environment; signing out does not change it."));
    m_signOut = new SignOut(accounts, ctx().credentials(), this);
    connect(m_signOut, &SignOut::succeeded, this, [this](const QString &) { next(); });
    connect(m_signOut, &SignOut::failed, this, [this](const QString &, const QString &message, CredentialReply::Status) {
        fail(ExitCode::Error, message, tr("The account stays listed so that its key is not left behind; try again."));
    });
    next();
}

void AuthLogoutCommand::next()
{
    if (m_pending.isEmpty()) {
        if (json()) {
            printJson(QJsonObject{{QStringLiteral("signed_out"), QJsonArray::fromStringList(m_done)}});
        } else if (m_done.isEmpty()) {
            term().outLine(tr("Not signed in."));
        } else {
            for (const QString &name : std::as_const(m_done))
                term().outLine(tr("Signed out of %1; its key was removed from the keychain.").arg(name));
        }
        finish(ExitCode::Ok);
        return;
    }
    const QString id = m_pending.takeFirst();
    const Account account = ctx().accounts()->account(id);
    m_done << (account.displayName.isEmpty() ? id : account.displayName);
    m_signOut->start(id);
}
