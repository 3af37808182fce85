// Downloads: streaming with Content-Length/ETag/checksum, Range and If-Range resume, 416,
// selector archives, the storage origin's signed URLs, and injected cuts.
#include "SandboxApi.h"
#include "SandboxProcess.h"
#include "TestArchive.h"

#include <QJsonArray>
#include <QtTest>

class TestSandboxDownload : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void wholeArchiveHeaders();
    void rangeResumeGivesSameBytes();
    void rangeErrors();
    void storageRedirect();
    void storageRejectsExpiredSignature();
    void cutDownloadCanBeResumed();
    void fleetHistoryHasNoArchive();

    void responsesMatchOpenApi(); // last: every reply recorded above, against openapi.yaml
private:
    SandboxProcess m_sandbox;
    std::unique_ptr<SandboxApi> m_api;
    QString m_path; // download path of big-site's snapshot
};

void TestSandboxDownload::initTestCase()
{
    SandboxApi::clearRecorded();
    SandboxProcess::Options o;
    o.seed = QStringLiteral("big:3");
    QVERIFY2(m_sandbox.start(o), qPrintable(m_sandbox.errorString()));
    m_api = std::make_unique<SandboxApi>(m_sandbox);
    const ApiReply list = m_api->get(QStringLiteral("/sites/big-site/snapshots"), QStringLiteral("listSnapshots"));
    QCOMPARE(list.status, 200);
    const QJsonArray data = list.json()[QLatin1String("data")].toArray();
    QCOMPARE(data.size(), 1);
    QCOMPARE(data[0][QLatin1String("label")].toString(), QStringLiteral("Big archive"));
    m_path = QStringLiteral("/sites/big-site/snapshots/%1/download").arg(data[0][QLatin1String("id")].toString());
}

