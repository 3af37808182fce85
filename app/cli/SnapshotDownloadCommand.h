#pragma once

#include "Command.h"

#include <QFutureWatcher>
#include <QJsonObject>
#include <QStringList>

#include "transfer/ArchiveExtractor.h"

class TransferManager;
struct TransferInfo;

// mf snapshot download ID --site SITE [--db|--files] [-o PATH] [--force] [--extract DIR]
// The archive is written to "<name>.part", checked against the server's SHA-256 and only then
// renamed. An interrupted download (Ctrl-C, network loss) is kept and resumed by running the
// same command again. --extract then unpacks the verified archive safely into DIR and checks
// each component against the archive's manifest (ArchiveExtractor).
class SnapshotDownloadCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

    QString syntax() const override { return tr("SNAPSHOT_ID"); }
    void addOptions(QCommandLineParser &parser) override;
    QString readArguments(const QCommandLineParser &parser) override;
    void start() override;
    void interrupt() override;

private:
    void begin(ApiClient *api);
    void onChanged(const QString &id);
    void onFinished(const QString &id);
    void report(const TransferInfo &info);
    void extract(const QString &archivePath, const QJsonObject &downloaded);
    void reportExtraction(const QString &archivePath, const QJsonObject &downloaded);

    QString m_site;
    QString m_snapshotId;
    QStringList m_selectors;
    QString m_directory;
    QString m_fileName;   // empty = the server's suggestion
    bool m_force = false;
    TransferManager *m_manager = nullptr;
    QString m_id;
    bool m_pausing = false;
    QString m_extractTo;  // empty = keep the archive as it is
    QFutureWatcher<ArchiveExtractor::Result> *m_extraction = nullptr;
};
