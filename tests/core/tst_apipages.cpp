#include "ClientTestBase.h"
#include "api/ErrorText.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

// Pagination: every page in order, pageReceived() as each lands, cancellation, and refusal of
// broken pages and cursor loops.
class TestApiPages : public ClientTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(startServers()); }

    void paginationInOrder()
    {
        const QString cursor2 = QStringLiteral("c2+/=&x");
        api->setHandler([&](const FakeHttpServer::Request &req) {
            const QUrlQuery q(QUrl::fromEncoded("http://x" + req.target));
            const QString cursor = q.queryItemValue("cursor", QUrl::FullyDecoded);
            if (cursor.isEmpty())
                return Response::json(200, Fixtures::page({Fixtures::site("a1"), Fixtures::site("a2")}, "c1"));
            if (cursor == "c1")
                return Response::json(200, Fixtures::page({Fixtures::site("b1")}, cursor2));
            if (cursor == cursor2)
                return Response::json(200, Fixtures::page({Fixtures::site("c1")}, QJsonValue::Null));
            return Response::error(400, "bad_request");
        });
        auto c = client(fastOptions());
        ApiReply *r = c->listSites(QStringLiteral("a&b"));
        r->setAutoDelete(false);
        QStringList slugs;
        QStringList typedSlugs;
        connect(r, &ApiReply::pageReceived, this, [&](const QJsonArray &items) {
            slugs << QStringLiteral("|");
            for (const QJsonValue &v : items)
                slugs << v.toObject().value("slug").toString();
            QVERIFY(r->pageAs<Site>());
            typedSlugs << QStringLiteral("|");
            for (const Site &s : *r->pageAs<Site>())
                typedSlugs << s.slug;
        });
        QVERIFY(wait(r));
        QVERIFY2(r->ok(), qPrintable(ErrorText::describe(r->error())));
        QCOMPARE(slugs, QStringList({"|", "a1", "a2", "|", "b1", "|", "c1"}));
        QCOMPARE(r->json().toArray().size(), 4);
        // The typed values are the ones validated on arrival, page by page and as a whole.
        QCOMPARE(typedSlugs, slugs);
        QVERIFY(r->as<QList<Site>>());
        QCOMPARE(r->as<QList<Site>>()->size(), 4);
        QCOMPARE(r->as<QList<Site>>()->at(3).slug, QStringLiteral("c1"));
        QVERIFY(!r->as<Site>()); // another type than the operation's: nothing
        QVERIFY(!r->pageAs<Site>()); // outside a pageReceived() handler
        QCOMPARE(api->requests().size(), 3);
        QVERIFY(api->requests()[0].target.contains("limit=100"));
        QVERIFY(api->requests()[0].target.contains("q=a%26b"));
        delete r;
    }

    void paginationCancel()
    {
        api->setHandler([](const FakeHttpServer::Request &req) {
            return Response::json(200, Fixtures::page({Fixtures::job()}, req.target.contains("cursor") ? "c3" : "c2"));
        });
        auto c = client(fastOptions());
        ApiReply *r = c->listJobs(QStringLiteral("running"));
        r->setAutoDelete(false);
        connect(r, &ApiReply::pageReceived, r, &ApiReply::cancel);
        QVERIFY(wait(r));
        QCOMPARE(r->error().kind, ApiError::Kind::Cancelled);
        QCOMPARE(api->requests().size(), 1);
        QCOMPARE(r->json().toArray().size(), 1);
        delete r;
    }

    void paginationRejectsBadPagesAndLoops()
    {
        api->setHandler([](const FakeHttpServer::Request &req) {
            if (req.target.contains("/jobs"))
                return Response::json(200, Fixtures::page({Fixtures::job()}, "same")); // loops forever
            return Response::json(200, Fixtures::page({Fixtures::snapshot(), QJsonObject{{"id", 1}}}, QJsonValue::Null));
        });
        auto c = client(fastOptions());
        int pages = 0;
        ApiReply *snaps = c->listSnapshots("acme");
        connect(snaps, &ApiReply::pageReceived, this, [&pages] { ++pages; });
        QVERIFY(wait(snaps));
        QCOMPARE(snaps->error().kind, ApiError::Kind::BadResponse);
        QVERIFY(snaps->error().parseProblem.startsWith(QStringLiteral("data[1].id")));
        QCOMPARE(pages, 0); // never half a page
        ApiReply *jobs = c->listJobs();
        QVERIFY(wait(jobs));
        QCOMPARE(jobs->error().kind, ApiError::Kind::BadResponse);
        QCOMPARE(api->count("GET", "/v1/jobs"), 2);
        delete snaps;
        delete jobs;
    }
};

QTEST_GUILESS_MAIN(TestApiPages)
#include "tst_apipages.moc"
