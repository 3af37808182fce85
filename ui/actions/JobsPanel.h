#pragma once

#include <QWidget>

class JobTracker;
class JobsModel;
class QLabel;
class QTreeView;

// The Jobs panel: captures and restores in progress or recently ended, including those started
// before the app was last closed (JobTracker found them again).
class JobsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit JobsPanel(JobTracker *tracker, QWidget *parent = nullptr);

    JobsModel *model() const;
    QTreeView *view() const;
    void setSiteName(const QString &siteId, const QString &name);

private:
    void updateEmpty();
    void copySelected();

    JobsModel *m_model;
    QTreeView *m_view;
    QLabel *m_empty;
};
