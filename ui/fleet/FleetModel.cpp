#include "FleetModel.h"

#include "fleet/FleetLoader.h"
#include "style/DisplayText.h"
#include "style/Icons.h"
#include "style/TimeText.h"
#include "util/Clock.h"

#include <algorithm>

struct FleetModel::SiteNode
{
    Site site;
    int row = 0;
    bool seen = true;
    QHash<QString, qint64> cadence; // environment name -> seconds between scheduled runs
    bool hasPolicy = false;
    BackupPolicy policy;
    QSet<QString> busy;             // environments with a running capture or restore
};

FleetModel::FleetModel(const Clock *clock, QObject *parent)
    : QAbstractItemModel(parent)
    , m_clock(clock)
{
}

FleetModel::~FleetModel() = default;

// Site rows carry no pointer; environment rows point at their site's node, which is stable
// across inserts and removals (rows are renumbered, nodes never move in memory).
FleetModel::SiteNode *FleetModel::nodeFor(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    if (index.internalPointer())
        return static_cast<SiteNode *>(index.internalPointer());
    return m_nodes[size_t(index.row())].get();
}

QModelIndex FleetModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_nodes.size()) ? createIndex(row, column, nullptr) : QModelIndex();
    if (parent.internalPointer() || parent.column() != 0)
        return {};
    SiteNode *node = m_nodes[size_t(parent.row())].get();
    if (row >= node->site.environments.size())
        return {};
    return createIndex(row, column, node);
}

QModelIndex FleetModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !child.internalPointer())
        return {};
    auto *node = static_cast<SiteNode *>(child.internalPointer());
    return createIndex(node->row, 0, nullptr);
}

int FleetModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_nodes.size());
    if (parent.internalPointer() || parent.column() != 0)
        return 0;
    return int(m_nodes[size_t(parent.row())]->site.environments.size());
}

int FleetModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags FleetModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalPointer())
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant FleetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Site / environment");
    case KindColumn: return tr("Kind");
    case LastBackupColumn: return tr("Last backup");
    }
    return {};
}

const QString &FleetModel::sortName(const QModelIndex &index) const
{
    const SiteNode *node = nodeFor(index);
    return index.internalPointer() ? node->site.environments[index.row()].name : node->site.slug;
}

QVariant FleetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SiteNode *node = nodeFor(index);
    if (index.internalPointer())
        return environmentData(*node, index.row(), index.column(), role);
    return siteData(*node, index.column(), role);
}

QVariant FleetModel::siteData(const SiteNode &node, int column, int role) const
{
    const Site &site = node.site;
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return tr("%1 (%2)").arg(site.name, site.slug);
        if (column == KindColumn)
            return (site.environments.size() == 1 ? tr("%n environment", nullptr, 1) : tr("%n environments", nullptr, int(site.environments.size())));
        if (column == LastBackupColumn) {
            const QDateTime oldest = oldestLastSnapshot(node);
            return site.environments.isEmpty() ? QString() : TimeText::relative(oldest, m_clock);
        }
        return {};
    case Qt::ToolTipRole:
        if (column == NameColumn)
            return tr("%1\nSlug: %2\nRegion: %3\nPlan: %4").arg(site.name, site.slug, site.region, site.plan);
        if (column == LastBackupColumn)
            return DisplayText::freshness(worstFreshness(node));
        return {};
    case Qt::DecorationRole:
        return column == NameColumn ? QVariant(Icons::get(QStringLiteral("site"))) : QVariant();
    case Qt::AccessibleTextRole:
        return tr("Site %1").arg(site.name);
    case NodeTypeRole: return int(NodeType::Site);
    case SiteIdRole: return site.id;
    case SiteSlugRole: return site.slug;
    case SiteNameRole: return site.name;
    case LastSnapshotAtRole: return oldestLastSnapshot(node);
    case FreshnessRole: return int(worstFreshness(node));
    case JobRunningRole: return !node.busy.isEmpty();
    case NeedsAttentionRole:
        for (int i = 0; i < site.environments.size(); ++i) {
            if (needsAttention(node, i))
                return true;
        }
        return false;
    case SortRole:
        if (column == NameColumn)
            return site.slug; // = sortName()
        if (column == KindColumn)
            return int(site.environments.size());
        if (column == LastBackupColumn) {
            const QDateTime t = oldestLastSnapshot(node);
            return t.isValid() ? t.toSecsSinceEpoch() : qint64(0);
        }
        return {};
    }
    return {};
}

