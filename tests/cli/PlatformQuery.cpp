#include "PlatformQuery.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

PlatformQuery::PlatformQuery(const QUrl &apiUrl, const QString &key) : m_api(apiUrl), m_key(key) {}

std::optional<QJsonObject> PlatformQuery::get(const QString &pathAndQuery)
{
    const QUrl url(m_api.toString() + pathAndQuery);
    for (int attempt = 0; attempt < 60; ++attempt) {
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + m_key.toUtf8());
        std::unique_ptr<QNetworkReply> reply(m_nam.get(request));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished() && !done.wait(30000)) {
            m_error = QStringLiteral("GET %1: no answer in 30 s").arg(url.toString());
            return std::nullopt;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (status == 429 || status >= 500 || status == 0) {
            QTest::qWait(500);
            continue;
        }
        if (status != 200) {
            m_error = QStringLiteral("GET %1: HTTP %2 %3").arg(url.toString()).arg(status).arg(QString::fromUtf8(body));
            return std::nullopt;
        }
        return QJsonDocument::fromJson(body).object();
    }
    m_error = QStringLiteral("GET %1: still failing after 60 attempts").arg(url.toString());
    return std::nullopt;
}

std::optional<QJsonArray> PlatformQuery::list(const QString &path, const QString &query)
{
    QJsonArray all;
    QString cursor;
    do {
        QUrlQuery q(query);
        q.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
        if (!cursor.isEmpty())
            q.addQueryItem(QStringLiteral("cursor"), cursor);
        const std::optional<QJsonObject> page = get(path + QLatin1Char('?') + q.toString(QUrl::FullyEncoded));
        if (!page)
            return std::nullopt;
        for (const QJsonValue &v : page->value(QLatin1String("data")).toArray())
            all.append(v);
        cursor = page->value(QLatin1String("next_cursor")).toString();
    } while (!cursor.isEmpty());
    return all;
}

std::optional<QJsonArray> PlatformQuery::snapshots(const QString &site, const QString &env, const QString &kind)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("environment"), env);
    if (!kind.isEmpty())
        q.addQueryItem(QStringLiteral("kind"), kind);
    return list(QStringLiteral("/sites/%1/snapshots").arg(site), q.toString());
}

std::optional<QJsonArray> PlatformQuery::jobs(const QString &site, const QString &type)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("site"), site);
    const std::optional<QJsonArray> all = list(QStringLiteral("/jobs"), q.toString());
    if (!all)
        return std::nullopt;
    QJsonArray matching;
    for (const QJsonValue &j : *all) {
        if (j.toObject().value(QLatin1String("type")).toString() == type)
            matching.append(j);
    }
    return matching;
}
