#pragma once

#include "report/ReportFile.h"
#include "api/Site.h"
#include "report/ClientReport.h"

#include <QDialog>
#include <QList>

class ApiClient;
class Clock;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class ReportLoader;

// "Export report…": a client report of a period for all sites or the checked ones, as PDF, HTML
// or CSV. The dialog stays open while the platform is read, with progress, and shows any error
// in place so the export can be tried again.
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    // sites: the fleet as the window knows it, for choosing some; the report reads them afresh.
    ReportDialog(ApiClient *api, const QList<Site> &sites, const Clock *clock, QWidget *parent = nullptr);
    ~ReportDialog() override;

    bool isExporting() const;
    QString fileName() const;

Q_SIGNALS:
    // The report was written to fileName.
    void exported(const QString &fileName);

protected:
    void reject() override;

private:
    void chooseFile();
    void exportReport();
    void onFinished(const ClientReport &report);
    void onFailed(const QString &message);
    void setBusy(bool busy);
    void showError(const QString &message);
    void showStatus(const QString &message);
    ReportFile::Format format() const;
    void updateState();

    const Clock *m_clock;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QRadioButton *m_allSites;
    QRadioButton *m_chosenSites;
    QListWidget *m_siteList;
    QComboBox *m_format;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_export;
    ReportLoader *m_loader;
};