void TestSandboxDownload::wholeArchiveHeaders()
{
    const ApiReply r = m_api->get(m_path, QStringLiteral("downloadSnapshot"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.size() > 3 * 1024 * 1024); // incompressible: about the seeded size
    QCOMPARE(r.header("Content-Length").toLongLong(), r.body.size());
    QCOMPARE(r.header("Accept-Ranges"), QByteArray("bytes"));
    QCOMPARE(r.header("Content-Type"), QByteArray("application/gzip"));
    QCOMPARE(r.header("X-Checksum-SHA256"), TestArchive::sha256Hex(r.body));
    QVERIFY(!r.header("ETag").isEmpty());
    QVERIFY(r.header("Content-Disposition").startsWith("attachment; filename=\"big-site-production-snap_"));
    const ApiReply head = m_api->send("HEAD", m_api->url(m_path), {});
    QCOMPARE(head.status, 200);
    QCOMPARE(head.header("Content-Length").toLongLong(), r.body.size());
    QVERIFY(head.body.isEmpty());
}

void TestSandboxDownload::rangeResumeGivesSameBytes()
{
    const ApiReply whole = m_api->get(m_path);
    const QByteArray etag = whole.header("ETag");
    const qint64 cut = whole.body.size() / 3;
    const ApiReply rest = m_api->get(m_path, QStringLiteral("downloadSnapshot"), {{"Range", "bytes=" + QByteArray::number(cut) + "-"}, {"If-Range", etag}});
    QCOMPARE(rest.status, 206);
    QCOMPARE(rest.header("Content-Range"), "bytes " + QByteArray::number(cut) + '-' + QByteArray::number(whole.body.size() - 1) + '/'
                                               + QByteArray::number(whole.body.size()));
    QCOMPARE(TestArchive::sha256Hex(whole.body.left(cut) + rest.body), whole.header("X-Checksum-SHA256"));
    const ApiReply middle = m_api->get(m_path, {}, {{"Range", "bytes=10-19"}});
    QCOMPARE(middle.status, 206);
    QCOMPARE(middle.body, whole.body.mid(10, 10));
    // A stale If-Range means the archive changed: the whole body comes back.
    const ApiReply stale = m_api->get(m_path, {}, {{"Range", "bytes=100-"}, {"If-Range", "\"something-else\""}});
    QCOMPARE(stale.status, 200);
    QCOMPARE(stale.body.size(), whole.body.size());
}

void TestSandboxDownload::rangeErrors()
{
    const qint64 size = m_api->send("HEAD", m_api->url(m_path), {}).header("Content-Length").toLongLong();
    const ApiReply r = m_api->get(m_path, QStringLiteral("downloadSnapshot"), {{"Range", "bytes=" + QByteArray::number(size) + "-"}});
    QCOMPARE(r.status, 416);
    QCOMPARE(r.errorCode(), QStringLiteral("range_not_satisfiable"));
    QCOMPARE(r.header("Content-Range"), "bytes */" + QByteArray::number(size));
}

void TestSandboxDownload::storageRedirect()
{
    SandboxProcess s;
    SandboxProcess::Options o;
    o.seed = QStringLiteral("big:1");
    o.extraArgs = {QStringLiteral("--storage-redirect")};
    QVERIFY2(s.start(o), qPrintable(s.errorString()));
    QVERIFY(s.storageUrl().isValid());
    SandboxApi api(s);
    const QString snap = api.get(QStringLiteral("/sites/big-site/snapshots")).json()[QLatin1String("data")][0][QLatin1String("id")].toString();
    const ApiReply redirect = api.get(QStringLiteral("/sites/big-site/snapshots/%1/download").arg(snap), QStringLiteral("downloadSnapshot"));
    QCOMPARE(redirect.status, 302);
    const QUrl location(QString::fromLatin1(redirect.header("Location")));
    QCOMPARE(location.port(), s.storageUrl().port());
    QVERIFY(location.port() != s.apiUrl().port());
    const ApiReply withKey = api.send("GET", location, {}, {}, true);
    QCOMPARE(withKey.status, 400);
    QCOMPARE(withKey.errorCode(), QStringLiteral("authorization_not_allowed"));
    const ApiReply ok = api.send("GET", location, {}, {}, false);
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.header("X-Checksum-SHA256"), TestArchive::sha256Hex(ok.body));
    const ApiReply part = api.send("GET", location, {{"Range", "bytes=1000-"}, {"If-Range", ok.header("ETag")}}, {}, false);
    QCOMPARE(part.status, 206);
    QCOMPARE(ok.body.left(1000) + part.body, ok.body);
    QUrl tampered = location;
    tampered.setQuery(location.query().replace(QStringLiteral("selectors=db,files"), QStringLiteral("selectors=db")));
    QCOMPARE(api.send("GET", tampered, {}, {}, false).status, 403);
    s.stop();
    QVERIFY(s.log().contains("storage: a request carried an Authorization header"));
    QVERIFY(s.log().contains("storage: requests that carried an Authorization header: 1"));
}

void TestSandboxDownload::storageRejectsExpiredSignature()
{
    SandboxProcess s;
    SandboxProcess::Options o;
    o.seed = QStringLiteral("big:1");
    o.extraArgs = {QStringLiteral("--storage-redirect"), QStringLiteral("--signed-url-ttl"), QStringLiteral("1")};
    QVERIFY2(s.start(o), qPrintable(s.errorString()));
    SandboxApi api(s);
    const QString snap = api.get(QStringLiteral("/sites/big-site/snapshots")).json()[QLatin1String("data")][0][QLatin1String("id")].toString();
    const QUrl location(QString::fromLatin1(api.get(QStringLiteral("/sites/big-site/snapshots/%1/download").arg(snap)).header("Location")));
    QTest::qWait(2100);
    const ApiReply expired = api.send("GET", location, {}, {}, false);
    QCOMPARE(expired.status, 403);
    QCOMPARE(expired.json()[QLatin1String("error")][QLatin1String("details")][QLatin1String("reason")].toString(), QStringLiteral("expired"));
    // Asking the API again gives a fresh URL that works.
    const QUrl fresh(QString::fromLatin1(api.get(QStringLiteral("/sites/big-site/snapshots/%1/download").arg(snap)).header("Location")));
    QCOMPARE(api.send("GET", fresh, {}, {}, false).status, 200);
}

