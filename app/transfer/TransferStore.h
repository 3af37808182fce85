#pragma once

#include "TransferRecord.h"

#include <QList>
#include <QString>

// One small JSON file per transfer in a folder (the app's or the CLI's state directory), written
// atomically (QSaveFile) so a crash mid-write never loses a record.
class TransferStore
{
public:
    explicit TransferStore(const QString &directory = {}); // empty = nothing is persisted

    bool isEnabled() const { return !m_directory.isEmpty(); }
    QString directory() const { return m_directory; }
    // The platform's default for an app or CLI named by QCoreApplication.
    static QString defaultDirectory();

    bool save(const TransferRecord &record) const;
    void remove(const QString &id) const;
    QList<TransferRecord> loadAll() const; // unreadable files are skipped (and logged)

private:
    QString pathFor(const QString &id) const;
    QString m_directory;
};
