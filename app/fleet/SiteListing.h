#pragma once

#include "api/ApiError.h"
#include "api/Site.h"

#include <QList>
#include <QObject>
#include <QPointer>

class ApiClient;
class ApiReply;

// GET /sites, every page, for the fleet: each page's sites as it arrives, then finished() once.
// Stops a platform that answers with empty pages that each carry a new cursor (the page walker
// cannot tell them from a long list): after MaxEmptyPagesInARow of them the listing ends as a
// bad response instead of asking for pages forever.
class SiteListing : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxEmptyPagesInARow = 5;

    SiteListing(ApiClient *api, const QString &filter = {}, QObject *parent = nullptr);
    ~SiteListing() override;

    // Aborts; finished() follows with a Cancelled error. No effect once finished.
    void cancel();

    bool isFinished() const { return m_finished; }
    const ApiError &error() const { return m_error; }
    bool ok() const { return m_finished && !m_error.isError(); }
    const QList<Site> &sites() const { return m_sites; } // every page received so far

Q_SIGNALS:
    void pageReceived(const QList<Site> &sites);
    void finished();

private:
    void onPage(const QJsonArray &items);
    void end(const ApiError &error);

    QPointer<ApiReply> m_reply;
    QList<Site> m_sites;
    ApiError m_error;
    int m_emptyInARow = 0;
    bool m_finished = false;
};