QVariant FleetModel::environmentData(const SiteNode &node, int envRow, int column, int role) const
{
    const Environment &env = node.site.environments[envRow];
    const QDateTime last = env.lastSnapshot ? env.lastSnapshot->createdAt : QDateTime();
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return env.name;
        if (column == KindColumn)
            return DisplayText::environmentKind(env);
        if (column == LastBackupColumn)
            return TimeText::relative(last, m_clock);
        return {};
    case Qt::ToolTipRole:
        if (column == NameColumn)
            return env.isProtected ? tr("%1 — protected: restores ask for explicit confirmation").arg(env.url.toDisplayString())
                                   : env.url.toDisplayString();
        if (column == LastBackupColumn) {
            QString text = DisplayText::freshness(freshnessOf(node, envRow));
            if (last.isValid())
                text += QLatin1Char('\n') + tr("Newest ready snapshot: %1").arg(TimeText::absolute(last));
            if (const EnvironmentPolicy *p = node.hasPolicy ? node.policy.forEnvironment(env.name) : nullptr)
                text += QLatin1Char('\n') + tr("Scheduled backups: %1").arg(DisplayText::cadence(*p));
            if (node.busy.contains(env.name))
                text += QLatin1Char('\n') + tr("A capture or restore is running");
            return text;
        }
        return {};
    case Qt::DecorationRole:
        if (column == NameColumn)
            return Icons::get(env.isProtected ? QStringLiteral("lock") : QStringLiteral("environment"));
        return {};
    case Qt::AccessibleTextRole:
        return tr("Environment %1 of %2").arg(env.name, node.site.name);
    case NodeTypeRole: return int(NodeType::Environment);
    case SiteIdRole: return node.site.id;
    case SiteSlugRole: return node.site.slug;
    case SiteNameRole: return node.site.name;
    case EnvironmentNameRole: return env.name;
    case EnvironmentKindRole: return int(env.kind);
    case ProtectedRole: return env.isProtected;
    case LastSnapshotAtRole: return last;
    case CadenceSecondsRole: return node.cadence.value(env.name);
    case FreshnessRole: return int(freshnessOf(node, envRow));
    case JobRunningRole: return node.busy.contains(env.name);
    case NeedsAttentionRole: return needsAttention(node, envRow);
    case SortRole:
        if (column == NameColumn)
            return env.name; // = sortName()
        if (column == KindColumn)
            return int(env.kind);
        if (column == LastBackupColumn)
            return last.isValid() ? last.toSecsSinceEpoch() : qint64(0);
        return {};
    }
    return {};
}

Freshness FleetModel::freshnessOf(const SiteNode &node, int envRow) const
{
    const Environment &env = node.site.environments[envRow];
    return FreshnessRules::classify(env.lastSnapshot ? env.lastSnapshot->createdAt : QDateTime(),
                                    node.cadence.value(env.name), m_clock->now());
}

// A site row sums up its production environments (previews and staging often have no backups
// at all, and that is fine); a site without production sums up all of its environments.
static bool countsForSite(const Site &site, const Environment &env)
{
    const bool hasProduction = std::any_of(site.environments.begin(), site.environments.end(),
                                           [](const Environment &e) { return e.kind == EnvironmentKind::Production; });
    return !hasProduction || env.kind == EnvironmentKind::Production;
}

