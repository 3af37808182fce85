#pragma once

#include "api/ApiError.h"
#include "api/Site.h"

#include <QList>
#include <QObject>
#include <QPointer>

class ApiClient;
class ApiReply;

// GET /sites, every page, for the fleet: each page's typed sites as it arrives, then finished()
// once. (A platform answering with empty pages that each carry a new cursor is stopped by the
// page walker under every list call, so the listing ends with a bad response, not never.)
class SiteListing : public QObject
{
    Q_OBJECT
public:
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
    bool m_finished = false;
};
