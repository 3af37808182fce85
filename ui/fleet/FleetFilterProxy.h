#pragma once

#include <QSortFilterProxyModel>

// Search-as-you-type over the fleet: a site stays when its slug or name matches (with all its
// environments), an environment when its name matches (with its site). Optionally only the
// production environments that need attention (behind their backup schedule, or never backed up). Sorts on FleetModel::SortRole;
// its source is always a FleetModel.
class FleetFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FleetFilterProxy(QObject *parent = nullptr);

    QString searchText() const { return m_search; }
    void setSearchText(const QString &text);
    bool attentionOnly() const { return m_attentionOnly; }
    void setAttentionOnly(bool on);

Q_SIGNALS:
    void attentionOnlyChanged(bool on);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    // Unfiltered, a site has environments exactly when the source says so. The base class
    // would map and sort each site's environments to answer, and the tree asks for every site
    // at every layout: 1,000 sites cost a millisecond each time.
    bool hasChildren(const QModelIndex &parent = {}) const override;

private:
    bool siteMatches(const QModelIndex &siteIndex) const;

    QString m_search;
    bool m_attentionOnly = false;
};