Freshness FleetModel::worstFreshness(const SiteNode &node) const
{
    Freshness worst = Freshness::Fresh;
    for (int i = 0; i < node.site.environments.size(); ++i) {
        if (!countsForSite(node.site, node.site.environments[i]))
            continue;
        const Freshness f = freshnessOf(node, i);
        if (FreshnessRules::severity(f) > FreshnessRules::severity(worst))
            worst = f;
    }
    return node.site.environments.isEmpty() ? Freshness::Unknown : worst;
}

QDateTime FleetModel::oldestLastSnapshot(const SiteNode &node) const
{
    QDateTime oldest;
    for (const Environment &env : node.site.environments) {
        if (!countsForSite(node.site, env))
            continue;
        if (!env.lastSnapshot)
            return {}; // one of them never backed up: the site's "last backup" is never
        if (!oldest.isValid() || env.lastSnapshot->createdAt < oldest)
            oldest = env.lastSnapshot->createdAt;
    }
    return oldest;
}

bool FleetModel::needsAttention(const SiteNode &node, int envRow) const
{
    if (node.site.environments[envRow].kind != EnvironmentKind::Production)
        return false;
    const Freshness f = freshnessOf(node, envRow);
    return f == Freshness::Late || f == Freshness::Stale || f == Freshness::Never;
}

// --- Updates ---

void FleetModel::follow(const FleetLoader *loader)
{
    connect(loader, &FleetLoader::sitesReset, this, &FleetModel::setSites);
    connect(loader, &FleetLoader::refreshStarted, this, &FleetModel::beginRefresh);
    connect(loader, &FleetLoader::sitesReceived, this, &FleetModel::mergeSites);
    connect(loader, &FleetLoader::listingEnded, this, [this](bool complete) {
        if (complete)
            endRefresh();
        else
            endRefreshKeepingAll();
    });
    connect(loader, &FleetLoader::policyReceived, this, &FleetModel::setPolicy);
    connect(loader, &FleetLoader::runningJobsReceived, this, &FleetModel::setRunningJobs);
}

void FleetModel::setSites(const QList<Site> &sites)
{
    beginResetModel();
    m_nodes.clear();
    m_byId.clear();
    for (const Site &site : sites) {
        auto node = std::make_unique<SiteNode>();
        node->site = site;
        node->row = int(m_nodes.size());
        m_byId.insert(site.id, node.get());
        m_nodes.push_back(std::move(node));
    }
    endResetModel();
    Q_EMIT countsChanged();
}

void FleetModel::beginRefresh()
{
    m_refreshing = true;
    for (auto &node : m_nodes)
        node->seen = false;
}

int FleetModel::insertionRowFor(const QString &slug) const
{
    auto it = std::lower_bound(m_nodes.begin(), m_nodes.end(), slug,
                               [](const std::unique_ptr<SiteNode> &n, const QString &s) { return n->site.slug < s; });
    return int(it - m_nodes.begin());
}

void FleetModel::mergeSites(const QList<Site> &sites)
{
    // New sites of a page usually all go at the end (first load, pages in slug order): collect
    // consecutive ones and insert them with one beginInsertRows, so 5,000 sites are 50 inserts.
    std::vector<std::unique_ptr<SiteNode>> pending;
    int pendingRow = -1;
    auto flush = [&] {
        if (!pending.empty())
            insertNodes(pendingRow, std::move(pending));
        pending.clear();
        pendingRow = -1;
    };
    QList<SiteNode *> changed;
    for (const Site &site : sites) {
        if (SiteNode *existing = m_byId.value(site.id)) {
            existing->seen = true;
            updateNode(*existing, site);
            changed << existing;
            continue;
        }
        int row = insertionRowFor(site.slug);
        if (pendingRow >= 0 && row != pendingRow) {
            flush();
            row = insertionRowFor(site.slug);
        }
        if (pendingRow < 0)
            pendingRow = row;
        auto node = std::make_unique<SiteNode>();
        node->site = site;
        pending.push_back(std::move(node));
    }
    flush();
    // Rows are read after the inserts, which may have moved the updated sites down.
    int changedFirst = INT_MAX, changedLast = -1;
    for (const SiteNode *node : std::as_const(changed)) {
        changedFirst = std::min(changedFirst, node->row);
        changedLast = std::max(changedLast, node->row);
    }
    if (changedLast >= 0)
        Q_EMIT dataChanged(index(changedFirst, 0), index(changedLast, ColumnCount - 1));
    Q_EMIT countsChanged();
}

