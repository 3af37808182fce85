#include "AuthStatusCommand.h"

#include "Arguments.h"
#include "Display.h"
#include "ExitCode.h"
#include "JsonView.h"
#include "api/ApiClient.h"
#include "api/ApiParser.h"
#include "api/ApiReply.h"
#include "auth/AccountStore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace {
QString sourceName(Credentials::Source s)
{
    switch (s) {
    case Credentials::Source::Environment: return QStringLiteral("environment");
    case Credentials::Source::Keychain: return QStringLiteral("keychain");
    case Credentials::Source::Session: return QStringLiteral("session");
    }
    return {};
}
} // namespace

QString AuthStatusCommand::readArguments(const QCommandLineParser &parser)
{
    return Arguments::positional(parser, 0, QString());
}

void AuthStatusCommand::start()
{
    withApi([this](ApiClient *api) {
        ApiReply *reply = track(api->me());
        connect(reply, &ApiReply::finished, this, [this, reply] { onMe(reply); });
    });
}

void AuthStatusCommand::onMe(ApiReply *reply)
{
    const std::optional<Me> me = parsed<Me>(reply);
    if (!me)
        return;
    const Credentials &c = ctx().activeCredentials();
    if (json()) {
        QJsonArray others;
        for (const Account &a : ctx().accounts()->accounts()) {
            if (a.id != c.account.id)
                others.append(JsonView::account(a));
        }
        printJson(QJsonObject{{QStringLiteral("api_url"), c.apiUrl.toString()},
                              {QStringLiteral("key_source"), sourceName(c.source)},
                              {QStringLiteral("account"), c.account.isValid() ? QJsonValue(JsonView::account(c.account)) : QJsonValue()},
                              {QStringLiteral("me"), JsonView::me(*me)},
                              {QStringLiteral("other_accounts"), others}});
        finish(ExitCode::Ok);
        return;
    }
    QString source;
    switch (c.source) {
    case Credentials::Source::Environment: source = tr("from MF_API_KEY"); break;
    case Credentials::Source::Keychain: source = tr("from the keychain"); break;
    case Credentials::Source::Session: source = tr("kept for this session only"); break;
    }
    QString text;
    auto row = [&text](const QString &label, const QString &value) {
        text += QStringLiteral("  ") + label.leftJustified(14) + value + QLatin1Char('\n');
    };
    text += tr("Signed in to %1\n").arg(c.apiUrl.toDisplayString());
    row(tr("Account"), tr("%1 <%2>").arg(me->accountName, me->email));
    row(tr("Organization"), tr("%1 (plan %2)").arg(me->organizationName, me->plan));
    row(tr("Key"), tr("%1… (%2, %3)").arg(me->keyPrefix, me->keyMode, source));
    row(tr("Scopes"), me->scopes.join(QStringLiteral(", ")));
    row(tr("Key expires"), me->keyExpiresAt.isValid()
                                ? tr("%1 (%2)").arg(Display::timestamp(me->keyExpiresAt),
                                                    Display::relative(me->keyExpiresAt, ctx().clock()))
                                : tr("never"));
    term().out(text);
    finish(ExitCode::Ok);
}