void TestSandboxDownload::cutDownloadCanBeResumed()
{
    SandboxProcess s;
    SandboxProcess::Options o;
    o.seed = QStringLiteral("big:1");
    o.extraArgs = {QStringLiteral("--cut-download-after"), QStringLiteral("300000")};
    QVERIFY2(s.start(o), qPrintable(s.errorString()));
    SandboxApi api(s);
    const QString path = QStringLiteral("/sites/big-site/snapshots/%1/download")
                             .arg(api.get(QStringLiteral("/sites/big-site/snapshots")).json()[QLatin1String("data")][0][QLatin1String("id")].toString());
    QByteArray got;
    QByteArray checksum, etag;
    qint64 total = -1;
    for (int attempt = 0; attempt < 20 && got.size() != total; ++attempt) {
        QList<QPair<QByteArray, QByteArray>> h;
        if (!got.isEmpty())
            h = {{"Range", "bytes=" + QByteArray::number(got.size()) + "-"}, {"If-Range", etag}};
        const ApiReply r = api.get(path, {}, h);
        QVERIFY(r.status == 200 || r.status == 206);
        if (total < 0) {
            total = r.header("Content-Length").toLongLong();
            checksum = r.header("X-Checksum-SHA256");
            etag = r.header("ETag");
        }
        QVERIFY(r.body.size() <= 300000);
        got += r.body;
    }
    QCOMPARE(got.size(), total);
    QCOMPARE(TestArchive::sha256Hex(got), checksum);
}

void TestSandboxDownload::fleetHistoryHasNoArchive()
{
    SandboxProcess s;
    SandboxProcess::Options o;
    o.seed = QStringLiteral("fleet:30");
    QVERIFY2(s.start(o), qPrintable(s.errorString()));
    SandboxApi api(s);
    QCOMPARE(api.get(QStringLiteral("/sites?limit=100")).json()[QLatin1String("data")].toArray().size(), 30);
    const QString snap = api.get(QStringLiteral("/sites/fleet-00007/snapshots?limit=1")).json()[QLatin1String("data")][0][QLatin1String("id")].toString();
    const ApiReply dl = api.get(QStringLiteral("/sites/fleet-00007/snapshots/%1/download").arg(snap), QStringLiteral("downloadSnapshot"));
    QCOMPARE(dl.status, 409);
    QCOMPARE(dl.errorCode(), QStringLiteral("archive_unavailable"));
    const ApiReply rs = api.post(QStringLiteral("/sites/fleet-00007/snapshots/%1/restore").arg(snap), R"({"selectors":["db"]})", QStringLiteral("fleet-restore-1"));
    QCOMPARE(rs.status, 409);
    QCOMPARE(rs.errorCode(), QStringLiteral("archive_unavailable"));
    // A fleet environment is real on first use: a capture works and can be restored.
    const ApiReply c = api.post(QStringLiteral("/sites/fleet-00007/backups"), R"({"environment":"production"})", QStringLiteral("fleet-capture-1"));
    QCOMPARE(c.status, 202);
    QCOMPARE(api.waitForJob(c.json()[QLatin1String("job")][QLatin1String("id")].toString())[QLatin1String("status")].toString(), QStringLiteral("succeeded"));
}

void TestSandboxDownload::responsesMatchOpenApi()
{
    SandboxApi::verifyRecordedAgainstContract();
}

QTEST_GUILESS_MAIN(TestSandboxDownload)
#include "tst_sandbox_download.moc"