void FleetModel::endRefresh()
{
    if (!m_refreshing)
        return;
    m_refreshing = false;
    // Drop the sites the listing no longer has, from the end so rows stay valid, by ranges.
    int last = -1;
    for (int row = int(m_nodes.size()) - 1; row >= -1; --row) {
        const bool gone = row >= 0 && !m_nodes[size_t(row)]->seen;
        if (gone && last < 0)
            last = row;
        if (!gone && last >= 0) {
            removeNodes(row + 1, last);
            last = -1;
        }
    }
    Q_EMIT countsChanged();
}

void FleetModel::updateNode(SiteNode &node, const Site &site)
{
    QStringList oldNames, newNames;
    for (const Environment &e : node.site.environments)
        oldNames << e.name;
    for (const Environment &e : site.environments)
        newNames << e.name;
    const QModelIndex parentIndex = createIndex(node.row, 0, nullptr);
    if (oldNames == newNames) {
        node.site = site;
        if (!site.environments.isEmpty())
            Q_EMIT dataChanged(index(0, 0, parentIndex), index(int(site.environments.size()) - 1, ColumnCount - 1, parentIndex));
        return;
    }
    // Environments were added or removed: rare, so replace the children wholesale.
    if (!oldNames.isEmpty()) {
        beginRemoveRows(parentIndex, 0, int(oldNames.size()) - 1);
        node.site.environments.clear();
        endRemoveRows();
    }
    if (!newNames.isEmpty()) {
        beginInsertRows(parentIndex, 0, int(newNames.size()) - 1);
        node.site = site;
        endInsertRows();
    } else {
        node.site = site;
    }
}

void FleetModel::insertNodes(int row, std::vector<std::unique_ptr<SiteNode>> nodes)
{
    beginInsertRows({}, row, row + int(nodes.size()) - 1);
    for (auto &n : nodes)
        m_byId.insert(n->site.id, n.get());
    m_nodes.insert(m_nodes.begin() + row, std::make_move_iterator(nodes.begin()), std::make_move_iterator(nodes.end()));
    renumberFrom(row);
    endInsertRows();
}

void FleetModel::removeNodes(int first, int last)
{
    beginRemoveRows({}, first, last);
    for (int r = first; r <= last; ++r)
        m_byId.remove(m_nodes[size_t(r)]->site.id);
    m_nodes.erase(m_nodes.begin() + first, m_nodes.begin() + last + 1);
    renumberFrom(first);
    endRemoveRows();
}

void FleetModel::renumberFrom(int row)
{
    for (size_t i = size_t(row); i < m_nodes.size(); ++i)
        m_nodes[i]->row = int(i);
}

void FleetModel::emitSiteChanged(const SiteNode &node)
{
    const QModelIndex siteIndex = createIndex(node.row, 0, nullptr);
    Q_EMIT dataChanged(siteIndex, index(node.row, ColumnCount - 1));
    const int envs = int(node.site.environments.size());
    if (envs > 0)
        Q_EMIT dataChanged(index(0, 0, siteIndex), index(envs - 1, ColumnCount - 1, siteIndex));
}

void FleetModel::setPolicy(const BackupPolicy &policy)
{
    SiteNode *node = m_byId.value(policy.siteId);
    if (!node)
        return;
    node->cadence.clear();
    for (const EnvironmentPolicy &p : policy.environments)
        node->cadence.insert(p.environment, p.cadenceSeconds());
    node->policy = policy;
    node->hasPolicy = true;
    emitSiteChanged(*node);
    Q_EMIT countsChanged(); // a schedule decides whether its environments are behind
}

