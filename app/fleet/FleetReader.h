#pragma once

#include "SiteListing.h"

#include "api/ApiError.h"
#include "api/BackupPolicy.h"
#include "api/Site.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class ApiClient;
class ApiReply;

// The whole fleet at once, for a report: every site (GET /sites, all pages), then every site's
// backup policy, a few at a time. Either all of it or an error: a health check that silently
// missed one site's schedule would report it as fine. (The desktop's FleetLoader shows pages
// as they come instead, and reads policies in the background.)
class FleetReader : public QObject
{
    Q_OBJECT
public:
    static constexpr int PoliciesInFlight = 4;

    explicit FleetReader(ApiClient *api, QObject *parent = nullptr);

    // filter: only sites whose slug or name contains it (the API's own filter).
    void start(const QString &filter = {});
    void cancel();

    const ApiError &error() const { return m_error; }
    const QList<Site> &sites() const { return m_sites; }
    const QList<BackupPolicy> &policies() const { return m_policies; }

Q_SIGNALS:
    void finished(); // error() says whether it failed

private:
    void onSitesListed();
    void fetchPolicies();
    void end(const ApiError &error);

    QPointer<ApiClient> m_api;
    QPointer<SiteListing> m_listing;
    QList<QPointer<ApiReply>> m_inFlight;
    QStringList m_queue;
    QList<Site> m_sites;
    QList<BackupPolicy> m_policies;
    ApiError m_error;
    bool m_finished = false;
};
