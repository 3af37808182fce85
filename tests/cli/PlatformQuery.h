#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

#include <optional>

// The test's own view of the platform, independent of mf and of the client core: plain GETs with
// the key, all pages of a list. Injected 429s and 5xx are waited out patiently (the tests count
// what exists, they do not test this helper's resilience).
class PlatformQuery
{
public:
    PlatformQuery(const QUrl &apiUrl, const QString &key);

    std::optional<QJsonObject> get(const QString &pathAndQuery);
    // Every item of a list endpoint, following next_cursor.
    std::optional<QJsonArray> list(const QString &path, const QString &query = {});
    QString lastError() const { return m_error; }

    // The snapshots of one environment, and the jobs of a site of one type (capture/restore).
    std::optional<QJsonArray> snapshots(const QString &site, const QString &env, const QString &kind = {});
    std::optional<QJsonArray> jobs(const QString &site, const QString &type);

private:
    QNetworkAccessManager m_nam;
    QUrl m_api;
    QString m_key;
    QString m_error;
};
