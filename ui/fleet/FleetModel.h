#pragma once

#include "api/BackupPolicy.h"
#include "api/Job.h"
#include "api/Site.h"
#include "fleet/FleetHealth.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>

#include <memory>
#include <vector>

class Clock;
class FleetLoader;

// Sites and their environments as a two-level tree. Raw values live in roles; text is made
// only for Qt::DisplayRole/ToolTipRole. A refresh merges pages into what is shown (the cached
// fleet, or the previous listing) instead of resetting, so selection and scroll position survive
// and the first page is on screen at once.
class FleetModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, LastBackupColumn, ColumnCount };
    enum class NodeType { Site, Environment };
    enum Role {
        NodeTypeRole = Qt::UserRole + 1, // NodeType as int
        SiteIdRole,
        SiteSlugRole,
        SiteNameRole,
        EnvironmentNameRole,
        EnvironmentKindRole,    // EnvironmentKind as int
        ProtectedRole,
        LastSnapshotAtRole,     // QDateTime, invalid when none; for a site the oldest of its envs
        CadenceSecondsRole,     // qint64; 0 = no schedule or not known yet
        FreshnessRole,          // Freshness as int; for a site the worst of its envs
        JobRunningRole,         // bool; for a site: any environment busy
        NeedsAttentionRole,     // production behind its schedule or never backed up; for a site: any
        SortRole,
    };

    explicit FleetModel(const Clock *clock, QObject *parent = nullptr);
    ~FleetModel() override;

    // Model interface.
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Shows what the loader reads: its cached fleet, listings merged page by page, policies and
    // running jobs.
    void follow(const FleetLoader *loader);

    // Replaces everything (e.g. the cached fleet at start).
    void setSites(const QList<Site> &sites);
    // A refresh: merge each page as it arrives, then drop the sites that were not seen.
    void beginRefresh();
    void mergeSites(const QList<Site> &sites);
    void endRefresh();
    // The refresh failed part-way: keep every site shown, seen or not.
    void endRefreshKeepingAll() { m_refreshing = false; }

    void setPolicy(const BackupPolicy &policy);
    void setJobRunning(const QString &siteId, const QString &environment, bool running);
    // The jobs running now: every other environment is idle.
    void setRunningJobs(const QList<Job> &jobs);
    // Ages move with time: repaint them without touching anything else.
    void refreshAges();

    // What the name column sorts by: a site's slug, an environment's name (SortRole too). For
    // the proxy's sort, which asks this some 7,000 times for 1,000 sites: no QVariant on the way.
    const QString &sortName(const QModelIndex &index) const;

    QList<Site> sites() const;
    QList<BackupPolicy> policies() const;
    bool hasPolicy(const QString &siteId) const;
    int siteCount() const;
    std::optional<Site> siteAt(const QModelIndex &index) const;
    QString environmentAt(const QModelIndex &index) const; // empty for a site row
    QModelIndex indexFor(const QString &siteId, const QString &environment = {}) const;

    // The production environments, and how they stand against their schedules (the fleet's
    // summary): the same judgement as their dots.
    int productionEnvironmentCount() const;
    HealthCounts productionHealth() const;

Q_SIGNALS:
    void countsChanged();

private:
    struct SiteNode;
    SiteNode *nodeFor(const QModelIndex &index) const;
    QVariant siteData(const SiteNode &node, int column, int role) const;
    QVariant environmentData(const SiteNode &node, int envRow, int column, int role) const;
    Freshness freshnessOf(const SiteNode &node, int envRow) const;
    Freshness worstFreshness(const SiteNode &node) const;
    QDateTime oldestLastSnapshot(const SiteNode &node) const;
    bool needsAttention(const SiteNode &node, int envRow) const;
    void updateNode(SiteNode &node, const Site &site);
    void insertNodes(int row, std::vector<std::unique_ptr<SiteNode>> nodes);
    void removeNodes(int first, int last);
    void renumberFrom(int row);
    void emitSiteChanged(const SiteNode &node);
    int insertionRowFor(const QString &slug) const;

    const Clock *m_clock;
    std::vector<std::unique_ptr<SiteNode>> m_nodes; // in slug order, as the API lists them
    QHash<QString, SiteNode *> m_byId;
    bool m_refreshing = false;
};
