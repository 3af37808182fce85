// mf-sandbox's read endpoints, errors, auth, rate limits and persistence, checked over HTTP and
// against openapi.yaml (Ajv) at the end.
#include "SandboxApi.h"
#include "SandboxProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QtTest>

class TestSandboxApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void me();
    void listSitesPaginates();
    void listSitesFilters();
    void listSitesRejectsBadParameters();
    void getSiteBySlugAndId();
    void siteErrors();
    void environmentsAndPolicy();
    void snapshotsTimeline();
    void snapshotFiltersAndErrors();
    void jobsList();
    void unauthorized();
    void scopesForbid();
    void revokedKeyIsUnauthorized();
    void everyResponseHasRequestId();
    void rateLimited();
    void stateSurvivesRestart();
    void faultFlags();
    void badArgumentsAreRefused();
    void responsesMatchOpenApi();

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<SandboxApi> m_api;
};

void TestSandboxApi::initTestCase()
{
    SandboxApi::clearRecorded();
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    QVERIFY(m_sandbox.apiKey().startsWith(QLatin1String("mfk_test_")));
    m_api = std::make_unique<SandboxApi>(m_sandbox);
}

void TestSandboxApi::cleanupTestCase()
{
    m_sandbox.stop();
    // The request log must never contain the key.
    QVERIFY(!m_sandbox.log().contains(m_sandbox.apiKey().toLatin1()));
}

void TestSandboxApi::me()
{
    const ApiReply r = m_api->get(QStringLiteral("/me"), QStringLiteral("getMe"));
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.json();
    QCOMPARE(o[QLatin1String("organization")][QLatin1String("name")].toString(), QStringLiteral("Acme Agency"));
    QCOMPARE(o[QLatin1String("token")][QLatin1String("prefix")].toString(), m_sandbox.apiKey().left(12));
    QCOMPARE(o[QLatin1String("token")][QLatin1String("scopes")].toArray().size(), 4);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
}

void TestSandboxApi::listSitesPaginates()
{
    QStringList slugs;
    QString cursor;
    int pages = 0;
    do {
        const ApiReply r = m_api->get(QStringLiteral("/sites?limit=5") + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor))),
                                      QStringLiteral("listSites"));
        QCOMPARE(r.status, 200);
        for (const QJsonValue &s : r.json()[QLatin1String("data")].toArray())
            slugs << s[QLatin1String("slug")].toString();
        const QJsonValue next = r.json()[QLatin1String("next_cursor")];
        cursor = next.isNull() ? QString() : next.toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 10);
    QCOMPARE(slugs.size(), 12);
    QCOMPARE(pages, 3);
    QStringList sorted = slugs;
    sorted.sort();
    QCOMPARE(slugs, sorted);
    QVERIFY(slugs.contains(QStringLiteral("acme-store")));
    QVERIFY(!slugs.contains(QStringLiteral("other-site"))); // another organization's
}

void TestSandboxApi::listSitesFilters()
{
    const ApiReply r = m_api->get(QStringLiteral("/sites?q=ACME"), QStringLiteral("listSites"));
    QCOMPARE(r.status, 200);
    const QJsonArray data = r.json()[QLatin1String("data")].toArray();
    QCOMPARE(data.size(), 2);
    QCOMPARE(data[0][QLatin1String("slug")].toString(), QStringLiteral("acme-blog"));
    QVERIFY(r.json()[QLatin1String("next_cursor")].isNull());
    QCOMPARE(m_api->get(QStringLiteral("/sites?q=Bakery%20Bern")).json()[QLatin1String("data")].toArray().size(), 1);
}

