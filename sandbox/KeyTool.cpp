#include "KeyTool.h"

#include "SandboxClock.h"
#include "Store.h"

#include <QCommandLineParser>
#include <QTextStream>

int KeyTool::run(Store *store, const SandboxClock &clock, const QStringList &args)
{
    QTextStream out(stdout), err(stderr);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Manage API keys: keys create [--org NAME] [--scopes A,B] [--mode test|live] "
                                               "[--expires-in SECONDS] | keys revoke PREFIX"));
    p.addOptions({{QStringLiteral("org"), QStringLiteral("Organization name or id (default: the first one)."), QStringLiteral("org")},
                  {QStringLiteral("scopes"), QStringLiteral("Comma-separated scopes (default: all)."), QStringLiteral("scopes")},
                  {QStringLiteral("mode"), QStringLiteral("test or live (default test)."), QStringLiteral("mode"), QStringLiteral("test")},
                  {QStringLiteral("expires-in"), QStringLiteral("Key lifetime in seconds (default: none)."), QStringLiteral("seconds")},
                  {QStringLiteral("data"), QStringLiteral("Data directory."), QStringLiteral("dir")}});
    p.addPositionalArgument(QStringLiteral("keys"), QStringLiteral("keys"));
    p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("create or revoke"));
    if (!p.parse(args)) {
        err << "mf-sandbox keys: " << p.errorText() << "\n";
        return 2;
    }
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(1);
    if (action == QLatin1String("revoke")) {
        if (pos.size() != 3) {
            err << "mf-sandbox keys revoke: give the key's 12-character prefix, e.g. mfk_test_a1b\n";
            return 2;
        }
        if (!store->revokeKey(pos[2].left(12), clock.now())) {
            err << "mf-sandbox keys revoke: no active key with prefix " << pos[2].left(12) << "\n";
            return 1;
        }
        out << "revoked " << pos[2].left(12) << "\n";
        return 0;
    }
    if (action != QLatin1String("create") || pos.size() != 2) {
        err << "mf-sandbox keys: use `keys create [options]` or `keys revoke PREFIX`\n";
        return 2;
    }
    const QString mode = p.value(QStringLiteral("mode"));
    if (mode != QLatin1String("test") && mode != QLatin1String("live")) {
        err << "mf-sandbox keys create: --mode must be test or live\n";
        return 2;
    }
    QStringList scopes = Store::kAllScopes;
    if (p.isSet(QStringLiteral("scopes"))) {
        scopes = p.value(QStringLiteral("scopes")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &s : scopes) {
            if (!Store::kAllScopes.contains(s)) {
                err << "mf-sandbox keys create: unknown scope " << s << " (known: " << Store::kAllScopes.join(QLatin1Char(',')) << ")\n";
                return 2;
            }
        }
    }
    QDateTime expires;
    if (p.isSet(QStringLiteral("expires-in"))) {
        bool ok = false;
        const qint64 secs = p.value(QStringLiteral("expires-in")).toLongLong(&ok);
        if (!ok || secs <= 0) {
            err << "mf-sandbox keys create: --expires-in must be a positive number of seconds\n";
            return 2;
        }
        expires = clock.now().addSecs(secs);
    }
    QString orgId = p.isSet(QStringLiteral("org")) ? store->organizationByName(p.value(QStringLiteral("org")))
                                                  : store->meta(QStringLiteral("default_org"));
    if (orgId.isEmpty()) {
        err << "mf-sandbox keys create: no such organization (seed the data dir first, e.g. --seed demo)\n";
        return 1;
    }
    const QString account = store->firstAccount(orgId);
    const QString key = account.isEmpty() ? QString() : store->createKey(account, mode, scopes, expires, clock.now());
    if (key.isEmpty()) {
        err << "mf-sandbox keys create: " << store->lastError() << "\n";
        return 1;
    }
    // Printed once; only its hash is stored.
    out << key << "\n";
    return 0;
}