bool FleetModel::hasPolicy(const QString &siteId) const
{
    const SiteNode *node = m_byId.value(siteId);
    return node && node->hasPolicy;
}

QList<BackupPolicy> FleetModel::policies() const
{
    QList<BackupPolicy> result;
    for (const auto &node : m_nodes) {
        if (node->hasPolicy)
            result << node->policy;
    }
    return result;
}

void FleetModel::setJobRunning(const QString &siteId, const QString &environment, bool running)
{
    SiteNode *node = m_byId.value(siteId);
    if (!node || node->busy.contains(environment) == running)
        return;
    if (running)
        node->busy.insert(environment);
    else
        node->busy.remove(environment);
    emitSiteChanged(*node);
}

void FleetModel::setRunningJobs(const QList<Job> &jobs)
{
    QHash<QString, QSet<QString>> busy;
    for (const Job &job : jobs)
        busy[job.siteId].insert(job.environment);
    for (auto &node : m_nodes) {
        const QSet<QString> now = busy.value(node->site.id);
        if (node->busy != now) {
            node->busy = now;
            emitSiteChanged(*node);
        }
    }
}

void FleetModel::refreshAges()
{
    if (m_nodes.empty())
        return;
    // One signal for all sites and one per expanded-or-not site's children: views repaint only
    // what is visible, and no roles other than the time-derived ones change.
    const QList<int> roles{Qt::DisplayRole, Qt::ToolTipRole, FreshnessRole, NeedsAttentionRole};
    Q_EMIT dataChanged(index(0, LastBackupColumn), index(int(m_nodes.size()) - 1, LastBackupColumn), roles);
    for (const auto &node : m_nodes) {
        const int envs = int(node->site.environments.size());
        if (envs > 0) {
            const QModelIndex p = createIndex(node->row, 0, nullptr);
            Q_EMIT dataChanged(index(0, LastBackupColumn, p), index(envs - 1, LastBackupColumn, p), roles);
        }
    }
    Q_EMIT countsChanged();
}

// --- Queries ---

QList<Site> FleetModel::sites() const
{
    QList<Site> result;
    result.reserve(qsizetype(m_nodes.size()));
    for (const auto &node : m_nodes)
        result << node->site;
    return result;
}

int FleetModel::siteCount() const
{
    return int(m_nodes.size());
}

std::optional<Site> FleetModel::siteAt(const QModelIndex &index) const
{
    if (index.model() != this)
        return std::nullopt;
    const SiteNode *node = nodeFor(index);
    return node ? std::optional<Site>(node->site) : std::nullopt;
}

QString FleetModel::environmentAt(const QModelIndex &index) const
{
    if (index.model() != this || !index.internalPointer())
        return {};
    return nodeFor(index)->site.environments[index.row()].name;
}

QModelIndex FleetModel::indexFor(const QString &siteId, const QString &environment) const
{
    const SiteNode *node = m_byId.value(siteId);
    if (!node)
        return {};
    if (environment.isEmpty())
        return createIndex(node->row, 0, nullptr);
    for (int i = 0; i < node->site.environments.size(); ++i) {
        if (node->site.environments[i].name == environment)
            return createIndex(i, 0, const_cast<SiteNode *>(node));
    }
    return {};
}

int FleetModel::productionEnvironmentCount() const
{
    int n = 0;
    for (const auto &node : m_nodes)
        n += int(std::count_if(node->site.environments.begin(), node->site.environments.end(),
                               [](const Environment &e) { return e.kind == EnvironmentKind::Production; }));
    return n;
}

HealthCounts FleetModel::productionHealth() const
{
    HealthCounts counts;
    for (const auto &node : m_nodes) {
        for (int i = 0; i < node->site.environments.size(); ++i) {
            if (node->site.environments[i].kind == EnvironmentKind::Production)
                counts.add(freshnessOf(*node, i));
        }
    }
    return counts;
}