void TestSandboxApi::listSitesRejectsBadParameters()
{
    for (const char *q : {"/sites?limit=0", "/sites?limit=101", "/sites?limit=abc", "/sites?cursor=garbage"}) {
        const ApiReply r = m_api->get(QString::fromLatin1(q), QStringLiteral("listSites"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("bad_request"));
        QVERIFY(!r.json()[QLatin1String("error")][QLatin1String("request_id")].toString().isEmpty());
    }
    // A cursor from one list is not valid for another filter.
    const ApiReply first = m_api->get(QStringLiteral("/sites?limit=2"));
    const QString cursor = first.json()[QLatin1String("next_cursor")].toString();
    QCOMPARE(m_api->get(QStringLiteral("/sites?limit=2&q=acme&cursor=") + cursor).status, 400);
    QCOMPARE(m_api->get(QStringLiteral("/sites?q=") + QString(201, QLatin1Char('x'))).status, 400);
}

void TestSandboxApi::getSiteBySlugAndId()
{
    const ApiReply bySlug = m_api->get(QStringLiteral("/sites/acme-store"), QStringLiteral("getSite"));
    QCOMPARE(bySlug.status, 200);
    const QJsonObject site = bySlug.json();
    QCOMPARE(site[QLatin1String("plan")].toString(), QStringLiteral("pro"));
    const QJsonArray envs = site[QLatin1String("environments")].toArray();
    QCOMPARE(envs.size(), 3);
    QCOMPARE(envs[0][QLatin1String("name")].toString(), QStringLiteral("production"));
    QVERIFY(envs[0][QLatin1String("protected")].toBool());
    QVERIFY(envs[0][QLatin1String("last_snapshot")].isObject());
    QVERIFY(envs[2][QLatin1String("last_snapshot")].isNull());
    const ApiReply byId = m_api->get(QStringLiteral("/sites/") + site[QLatin1String("id")].toString(), QStringLiteral("getSite"));
    QCOMPARE(byId.json()[QLatin1String("slug")].toString(), QStringLiteral("acme-store"));
}

void TestSandboxApi::siteErrors()
{
    ApiReply r = m_api->get(QStringLiteral("/sites/no-such-site"), QStringLiteral("getSite"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), QStringLiteral("not_found"));
    r = m_api->get(QStringLiteral("/sites/Bad_Slug!"), QStringLiteral("getSite"));
    QCOMPARE(r.status, 404);
    r = m_api->get(QStringLiteral("/sites/other-site"), QStringLiteral("getSite"));
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorCode(), QStringLiteral("forbidden"));
    QCOMPARE(m_api->get(QStringLiteral("/nothing-here")).status, 404);
    r = m_api->send("DELETE", m_api->url(QStringLiteral("/sites/acme-store")), {});
    QCOMPARE(r.status, 405);
}

void TestSandboxApi::environmentsAndPolicy()
{
    ApiReply r = m_api->get(QStringLiteral("/sites/globex-shop/environments"), QStringLiteral("listEnvironments"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QLatin1String("data")].toArray().size(), 4);
    r = m_api->get(QStringLiteral("/sites/acme-store/backups/policy"), QStringLiteral("getBackupPolicy"));
    QCOMPARE(r.status, 200);
    const QJsonArray envs = r.json()[QLatin1String("environments")].toArray();
    QCOMPARE(envs[0][QLatin1String("cadence")].toString(), QStringLiteral("daily"));
    QCOMPARE(envs[0][QLatin1String("retention_days")].toInt(), 30);
    QVERIFY(!envs[0][QLatin1String("next_run_at")].isNull());
    QCOMPARE(m_api->get(QStringLiteral("/sites/globex-shop/backups/policy")).json()[QLatin1String("environments")][0][QLatin1String("cadence")].toString(),
             QStringLiteral("hourly"));
    QCOMPARE(m_api->get(QStringLiteral("/sites/nope/backups/policy"), QStringLiteral("getBackupPolicy")).status, 404);
}

void TestSandboxApi::snapshotsTimeline()
{
    const ApiReply r = m_api->get(QStringLiteral("/sites/acme-store/snapshots?environment=production&limit=100"), QStringLiteral("listSnapshots"));
    QCOMPARE(r.status, 200);
    const QJsonArray data = r.json()[QLatin1String("data")].toArray();
    QVERIFY(data.size() >= 30);
    QString previous;
    int ready = 0, manual = 0;
    for (const QJsonValue &v : data) {
        const QString id = v[QLatin1String("id")].toString();
        QVERIFY(previous.isEmpty() || id < previous); // newest first
        previous = id;
        if (v[QLatin1String("status")].toString() == QLatin1String("ready")) {
            ++ready;
            QVERIFY(v[QLatin1String("components")][QLatin1String("db")][QLatin1String("sha256")].toString().size() == 64);
            QCOMPARE(v[QLatin1String("expires_at")].toString(),
                     QDateTime::fromString(v[QLatin1String("created_at")].toString(), Qt::ISODate).addDays(30).toString(Qt::ISODate));
        }
        if (v[QLatin1String("kind")].toString() == QLatin1String("manual"))
            ++manual;
    }
    QVERIFY(ready >= 30);
    QCOMPARE(manual, 2);
    const ApiReply failed = m_api->get(QStringLiteral("/sites/acme-store/snapshots?status=failed"), QStringLiteral("listSnapshots"));
    const QJsonArray f = failed.json()[QLatin1String("data")].toArray();
    QCOMPARE(f.size(), 1);
    QCOMPARE(f[0][QLatin1String("environment")].toString(), QStringLiteral("staging"));
    QCOMPARE(f[0][QLatin1String("error")][QLatin1String("code")].toString(), QStringLiteral("capture_failed"));
    const QString id = f[0][QLatin1String("id")].toString();
    const ApiReply one = m_api->get(QStringLiteral("/sites/acme-store/snapshots/") + id, QStringLiteral("getSnapshot"));
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json()[QLatin1String("label")].toString(), QStringLiteral("Before plugin update"));
    // Expired ones exist on a starter plan (7 days of retention within a month of history).
    QVERIFY(m_api->get(QStringLiteral("/sites/acme-blog/snapshots?status=expired&limit=100")).json()[QLatin1String("data")].toArray().size() >= 20);
}

