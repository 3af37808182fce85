#pragma once

#include "api/Site.h"

#include <QList>
#include <QPair>
#include <QWidget>

#include <optional>

class FleetFilterProxy;
class FleetModel;
class QAction;
class QLineEdit;
class QPushButton;
class QTimer;
class QTreeView;

// The left side of the main window: search field, fleet summary and the sites/environments tree.
class FleetView : public QWidget
{
    Q_OBJECT
public:
    explicit FleetView(FleetModel *model, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    QLineEdit *searchField() const { return m_search; }
    FleetFilterProxy *proxy() const { return m_proxy; }
    void setContextActions(const QList<QAction *> &actions);

    // The current row's site and environment (empty environment for a site row).
    std::optional<Site> currentSite() const;
    QString currentEnvironment() const;
    // Every selected environment; a selected site counts as all its environments.
    QList<QPair<Site, QString>> selectedEnvironments() const;
    bool select(const QString &siteId, const QString &environment);

    void focusSearch();
    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

Q_SIGNALS:
    void currentChanged();    // the environment (or site) shown on the right changed
    void selectionChanged();  // the set for the bulk action changed

private:
    void updateSummary();
    void applySearch();

    FleetModel *m_model;
    FleetFilterProxy *m_proxy;
    QLineEdit *m_search;
    QPushButton *m_summary;
    QTreeView *m_tree;
    QTimer *m_searchDelay;
};
