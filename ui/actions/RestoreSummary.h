#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// The plain-words sentences of a restore: what will be overwritten and what will not. Kept apart
// from the dialog so the wording — the one thing standing between support staff and a wrong
// restore on production — is tested on its own.
class RestoreSummary
{
    Q_DECLARE_TR_FUNCTIONS(RestoreSummary)
public:
    struct Input
    {
        QString siteName;
        QString sourceEnvironment;   // the snapshot's environment
        QString targetEnvironment;
        QDateTime snapshotTime;      // UTC
        bool database = false;
        bool files = false;
        bool safetySnapshot = false;
    };

    // "The database of acme-store / production will be replaced by the one from 24 Nov 2026 09:30.
    //  Files will not change."
    static QString whatChanges(const Input &in);
    // What happens before: the safety snapshot, or that there will be none.
    static QString safetyNote(const Input &in);
    // After a successful restore.
    static QString done(const Input &in);
    // How times are written in these sentences (local time, unambiguous month name).
    static QString formatTime(const QDateTime &utc);
};