void TestSandboxApi::snapshotFiltersAndErrors()
{
    const QString base = QStringLiteral("/sites/acme-store/snapshots");
    QCOMPARE(m_api->get(base + QStringLiteral("?kind=manual")).json()[QLatin1String("data")].toArray().size(), 4);
    QCOMPARE(m_api->get(base + QStringLiteral("?created_after=2999-01-01T00:00:00Z")).json()[QLatin1String("data")].toArray().size(), 0);
    for (const char *q : {"?kind=weird", "?status=done", "?environment=Bad!", "?created_after=yesterday", "?limit=500"}) {
        const ApiReply r = m_api->get(base + QString::fromLatin1(q), QStringLiteral("listSnapshots"));
        QCOMPARE(r.status, 400);
    }
    QCOMPARE(m_api->get(base + QStringLiteral("/snap_00000000000000000000000000"), QStringLiteral("getSnapshot")).status, 404);
    QCOMPARE(m_api->get(base + QStringLiteral("/not-an-id")).status, 404);
    // A snapshot of another site is not found through this one.
    const QString other = m_api->get(QStringLiteral("/sites/acme-blog/snapshots?limit=1")).json()[QLatin1String("data")][0][QLatin1String("id")].toString();
    QCOMPARE(m_api->get(base + QLatin1Char('/') + other).status, 404);
}

void TestSandboxApi::jobsList()
{
    const ApiReply capture = m_api->post(QStringLiteral("/sites/bakery-bern/backups"), R"({"environment":"staging"})",
                                         QStringLiteral("jobs-list-capture-1"), QStringLiteral("createBackup"));
    QCOMPARE(capture.status, 202);
    const QString jobId = capture.json()[QLatin1String("job")][QLatin1String("id")].toString();
    QCOMPARE(m_api->waitForJob(jobId)[QLatin1String("status")].toString(), QStringLiteral("succeeded"));
    ApiReply r = m_api->get(QStringLiteral("/jobs?site=bakery-bern"), QStringLiteral("listJobs"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QLatin1String("data")][0][QLatin1String("id")].toString(), jobId);
    QCOMPARE(m_api->get(QStringLiteral("/jobs?status=succeeded&site=bakery-bern")).json()[QLatin1String("data")].toArray().size(), 1);
    QCOMPARE(m_api->get(QStringLiteral("/jobs?status=running&site=bakery-bern")).json()[QLatin1String("data")].toArray().size(), 0);
    QCOMPARE(m_api->get(QStringLiteral("/jobs?site=no-such-site")).json()[QLatin1String("data")].toArray().size(), 0);
    QCOMPARE(m_api->get(QStringLiteral("/jobs?status=bogus"), QStringLiteral("listJobs")).status, 400);
    QCOMPARE(m_api->get(QStringLiteral("/jobs/job_00000000000000000000000000"), QStringLiteral("getJob")).status, 404);
}

void TestSandboxApi::unauthorized()
{
    for (const QByteArray &auth : {QByteArray(), QByteArray("Bearer nope"), QByteArray("Bearer mfk_test_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
                                   QByteArray("Basic abc")}) {
        QList<QPair<QByteArray, QByteArray>> h;
        if (!auth.isEmpty())
            h.append({"Authorization", auth});
        const ApiReply r = m_api->send("GET", m_api->url(QStringLiteral("/me")), h, {}, false);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("unauthorized"));
        QVERIFY(r.header("WWW-Authenticate").startsWith("Bearer"));
        SandboxApi::record(QStringLiteral("getMe"), r);
    }
}

