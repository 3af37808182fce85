#include "Fixtures.h"
#include "api/ApiParser.h"

#include <QTest>

using namespace Fixtures;

// The parser is the only door between the network and typed values: these tests break valid
// documents one field at a time and feed it hostile input.
class TestApiParser : public QObject
{
    Q_OBJECT

private:
    using Check = std::function<std::optional<ParseError>(const QJsonValue &)>;
    template<typename T>
    static Check check(Result<T> (*fn)(const QJsonValue &))
    {
        return [fn](const QJsonValue &v) -> std::optional<ParseError> {
            const Result<T> r = fn(v);
            return r.ok() ? std::nullopt : std::optional<ParseError>(r.error());
        };
    }

private Q_SLOTS:
    void validDocuments()
    {
        const Result<Site> s = ApiParser::site(site());
        QVERIFY2(s.ok(), qPrintable(s.error().toString()));
        QCOMPARE(s->slug, QStringLiteral("acme-store"));
        QCOMPARE(s->environments.size(), 2);
        QCOMPARE(s->environments[0].kind, EnvironmentKind::Production);
        QVERIFY(s->environments[0].isProtected);
        QVERIFY(s->environments[0].lastSnapshot.has_value());
        QCOMPARE(s->environments[0].lastSnapshot->kind, SnapshotKind::Manual);
        QCOMPARE(s->createdAt, QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5, 123), Qt::UTC));

        const Result<Snapshot> snap = ApiParser::snapshot(snapshot());
        QVERIFY2(snap.ok(), qPrintable(snap.error().toString()));
        QCOMPARE(snap->status, SnapshotStatus::Ready);
        QCOMPARE(snap->sizeBytes, Q_INT64_C(5000000000));
        QVERIFY(!snap->expiresAt.isValid());
        QVERIFY(snap->db && snap->files);
        QCOMPARE(snap->db->fileCount, -1);
        QCOMPARE(snap->files->fileCount, 42);
        QCOMPARE(snap->label, QStringLiteral("before upgrade"));

        const Result<Job> j = ApiParser::job(job());
        QVERIFY2(j.ok(), qPrintable(j.error().toString()));
        QCOMPARE(j->status, JobStatus::Running);
        QCOMPARE(j->progress, 40);
        QCOMPARE(j->selectors, QStringList({"db", "files"}));
        QVERIFY(!j->finishedAt.isValid());

        const Result<Me> m = ApiParser::me(me());
        QVERIFY2(m.ok(), qPrintable(m.error().toString()));
        QCOMPARE(m->keyMode, QStringLiteral("test"));
        QCOMPARE(m->scopes.size(), 2);

        const Result<BackupPolicy> p = ApiParser::backupPolicy(backupPolicy());
        QVERIFY2(p.ok(), qPrintable(p.error().toString()));
        QCOMPARE(p->environments.size(), 2);
        QCOMPARE(p->forEnvironment("production")->cadenceSeconds(), 86400);
        QCOMPARE(p->forEnvironment("production")->maxSnapshots, std::optional<int>(14));
        QVERIFY(!p->forEnvironment("staging")->maxSnapshots);
        QVERIFY(!p->forEnvironment("nope"));

        const Result<Accepted> a = ApiParser::accepted(accepted());
        QVERIFY2(a.ok(), qPrintable(a.error().toString()));
        QVERIFY(a->snapshot);
        QCOMPARE(a->snapshot->status, SnapshotStatus::Pending);
        QVERIFY(!a->snapshot->db);

        const Result<QList<Environment>> envs =
            ApiParser::environmentList(QJsonObject{{"data", QJsonArray{environment()}}});
        QVERIFY(envs.ok());
        QCOMPARE(envs->size(), 1);
    }

    void missingRequiredField_data()
    {
        QTest::addColumn<QJsonObject>("doc");
        QTest::addColumn<Check>("parse");
        QTest::addColumn<QString>("path"); // where the problem must be reported
        auto addEach = [](const char *type, const QJsonObject &doc, const Check &parse, const QString &prefix = {}) {
            for (const QString &key : doc.keys()) {
                if (prefix.isEmpty()) {
                    QJsonObject broken = doc;
                    broken.remove(key);
                    QTest::addRow("%s.%s", type, qPrintable(key)) << broken << parse << key;
                }
            }
        };
        addEach("site", site(), check(&ApiParser::site));
        addEach("environment", environment(), check(&ApiParser::environment));
        addEach("snapshot", snapshot(), check(&ApiParser::snapshot));
        addEach("job", job(), check(&ApiParser::job));
        addEach("me", me(), check(&ApiParser::me));
        addEach("policy", backupPolicy(), check(&ApiParser::backupPolicy));
        // Nested ones: the path must say where.
        for (const QString &key : {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("email")}) {
            QJsonObject m = me();
            QJsonObject account = m["account"].toObject();
            account.remove(key);
            m["account"] = account;
            QTest::addRow("me.account.%s", qPrintable(key)) << m << check(&ApiParser::me) << QString("account." + key);
        }
        for (const QString &key : {QStringLiteral("cadence"), QStringLiteral("retention_days"),
                                   QStringLiteral("max_snapshots"), QStringLiteral("next_run_at")}) {
            QJsonObject p = backupPolicy();
            QJsonArray envs = p["environments"].toArray();
            QJsonObject e = envs[1].toObject();
            e.remove(key);
            envs[1] = e;
            p["environments"] = envs;
            QTest::addRow("policy.env.%s", qPrintable(key)) << p << check(&ApiParser::backupPolicy)
                                                             << QString("environments[1]." + key);
        }
        {
            QJsonObject s = site();
            QJsonArray envs = s["environments"].toArray();
            QJsonObject e = envs[1].toObject();
            e.remove("protected");
            envs[1] = e;
            s["environments"] = envs;
            QTest::addRow("site.environments[1].protected") << s << check(&ApiParser::site)
                                                            << QStringLiteral("environments[1].protected");
        }
        {
            QJsonObject s = snapshot();
            QJsonObject comps = s["components"].toObject();
            QJsonObject db = comps["db"].toObject();
            db.remove("sha256");
            comps["db"] = db;
            s["components"] = comps;
            QTest::addRow("snapshot.components.db.sha256") << s << check(&ApiParser::snapshot)
                                                           << QStringLiteral("components.db.sha256");
        }
        {
            QJsonObject a = accepted();
            QJsonObject j = a["job"].toObject();
            j.remove("progress");
            a["job"] = j;
            QTest::addRow("accepted.job.progress") << a << check(&ApiParser::accepted) << QStringLiteral("job.progress");
        }
    }

    void missingRequiredField()
    {
        QFETCH(QJsonObject, doc);
        QFETCH(Check, parse);
        QFETCH(QString, path);
        const auto problem = parse(doc);
        QVERIFY2(problem.has_value(), "a document with a required field missing was accepted");
        QCOMPARE(problem->path, path);
        QVERIFY(problem->problem.contains("missing"));
    }

    void wrongTypes_data()
    {
        QTest::addColumn<QJsonObject>("doc");
        QTest::addColumn<Check>("parse");
        QTest::addColumn<QString>("path");
        auto with = [](QJsonObject o, const char *key, const QJsonValue &v) {
            o.insert(QLatin1String(key), v);
            return o;
        };
        QTest::newRow("progress string") << with(job(), "progress", "40") << check(&ApiParser::job) << "progress";
        QTest::newRow("progress fraction") << with(job(), "progress", 40.5) << check(&ApiParser::job) << "progress";
        QTest::newRow("progress > 100") << with(job(), "progress", 101) << check(&ApiParser::job) << "progress";
        QTest::newRow("selectors not array") << with(job(), "selectors", "db") << check(&ApiParser::job) << "selectors";
        QTest::newRow("selector not string") << with(job(), "selectors", QJsonArray{1}) << check(&ApiParser::job) << "selectors[0]";
        QTest::newRow("protected string") << with(environment(), "protected", "true") << check(&ApiParser::environment) << "protected";
        QTest::newRow("size negative") << with(snapshot(), "size_bytes", -1) << check(&ApiParser::snapshot) << "size_bytes";
        QTest::newRow("size huge") << with(snapshot(), "size_bytes", 1e300) << check(&ApiParser::snapshot) << "size_bytes";
        QTest::newRow("time garbage") << with(snapshot(), "created_at", "yesterday") << check(&ApiParser::snapshot) << "created_at";
        QTest::newRow("time without zone") << with(snapshot(), "created_at", "2026-11-24T09:30:00") << check(&ApiParser::snapshot) << "created_at";
        QTest::newRow("time number") << with(snapshot(), "created_at", 1700000000) << check(&ApiParser::snapshot) << "created_at";
        QTest::newRow("label number") << with(snapshot(), "label", 3) << check(&ApiParser::snapshot) << "label";
        QTest::newRow("id traversal") << with(snapshot(), "id", "../../etc/passwd") << check(&ApiParser::snapshot) << "id";
        QTest::newRow("id wrong prefix") << with(snapshot(), "id", id("job")) << check(&ApiParser::snapshot) << "id";
        QTest::newRow("id lowercase ulid") << with(snapshot(), "id", QString(QStringLiteral("snap_") + QString(26, QLatin1Char('a')))) << check(&ApiParser::snapshot) << "id";
        QTest::newRow("env name slash") << with(snapshot(), "environment", "prod/../x") << check(&ApiParser::snapshot) << "environment";
        QTest::newRow("slug upper") << with(site(), "slug", "Acme") << check(&ApiParser::site) << "slug";
        QTest::newRow("environments object") << with(site(), "environments", QJsonObject{}) << check(&ApiParser::site) << "environments";
        QTest::newRow("url javascript") << with(environment(), "url", "javascript:alert(1)") << check(&ApiParser::environment) << "url";
        QTest::newRow("components null") << with(snapshot(), "components", QJsonValue::Null) << check(&ApiParser::snapshot) << "components";
        QTest::newRow("error string") << with(job(), "error", "boom") << check(&ApiParser::job) << "error";
        QTest::newRow("sha upper") << with(snapshot(), "components", QJsonObject{{"db", QJsonObject{{"size_bytes", 1}, {"sha256", QString(64, QLatin1Char('A'))}}}})
                                   << check(&ApiParser::snapshot) << "components.db.sha256";
        QJsonObject s = site();
        QJsonArray envs = s["environments"].toArray();
        envs[0] = with(envs[0].toObject(), "last_snapshot", QJsonObject{{"id", id("snap")}, {"kind", "manual"}});
        s["environments"] = envs;
        QTest::newRow("nested summary") << s << check(&ApiParser::site) << "environments[0].last_snapshot.created_at";
        QTest::newRow("not an object") << QJsonObject{{"x", QJsonArray{}}} << check(&ApiParser::me) << "account";
    }

    void wrongTypes()
    {
        QFETCH(QJsonObject, doc);
        QFETCH(Check, parse);
        QFETCH(QString, path);
        const auto problem = parse(doc);
        QVERIFY2(problem.has_value(), "a document with a wrong type was accepted");
        QCOMPARE(problem->path, path);
    }

    void topLevelNotObject()
    {
        QVERIFY(!ApiParser::site(QJsonArray{}).ok());
        QVERIFY(!ApiParser::job(QJsonValue(3)).ok());
        QVERIFY(!ApiParser::snapshot(QJsonValue()).ok());
    }

    void unknownFieldsIgnoredAndEnumsKept()
    {
        QJsonObject s = snapshot();
        s.insert("brand_new_field", QJsonObject{{"nested", true}});
        s.insert("kind", "on_demand");
        s.insert("status", "archived");
        const Result<Snapshot> snap = ApiParser::snapshot(s);
        QVERIFY2(snap.ok(), qPrintable(snap.error().toString()));
        QCOMPARE(snap->kind, SnapshotKind::Unknown);
        QCOMPARE(snap->kindRaw, QStringLiteral("on_demand"));
        QCOMPARE(snap->status, SnapshotStatus::Unknown);
        QCOMPARE(snap->statusRaw, QStringLiteral("archived"));
        QVERIFY(!snap->isReady());

        QJsonObject j = job();
        j.insert("type", "migrate");
        j.insert("status", "paused");
        j.insert("selectors", QJsonArray{"db", "media"});
        const Result<Job> parsed = ApiParser::job(j);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->type, JobType::Unknown);
        QCOMPARE(parsed->status, JobStatus::Unknown);
        QVERIFY(!parsed->isFinished());
        QCOMPARE(parsed->selectors.last(), QStringLiteral("media"));

        QJsonObject p = backupPolicy();
        QJsonArray envs = p["environments"].toArray();
        QJsonObject e = envs[0].toObject();
        e.insert("cadence", "every-5-minutes");
        envs[0] = e;
        p["environments"] = envs;
        const Result<BackupPolicy> policy = ApiParser::backupPolicy(p);
        QVERIFY(policy.ok());
        QCOMPARE(policy->environments[0].cadence, Cadence::Unknown);
        QCOMPARE(policy->environments[0].cadenceSeconds(), 0);

        QJsonObject env = environment();
        env.insert("kind", "qa");
        QCOMPARE(ApiParser::environment(env)->kind, EnvironmentKind::Unknown);
        QCOMPARE(ApiParser::environment(env)->kindRaw, QStringLiteral("qa"));
    }

    void enumRoundTrip()
    {
        QCOMPARE(ApiParser::toString(ApiParser::snapshotStatus("capturing")), QStringLiteral("capturing"));
        QCOMPARE(ApiParser::toString(ApiParser::jobStatus("succeeded")), QStringLiteral("succeeded"));
        QCOMPARE(ApiParser::toString(ApiParser::cadence("weekly")), QStringLiteral("weekly"));
        QVERIFY(ApiParser::toString(SnapshotStatus::Unknown).isEmpty());
    }

    void timestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime base(QDate(2026, 11, 24), QTime(9, 30, 0), Qt::UTC);
        QTest::newRow("Z") << "2026-11-24T09:30:00Z" << base;
        QTest::newRow("lower z") << "2026-11-24t09:30:00z" << base;
        QTest::newRow("millis") << "2026-11-24T09:30:00.250Z" << base.addMSecs(250);
        QTest::newRow("nanos") << "2026-11-24T09:30:00.123456789Z" << base.addMSecs(123);
        QTest::newRow("offset") << "2026-11-24T11:30:00+02:00" << base;
        QTest::newRow("negative offset") << "2026-11-24T04:30:00-05:00" << base;
        QTest::newRow("no zone") << "2026-11-24T09:30:00" << QDateTime();
        QTest::newRow("date only") << "2026-11-24" << QDateTime();
        QTest::newRow("bad month") << "2026-13-24T09:30:00Z" << QDateTime();
        QTest::newRow("bad hour") << "2026-11-24T25:30:00Z" << QDateTime();
        QTest::newRow("empty") << "" << QDateTime();
        QTest::newRow("huge") << QString(10000, QLatin1Char('9')) << QDateTime();
    }

    void timestamps()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime t = ApiParser::timestamp(text);
        QCOMPARE(t.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(t, expected);
            QCOMPARE(t.timeSpec(), Qt::UTC);
        }
    }

    void pages()
    {
        const QByteArray body = page(QJsonArray{site()}, "abc");
        const Result<QJsonValue> doc = ApiParser::document(body);
        QVERIFY(doc.ok());
        const Result<ApiParser::Page> p = ApiParser::page(doc.value());
        QVERIFY(p.ok());
        QCOMPARE(p->nextCursor, QStringLiteral("abc"));
        QCOMPARE(p->data.size(), 1);
        QVERIFY(ApiParser::page(ApiParser::document(page({}, QJsonValue::Null)).value())->nextCursor.isEmpty());
        // An empty string cursor would restart from page one forever.
        QVERIFY(!ApiParser::page(ApiParser::document(page({}, "")).value()).ok());
        QVERIFY(!ApiParser::page(QJsonObject{{"data", QJsonArray{}}}).ok());
        QVERIFY(!ApiParser::page(QJsonObject{{"next_cursor", QJsonValue::Null}}).ok());
        // Items are checked by list<T>() with their index in the path.
        const Result<QList<Site>> sites = ApiParser::list<Site>(QJsonArray{site(), QJsonObject{}}, &ApiParser::site);
        QVERIFY(!sites.ok());
        QCOMPARE(sites.error().path, QStringLiteral("[1].id"));
    }

    void errorBodies()
    {
        const Result<ApiError> e = ApiParser::errorBody(
            ApiParser::document(R"({"error":{"code":"environment_busy","message":"busy","request_id":"req_1","details":{"job_id":"job_x"}}})").value());
        QVERIFY(e.ok());
        QCOMPARE(e->code, QStringLiteral("environment_busy"));
        QCOMPARE(e->requestId, QStringLiteral("req_1"));
        QCOMPARE(e->details.value("job_id").toString(), QStringLiteral("job_x"));
        QVERIFY(!ApiParser::errorBody(ApiParser::document(R"({"error":"nope"})").value()).ok());
        QVERIFY(!ApiParser::errorBody(ApiParser::document(R"({"error":{"code":"x"}})").value()).ok());
    }

    void hostileDocuments_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("whitespace") << QByteArray(" \r\n\t ");
        QTest::newRow("truncated") << QByteArray("{\"data\":[{\"id\":\"site_");
        QTest::newRow("html 502") << QByteArray("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>");
        QTest::newRow("scalar") << QByteArray("42");
        QTest::newRow("string") << QByteArray("\"hello\"");
        QTest::newRow("trailing garbage") << QByteArray("{} {}");
        QTest::newRow("nul bytes") << QByteArray("{\"a\":\0}", 7);
        QTest::newRow("invalid utf8") << QByteArray("{\"a\":\"\xff\xfe\"}");
        QTest::newRow("deep nesting") << (QByteArray("[").repeated(100000) + QByteArray("]").repeated(100000));
        QTest::newRow("deep objects") << QByteArray("{\"a\":").repeated(5000) + "1" + QByteArray("}").repeated(5000);
    }

    void hostileDocuments()
    {
        QFETCH(QByteArray, body);
        const Result<QJsonValue> doc = ApiParser::document(body);
        if (doc.ok()) {
            // Whatever parsed must still be refused as each typed value.
            QVERIFY(!ApiParser::site(doc.value()).ok());
            QVERIFY(!ApiParser::page(doc.value()).ok());
        } else {
            QVERIFY(!doc.error().problem.isEmpty());
        }
    }

    void oversizedDocumentRefusedUnparsed()
    {
        // 50 MB of syntactically valid JSON: refused by size before any parsing work.
        QByteArray big;
        big.reserve(50 * 1024 * 1024 + 16);
        big += "{\"data\":[";
        const QByteArray item = "\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\",";
        while (big.size() < 50 * 1024 * 1024)
            big += item;
        big += "\"end\"],\"next_cursor\":null}";
        const Result<QJsonValue> doc = ApiParser::document(big);
        QVERIFY(!doc.ok());
        QVERIFY(doc.error().problem.contains("too large"));
    }

    void idsAndNames()
    {
        QVERIFY(ApiParser::isId(id("snap"), QLatin1String("snap")));
        QVERIFY(ApiParser::isId("job_01J9ZXKQ4M6W8Y2R3T5V7B9C1D", QLatin1String("job")));
        QVERIFY(!ApiParser::isId("job_01J9ZXKQ4M6W8Y2R3T5V7B9C1I", QLatin1String("job"))); // I is not Crockford
        QVERIFY(!ApiParser::isId("job_01J9ZXKQ", QLatin1String("job")));
        QVERIFY(!ApiParser::isId("jobx01J9ZXKQ4M6W8Y2R3T5V7B9C1D", QLatin1String("job")));
        QVERIFY(ApiParser::isName("acme-store"));
        QVERIFY(ApiParser::isName("pr-42"));
        QVERIFY(!ApiParser::isName("-acme"));
        QVERIFY(!ApiParser::isName("acme_store"));
        QVERIFY(!ApiParser::isName(QString(64, QLatin1Char('a'))));
        QVERIFY(!ApiParser::isName(""));
    }
};

QTEST_GUILESS_MAIN(TestApiParser)
#include "tst_apiparser.moc"
