#include "FleetFilterProxy.h"

#include "FleetModel.h"

FleetFilterProxy::FleetFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Recursive: an environment that matches keeps its site visible.
    setRecursiveFilteringEnabled(true);
    setSortRole(FleetModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void FleetFilterProxy::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateFilter();
}

void FleetFilterProxy::setAttentionOnly(bool on)
{
    if (on == m_attentionOnly)
        return;
    m_attentionOnly = on;
    invalidateFilter();
    Q_EMIT attentionOnlyChanged(on);
}

bool FleetFilterProxy::siteMatches(const QModelIndex &siteIndex) const
{
    if (m_search.isEmpty())
        return true;
    return siteIndex.data(FleetModel::SiteSlugRole).toString().contains(m_search, Qt::CaseInsensitive)
        || siteIndex.data(FleetModel::SiteNameRole).toString().contains(m_search, Qt::CaseInsensitive);
}

bool FleetFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    const bool isSite = !sourceParent.isValid();
    if (isSite) {
        // In attention mode a site is only shown through its children (recursive filtering).
        return !m_attentionOnly && siteMatches(idx);
    }
    if (m_attentionOnly && !idx.data(FleetModel::NeedsAttentionRole).toBool())
        return false;
    if (m_search.isEmpty() || siteMatches(sourceParent))
        return true;
    return idx.data(FleetModel::EnvironmentNameRole).toString().contains(m_search, Qt::CaseInsensitive);
}

bool FleetFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(FleetModel::SortRole);
    const QVariant r = right.data(FleetModel::SortRole);
    if (l.typeId() == QMetaType::QString)
        return QString::localeAwareCompare(l.toString(), r.toString()) < 0;
    return QVariant::compare(l, r) == QPartialOrdering::Less;
}