void TestSandboxApi::scopesForbid()
{
    int code = -1;
    const QString key = QString::fromLatin1(m_sandbox.runTool({QStringLiteral("keys"), QStringLiteral("create"),
                                                               QStringLiteral("--scopes"), QStringLiteral("sites:read")}, &code)).trimmed();
    QCOMPARE(code, 0);
    QVERIFY(QRegularExpression(QStringLiteral("^mfk_test_[A-Za-z0-9]{32}$")).match(key).hasMatch());
    SandboxApi limited(m_sandbox);
    limited.setKey(key);
    QCOMPARE(limited.get(QStringLiteral("/sites")).status, 200);
    ApiReply r = limited.get(QStringLiteral("/sites/acme-store/snapshots"), QStringLiteral("listSnapshots"));
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorCode(), QStringLiteral("forbidden"));
    r = limited.post(QStringLiteral("/sites/acme-store/backups"), R"({"environment":"staging"})", QStringLiteral("scope-test-1"), QStringLiteral("createBackup"));
    QCOMPARE(r.status, 403);
    QCOMPARE(limited.get(QStringLiteral("/me")).json()[QLatin1String("token")][QLatin1String("scopes")].toArray().size(), 1);
}

void TestSandboxApi::revokedKeyIsUnauthorized()
{
    int code = -1;
    const QString key = QString::fromLatin1(m_sandbox.runTool({QStringLiteral("keys"), QStringLiteral("create")}, &code)).trimmed();
    QCOMPARE(code, 0);
    SandboxApi other(m_sandbox);
    other.setKey(key);
    QCOMPARE(other.get(QStringLiteral("/me")).status, 200);
    m_sandbox.runTool({QStringLiteral("keys"), QStringLiteral("revoke"), key.left(12)}, &code);
    QCOMPARE(code, 0);
    const ApiReply r = other.get(QStringLiteral("/me"), QStringLiteral("getMe"));
    QCOMPARE(r.status, 401);
    QVERIFY(!r.header("WWW-Authenticate").isEmpty());
    m_sandbox.runTool({QStringLiteral("keys"), QStringLiteral("revoke"), key.left(12)}, &code);
    QCOMPARE(code, 1); // already revoked: said clearly
    m_sandbox.runTool({QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("--scopes"), QStringLiteral("bogus")}, &code);
    QCOMPARE(code, 2);
}

