#pragma once

#include "ClientReport.h"
#include "ReportBuilder.h"
#include "ReportRequest.h"

#include "api/ApiError.h"
#include "api/Site.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>
#include <optional>

class ApiClient;
class ApiReply;
class Clock;

// Reads what a client report needs from the platform, asynchronously: the organization (GET /me),
// the sites, the jobs, then each site's backup policy and its snapshots of the period, a few sites
// at a time. Ends with finished(report) or failed(sentence) exactly once per start().
class ReportLoader : public QObject
{
    Q_OBJECT
public:
    static constexpr int SitesInFlight = 4;

    ReportLoader(ApiClient *api, const Clock *clock, QObject *parent = nullptr);
    ~ReportLoader() override;

    // The request's period must be valid (ReportRequest::problem() empty).
    void start(const ReportRequest &request);
    // Stops every call; neither finished() nor failed() follows.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // Sites read so far of how many (total is 0 until the site list is known).
    void progress(int done, int total);
    void finished(const ClientReport &report);
    // A translated sentence: what could not be read, and why (ErrorText); error is the call's
    // (a site that is not in the organization is a 404, as the platform would answer for it).
    void failed(const QString &message, const ApiError &error);

private:
    void onSitesListed(ApiReply *reply);
    void startNextSites();
    void readSite(const Site &site);
    void siteDone();
    void finishIfComplete();
    void fail(const QString &message, const ApiError &error);
    void failApi(const QString &what, const ApiError &error);
    ApiReply *track(ApiReply *reply);

    QPointer<ApiClient> m_api;
    const Clock *m_clock;
    ReportRequest m_request;
    QDateTime m_start;
    QDateTime m_end;
    std::unique_ptr<ReportBuilder> m_builder;
    QList<QPointer<ApiReply>> m_replies;
    std::optional<QString> m_organization;
    bool m_sitesListed = false;
    bool m_jobsRead = false;
    QList<Site> m_queue;
    int m_sitesTotal = 0;
    int m_sitesDone = 0;
    int m_inFlight = 0;
    bool m_running = false;
};
