#include "MfProcess.h"
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

// The read-only commands of `mf` against mf-sandbox's demo seed, as scripts and people use them:
// human tables, --json that parses into the contract's objects, help, and the documented exit
// codes for usage errors, missing objects and refused keys.
class TestCliRead : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    MfProcess m_mf;

    static QJsonObject findBy(const QJsonArray &items, const char *field, const QString &value)
    {
        for (const QJsonValue &v : items) {
            if (v.toObject().value(QLatin1String(field)).toString() == value)
                return v.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        QVERIFY(m_mf.isValid());
        m_mf.setApi(m_sandbox.apiUrl(), m_sandbox.apiKey());
    }

    void helpNamesEveryCommand()
    {
        const MfResult help = m_mf.run({QStringLiteral("--help")});
        QVERIFY2(help.finished && help.exitCode == 0, qPrintable(help.describe()));
        const QRegularExpression line(QStringLiteral("^  ([a-z]+) ([a-z]+)  "), QRegularExpression::MultilineOption);
        QStringList commands;
        for (auto it = line.globalMatch(QString::fromUtf8(help.out)); it.hasNext();) {
            const auto m = it.next();
            commands << m.captured(1) + QLatin1Char(' ') + m.captured(2);
        }
        // One per operation of the contract, plus the account commands.
        for (const char *expected : {"auth login", "auth logout", "auth status", "site list", "site show", "env list",
                                     "backup create", "backup policy", "snapshot list", "snapshot show",
                                     "snapshot restore", "snapshot download", "job show", "job watch", "job list"})
            QVERIFY2(commands.contains(QLatin1String(expected)), expected);
        for (const QString &c : std::as_const(commands)) {
            const MfResult sub = m_mf.run(c.split(QLatin1Char(' ')) << QStringLiteral("--help"));
            QVERIFY2(sub.finished && sub.exitCode == 0, qPrintable(sub.describe()));
            const QByteArray usage = "Usage: mf " + c.toUtf8();
            QVERIFY2(sub.out.startsWith(usage), qPrintable(sub.describe()));
        }
    }

    void siteList()
    {
        const MfResult human = m_mf.run({QStringLiteral("site"), QStringLiteral("list")});
        QVERIFY2(human.finished && human.exitCode == 0, qPrintable(human.describe()));
        QVERIFY(human.out.startsWith("SLUG"));
        QVERIFY(human.out.contains("acme-store        Acme Store"));
        // Each environment with its backup freshness when it has a schedule (tst_cli_fleethealth checks the verdicts).
        const QRegularExpression envs(QStringLiteral(R"(production \(protected(, [a-z ]+)?\), staging( \([a-z ]+\))?, preview-checkout( \([a-z ]+\))?)"));
        QVERIFY2(envs.match(QString::fromUtf8(human.out)).hasMatch(), human.out.constData());
        QVERIFY(!human.out.contains("other-site")); // another organization's

        const MfResult json = m_mf.run({QStringLiteral("--json"), QStringLiteral("site"), QStringLiteral("list")});
        QVERIFY2(json.finished && json.exitCode == 0, qPrintable(json.describe()));
        const QJsonArray sites = json.json().toArray();
        QCOMPARE(sites.size(), 12);
        QCOMPARE(sites.first().toObject().value("slug").toString(), QStringLiteral("acme-blog"));
        QCOMPARE(sites.last().toObject().value("slug").toString(), QStringLiteral("wayne-foundation"));
        const QJsonObject store = findBy(sites, "slug", QStringLiteral("acme-store"));
        QCOMPARE(store.value("plan").toString(), QStringLiteral("pro"));
        QVERIFY(store.value("id").toString().startsWith(QLatin1String("site_")));
        QCOMPARE(store.value("environments").toArray().size(), 3);
        QCOMPARE(findBy(store.value("environments").toArray(), "name", QStringLiteral("production")).value("protected"),
                 QJsonValue(true));

        const MfResult filtered = m_mf.run({QStringLiteral("site"), QStringLiteral("list"), QStringLiteral("--json"),
                                            QStringLiteral("--filter"), QStringLiteral("globex")});
        QVERIFY2(filtered.exitCode == 0, qPrintable(filtered.describe()));
        QCOMPARE(filtered.json().toArray().size(), 1);
        QCOMPARE(filtered.json().toArray().first().toObject().value("slug").toString(), QStringLiteral("globex-shop"));
    }

    void siteShow()
    {
        const MfResult human = m_mf.run({QStringLiteral("site"), QStringLiteral("show"), QStringLiteral("globex-shop")});
        QVERIFY2(human.finished && human.exitCode == 0, qPrintable(human.describe()));
        for (const char *text : {"Globex Shop", "us-east", "agency", "preview-summer-sale", "preview-new-nav"})
            QVERIFY2(human.out.contains(text), text);

        const MfResult json = m_mf.run({QStringLiteral("site"), QStringLiteral("show"), QStringLiteral("globex-shop"),
                                        QStringLiteral("--json")});
        QVERIFY2(json.finished && json.exitCode == 0, qPrintable(json.describe()));
        const QJsonObject site = json.json().toObject();
        QCOMPARE(site.value("slug").toString(), QStringLiteral("globex-shop"));
        QCOMPARE(site.value("plan").toString(), QStringLiteral("agency"));
        QCOMPARE(site.value("environments").toArray().size(), 4);

        // By id as well as by slug: the same site.
        const MfResult byId = m_mf.run({QStringLiteral("site"), QStringLiteral("show"), site.value("id").toString(),
                                        QStringLiteral("--json")});
        QVERIFY2(byId.exitCode == 0, qPrintable(byId.describe()));
        QCOMPARE(byId.json().toObject().value("slug").toString(), QStringLiteral("globex-shop"));
    }

    void envList()
    {
        const MfResult human = m_mf.run({QStringLiteral("env"), QStringLiteral("list"), QStringLiteral("--site"),
                                         QStringLiteral("acme-store")});
        QVERIFY2(human.finished && human.exitCode == 0, qPrintable(human.describe()));
        QVERIFY(human.out.startsWith("NAME"));
        QVERIFY(QRegularExpression(QStringLiteral("\nproduction +production +yes ")).match(QString::fromUtf8(human.out)).hasMatch());
        QVERIFY(QRegularExpression(QStringLiteral("\nstaging +staging +no ")).match(QString::fromUtf8(human.out)).hasMatch());

        const MfResult json = m_mf.run({QStringLiteral("--json"), QStringLiteral("env"), QStringLiteral("list"),
                                        QStringLiteral("--site"), QStringLiteral("acme-store")});
        QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
        const QJsonArray envs = json.json().toArray();
        QCOMPARE(envs.size(), 3);
        QCOMPARE(findBy(envs, "name", QStringLiteral("production")).value("protected"), QJsonValue(true));
        QCOMPARE(findBy(envs, "name", QStringLiteral("preview-checkout")).value("kind").toString(), QStringLiteral("preview"));
        QVERIFY(findBy(envs, "name", QStringLiteral("staging")).value("last_snapshot").isObject());
    }

    void backupPolicy()
    {
        const MfResult human = m_mf.run({QStringLiteral("backup"), QStringLiteral("policy"), QStringLiteral("--site"),
                                         QStringLiteral("acme-store")});
        QVERIFY2(human.finished && human.exitCode == 0, qPrintable(human.describe()));
        QVERIFY(human.out.startsWith("Plan: pro\n"));
        const QString text = QString::fromUtf8(human.out);
        QVERIFY2(QRegularExpression(QStringLiteral("\nproduction +daily +in .+ +30 days +30 scheduled snapshots\n")).match(text).hasMatch(),
                 qPrintable(text));
        QVERIFY2(QRegularExpression(QStringLiteral("\nstaging +weekly +.+ +28 days +4 scheduled snapshots\n")).match(text).hasMatch(),
                 qPrintable(text));

        const MfResult json = m_mf.run({QStringLiteral("backup"), QStringLiteral("policy"), QStringLiteral("--site"),
                                        QStringLiteral("acme-store"), QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
        const QJsonObject policy = json.json().toObject();
        QCOMPARE(policy.value("plan").toString(), QStringLiteral("pro"));
        const QJsonObject staging = findBy(policy.value("environments").toArray(), "environment", QStringLiteral("staging"));
        QCOMPARE(staging.value("cadence").toString(), QStringLiteral("weekly"));
        QCOMPARE(staging.value("retention_days").toInt(), 28);
        QCOMPARE(staging.value("max_snapshots").toInt(), 4);
        const QJsonObject preview = findBy(policy.value("environments").toArray(), "environment", QStringLiteral("preview-checkout"));
        QVERIFY(preview.value("max_snapshots").isNull());
    }

    void snapshotListAndShow()
    {
        const MfResult json = m_mf.run({QStringLiteral("snapshot"), QStringLiteral("list"), QStringLiteral("--site"),
                                        QStringLiteral("acme-store"), QStringLiteral("--env"), QStringLiteral("staging"),
                                        QStringLiteral("--json")});
        QVERIFY2(json.finished && json.exitCode == 0, qPrintable(json.describe()));
        const QJsonArray list = json.json().toArray();
        const QJsonObject baseline = findBy(list, "label", QStringLiteral("Staging baseline"));
        const QJsonObject failed = findBy(list, "label", QStringLiteral("Before plugin update"));
        QCOMPARE(baseline.value("status").toString(), QStringLiteral("ready"));
        QCOMPARE(failed.value("status").toString(), QStringLiteral("failed"));
        for (const QJsonValue &s : list)
            QCOMPARE(s.toObject().value("environment").toString(), QStringLiteral("staging"));

        const MfResult human = m_mf.run({QStringLiteral("snapshot"), QStringLiteral("list"), QStringLiteral("--site"),
                                         QStringLiteral("acme-store"), QStringLiteral("--env"), QStringLiteral("staging")});
        QVERIFY2(human.exitCode == 0, qPrintable(human.describe()));
        QVERIFY(human.out.startsWith("ID"));
        QVERIFY(human.out.contains(baseline.value("id").toString().toUtf8()));
        QVERIFY(human.out.contains("Before plugin update"));

        // show --json gives the same object as the list.
        const QString id = baseline.value("id").toString();
        const MfResult shown = m_mf.run({QStringLiteral("snapshot"), QStringLiteral("show"), id, QStringLiteral("--site"),
                                         QStringLiteral("acme-store"), QStringLiteral("--json")});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.describe()));
        QCOMPARE(shown.json().toObject(), baseline);
        const QJsonObject components = baseline.value("components").toObject();
        QCOMPARE(components.value("db").toObject().value("sha256").toString().size(), 64);

        // The human view carries the whole checksums, to compare downloads against.
        const MfResult text = m_mf.run({QStringLiteral("snapshot"), QStringLiteral("show"), id, QStringLiteral("--site"),
                                        QStringLiteral("acme-store")});
        QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
        QVERIFY(text.out.contains(components.value("db").toObject().value("sha256").toString().toUtf8()));
        QVERIFY(text.out.contains(components.value("files").toObject().value("sha256").toString().toUtf8()));
        QVERIFY(text.out.contains("Staging baseline"));

        // A failed capture says why.
        const MfResult why = m_mf.run({QStringLiteral("snapshot"), QStringLiteral("show"), failed.value("id").toString(),
                                       QStringLiteral("--site"), QStringLiteral("acme-store")});
        QVERIFY2(why.exitCode == 0, qPrintable(why.describe()));
        QVERIFY(why.out.contains("The database dump timed out after 600 seconds. (capture_failed)"));
    }

    void snapshotListFilters()
    {
        const MfResult json = m_mf.run({QStringLiteral("snapshot"), QStringLiteral("list"), QStringLiteral("--site"),
                                        QStringLiteral("acme-blog"), QStringLiteral("--env"), QStringLiteral("production"),
                                        QStringLiteral("--kind"), QStringLiteral("scheduled"), QStringLiteral("--status"),
                                        QStringLiteral("expired"), QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
        const QJsonArray list = json.json().toArray();
        QVERIFY(list.size() >= 20); // starter: 24 of the 30 days are past retention
        for (const QJsonValue &s : list) {
            QCOMPARE(s.toObject().value("status").toString(), QStringLiteral("expired"));
            QCOMPARE(s.toObject().value("kind").toString(), QStringLiteral("scheduled"));
        }
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString noSnap = QStringLiteral("snap_00000000000000000000000000");
        const QString noJob = QStringLiteral("job_00000000000000000000000000");
        QTest::newRow("no command") << QStringList{} << 2 << "a command is needed";
        QTest::newRow("unknown group") << QStringList{"frobnicate"} << 2 << "unknown command 'frobnicate'";
        QTest::newRow("unknown verb") << QStringList{"site", "delete", "acme-store"} << 2 << "unknown command 'site delete'";
        QTest::newRow("unknown option") << QStringList{"site", "list", "--bogus"} << 2 << "Unknown option 'bogus'";
        QTest::newRow("missing site") << QStringList{"site", "show"} << 2 << "is missing";
        QTest::newRow("missing --env") << QStringList{"backup", "create", "--site", "acme-store"} << 2 << "--env is required";
        QTest::newRow("bad snapshot id") << QStringList{"snapshot", "show", "snap_nope", "--site", "acme-store"} << 2
                                         << "is not a snapshot id";
        QTest::newRow("bad site") << QStringList{"env", "list", "--site", "Not A Slug"} << 2 << "is not a site id";
        QTest::newRow("no such site") << QStringList{"site", "show", "no-such-site"} << 4 << "There is no site 'no-such-site'";
        // Each 404 names what was looked for, not the generic "it was not found".
        QTest::newRow("no such site env") << QStringList{"env", "list", "--site", "no-such-site"} << 4
                                          << "There is no site 'no-such-site'";
        QTest::newRow("no such site policy") << QStringList{"backup", "policy", "--site", "no-such-site"} << 4
                                             << "There is no site 'no-such-site'";
        QTest::newRow("no such environment") << QStringList{"backup", "create", "--site", "acme-store", "--env", "no-such-env"} << 4
                                             << "Site acme-store has no environment 'no-such-env'";
        QTest::newRow("no such snapshot") << QStringList{"snapshot", "show", noSnap, "--site", "acme-store"} << 4
                                          << "has no snapshot";
        QTest::newRow("no such job") << QStringList{"job", "show", noJob} << 4 << "There is no job " + noJob;
        QTest::newRow("other organization") << QStringList{"site", "show", "other-site"} << 3 << "not allowed";
    }

    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const MfResult r = m_mf.run(args);
        QVERIFY2(r.finished, qPrintable(r.describe()));
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.describe()));
        QVERIFY2(QString::fromUtf8(r.err).contains(message, Qt::CaseInsensitive), qPrintable(r.describe()));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.describe())); // nothing a script could mistake for a result
    }

    void jsonErrors()
    {
        const MfResult r = m_mf.run({QStringLiteral("--json"), QStringLiteral("site"), QStringLiteral("show"),
                                     QStringLiteral("no-such-site")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.out.isEmpty());
        const QJsonObject e = r.jsonError().toObject();
        QVERIFY2(!e.isEmpty(), qPrintable(r.describe()));
        QCOMPARE(e.value("code").toString(), QStringLiteral("not_found"));
        QCOMPARE(e.value("http_status").toInt(), 404);
        QCOMPARE(e.value("exit_code").toInt(), 4);
        QVERIFY(e.value("request_id").toString().startsWith(QLatin1String("req_")));
    }

    void authErrors()
    {
        MfProcess other;
        // A well-formed key the platform never issued.
        other.setApi(m_sandbox.apiUrl(), QStringLiteral("mfk_test_") + QString(32, QLatin1Char('x')));
        MfResult r = other.run({QStringLiteral("site"), QStringLiteral("list")});
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("revoked or expired"), qPrintable(r.describe()));

        other.setApi(m_sandbox.apiUrl(), QStringLiteral("not-a-key"));
        r = other.run({QStringLiteral("site"), QStringLiteral("list")});
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("MF_API_KEY does not hold a managed.dev API key"), qPrintable(r.describe()));

        // No key anywhere: not signed in, and told how to fix it (without touching a keychain).
        other.setApi(m_sandbox.apiUrl(), QString());
        r = other.run({QStringLiteral("site"), QStringLiteral("list")});
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("Not signed in") && r.err.contains("mf auth login"), qPrintable(r.describe()));
    }

    void noKeyInDiagnostics()
    {
        // With every diagnostic category on, the request lines name the key by its prefix only.
        MfProcess verbose;
        verbose.setApi(m_sandbox.apiUrl(), m_sandbox.apiKey());
        verbose.setEnv(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("mf.*=true"));
        for (const QStringList &args : {QStringList{"site", "list"}, QStringList{"snapshot", "list", "--site", "acme-store"},
                                        QStringList{"auth", "status"}, QStringList{"site", "show", "no-such-site"}}) {
            const MfResult r = verbose.run(args);
            QVERIFY2(r.finished, qPrintable(r.describe()));
            QVERIFY2(r.err.contains("mf.api"), qPrintable(r.describe())); // the diagnostics are really on
            QVERIFY2(!r.err.contains(m_sandbox.apiKey().toUtf8()) && !r.out.contains(m_sandbox.apiKey().toUtf8()),
                     qPrintable(r.describe()));
        }
        const QStringList found = verbose.filesContaining(m_sandbox.apiKey().toUtf8());
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void loginWithoutKeychainSavesNothing()
    {
        // No Secret Service (a server, a container): the key is checked, not kept anywhere, and
        // mf says how scripts go on instead.
        MfProcess bare;
        bare.setApi(m_sandbox.apiUrl(), QString());
        bare.setEnv(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + bare.home() + QStringLiteral("/no-bus"));
        const MfResult r = bare.run({QStringLiteral("auth"), QStringLiteral("login"), QStringLiteral("--key-stdin")},
                                    m_sandbox.apiKey().toUtf8() + '\n');
        QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("was not saved") && r.err.contains("MF_API_KEY"), qPrintable(r.describe()));
        QVERIFY(!r.out.contains(m_sandbox.apiKey().toUtf8()) && !r.err.contains(m_sandbox.apiKey().toUtf8()));
        QVERIFY2(bare.filesContaining(m_sandbox.apiKey().toUtf8()).isEmpty(),
                 qPrintable(bare.filesContaining(m_sandbox.apiKey().toUtf8()).join(QLatin1Char('\n'))));
        // Nothing half-kept either: no account without its key.
        const MfResult status = bare.run({QStringLiteral("auth"), QStringLiteral("status")});
        QVERIFY2(status.exitCode == 3 && status.err.contains("Not signed in"), qPrintable(status.describe()));
    }

    void noKeyOnDisk()
    {
        const QStringList found = m_mf.filesContaining(m_sandbox.apiKey().toUtf8());
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestCliRead)
#include "tst_cli_read.moc"