void TestSandboxApi::everyResponseHasRequestId()
{
    QSet<QByteArray> ids;
    for (const char *p : {"/me", "/sites", "/sites/nope", "/jobs?limit=0"}) {
        const ApiReply r = m_api->get(QString::fromLatin1(p));
        QVERIFY(r.header("X-Request-Id").startsWith("req_"));
        ids.insert(r.header("X-Request-Id"));
    }
    QCOMPARE(ids.size(), 4);

    // Also a request the server could not read: the id is in the header and the body alike.
    QTcpSocket socket;
    socket.connectToHost(m_sandbox.apiUrl().host(), quint16(m_sandbox.apiUrl().port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write("NOT A REQUEST\r\n\r\n");
    QByteArray response;
    while (socket.waitForReadyRead(5000))
        response += socket.readAll();
    QVERIFY2(response.startsWith("HTTP/1.1 400"), response.left(200).constData());
    static const QRegularExpression header(QStringLiteral("\r\nX-Request-Id: (req_[0-9A-Z]{26})\r\n"),
                                           QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = header.match(QString::fromLatin1(response));
    QVERIFY2(m.hasMatch(), response.left(400).constData());
    const QJsonObject body = QJsonDocument::fromJson(response.mid(response.indexOf("\r\n\r\n") + 4)).object();
    QCOMPARE(body[QLatin1String("error")][QLatin1String("request_id")].toString(), m.captured(1));
}

void TestSandboxApi::rateLimited()
{
    SandboxProcess limited;
    QVERIFY2(limited.startWith({QStringLiteral("--rate-limit"), QStringLiteral("2/3")}),
             qPrintable(limited.errorString()));
    SandboxApi api(limited);
    int ok = 0;
    ApiReply last;
    for (int i = 0; i < 10; ++i) {
        last = api.get(QStringLiteral("/me"), QStringLiteral("getMe"));
        if (last.status == 200)
            ++ok;
        else
            break;
    }
    QVERIFY(ok >= 3);
    QCOMPARE(last.status, 429);
    QCOMPARE(last.errorCode(), QStringLiteral("rate_limited"));
    const int retryAfter = last.header("Retry-After").toInt();
    QVERIFY(retryAfter >= 1);
    QCOMPARE(last.header("X-RateLimit-Limit"), QByteArray("2"));
    QCOMPARE(last.header("X-RateLimit-Remaining"), QByteArray("0"));
    QVERIFY(last.header("X-RateLimit-Reset").toLongLong() >= QDateTime::currentSecsSinceEpoch());
    QTest::qWait(retryAfter * 1000);
    QCOMPARE(api.get(QStringLiteral("/me")).status, 200); // waiting Retry-After is enough
}

void TestSandboxApi::stateSurvivesRestart()
{
    const ApiReply capture = m_api->post(QStringLiteral("/sites/kiosk-kafe/backups"), R"({"environment":"production","label":"persist me"})",
                                         QStringLiteral("restart-capture-1"), QStringLiteral("createBackup"));
    QCOMPARE(capture.status, 202);
    const QString snap = capture.json()[QLatin1String("snapshot")][QLatin1String("id")].toString();
    m_api->waitForJob(capture.json()[QLatin1String("job")][QLatin1String("id")].toString());
    QVERIFY2(m_sandbox.restart(), qPrintable(m_sandbox.errorString()));
    SandboxApi api(m_sandbox);
    const ApiReply r = api.get(QStringLiteral("/sites/kiosk-kafe/snapshots/") + snap);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QLatin1String("status")].toString(), QStringLiteral("ready"));
    QCOMPARE(r.json()[QLatin1String("label")].toString(), QStringLiteral("persist me"));
    // The idempotency record survives too: the same key replays.
    const ApiReply replay = api.post(QStringLiteral("/sites/kiosk-kafe/backups"), R"({"environment":"production","label":"persist me"})",
                                     QStringLiteral("restart-capture-1"));
    QCOMPARE(replay.status, 202);
    QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
    m_api = std::make_unique<SandboxApi>(m_sandbox);
}

void TestSandboxApi::faultFlags()
{
    SandboxProcess s;
    QVERIFY2(s.startWith({QStringLiteral("--rate-limit-storm"), QStringLiteral("1"), QStringLiteral("--latency-ms"),
                          QStringLiteral("300")}),
             qPrintable(s.errorString()));
    SandboxApi api(s);
    QElapsedTimer t;
    t.start();
    const ApiReply r = api.get(QStringLiteral("/me"), QStringLiteral("getMe"));
    QVERIFY(t.elapsed() >= 300);
    QCOMPARE(r.status, 429);
    QCOMPARE(r.header("Retry-After"), QByteArray("1"));
    QVERIFY(r.header("X-Request-Id").startsWith("req_"));

    SandboxProcess failing;
    QVERIFY2(failing.startWith({QStringLiteral("--fail-rate"), QStringLiteral("1"), QStringLiteral("--fail-methods"),
                                QStringLiteral("GET")}),
             qPrintable(failing.errorString()));
    SandboxApi f(failing);
    QSet<int> statuses;
    for (int i = 0; i < 12; ++i) {
        const ApiReply e = f.get(QStringLiteral("/sites"), QStringLiteral("listSites"));
        statuses.insert(e.status);
        if (e.status == 503)
            QCOMPARE(e.header("Retry-After"), QByteArray("1"));
    }
    QVERIFY(statuses.contains(500) || statuses.contains(503));
    QVERIFY(!statuses.contains(200));
}

void TestSandboxApi::badArgumentsAreRefused()
{
    const QList<QStringList> bad = {{QStringLiteral("--fail-rate"), QStringLiteral("2")},
                                    {QStringLiteral("--listen"), QStringLiteral("nowhere")},
                                    {QStringLiteral("--seed"), QStringLiteral("fleet:99999")},
                                    {QStringLiteral("--rate-limit"), QStringLiteral("fast")},
                                    {QStringLiteral("--catch-up"), QStringLiteral("--no-schedule")},
                                    {QStringLiteral("--bogus")}};
    for (const QStringList &args : bad) {
        QProcess p;
        p.start(SandboxProcess::binaryPath(), args);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(p.readAllStandardError().startsWith("mf-sandbox: "), qPrintable(args.join(QLatin1Char(' '))));
    }
    QProcess help;
    help.start(SandboxProcess::binaryPath(), {QStringLiteral("--help")});
    QVERIFY(help.waitForFinished(10000));
    QCOMPARE(help.exitCode(), 0);
    QVERIFY(help.readAllStandardOutput().contains("--cut-download-after"));
}

void TestSandboxApi::responsesMatchOpenApi()
{
    SandboxApi::verifyRecordedAgainstContract();
}

QTEST_GUILESS_MAIN(TestSandboxApi)
#include "tst_sandbox_api.moc"
