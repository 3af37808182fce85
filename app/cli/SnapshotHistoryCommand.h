#pragma once

#include "IndexedCommand.h"

class PathHistory;

// mf snapshot history PATH --site SITE --env ENV [--db] [--last N] [--cached] [--json]: the
// versions of one path across the newest N ready snapshots of an environment (size, SHA-256,
// whether it changed from the snapshot before), newest first. Snapshots not indexed yet are
// indexed first (downloading their archives), unless --cached asks to use only what is there.
class SnapshotHistoryCommand : public IndexedCommand
{
    Q_OBJECT
public:
    using IndexedCommand::IndexedCommand;

    QString syntax() const override { return tr("PATH"); }
    void addOptions(QCommandLineParser &parser) override;
    QString readArguments(const QCommandLineParser &parser) override;
    void start() override;

private:
    QString notFoundText() const override;
    void onListed(ApiClient *api, ApiReply *reply);
    void report();
    void print(const PathHistory &history);

    QString m_env;
    QString m_path;
    QString m_typedPath;
    IndexComponent m_component = IndexComponent::Files;
    int m_last = 10;
    bool m_cachedOnly = false;
    QString m_siteId;
    QStringList m_ids; // the snapshots looked at, newest first
};
