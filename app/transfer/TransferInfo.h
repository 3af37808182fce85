#pragma once

#include "TransferError.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

// A snapshot of one transfer as TransferManager sees it: raw values for a model's roles (text is
// made only for display, by stateText() or the view).
struct TransferInfo
{
    enum class State {
        Queued,    // waiting for a free slot
        Running,   // connecting, downloading, or waiting to retry after a network error
        Verifying, // all bytes are in; the digest is being finished and the file moved into place
        Paused,    // stopped by the user or restored after a restart; the .part is kept
        Completed, // verified and renamed into place (filePath)
        Failed,    // error says why; error.isResumable() tells whether resume() continues
        Cancelled, // the .part was deleted
    };

    QString id;
    State state = State::Queued;
    QString site;
    QString snapshotId;
    QStringList selectors;
    QString directory;
    QString fileName;   // empty until the server suggested one (or the caller chose it)
    QString filePath;   // the final file, once Completed
    QString sha256;     // announced checksum, once known
    qint64 bytesDone = 0;
    qint64 totalBytes = -1;
    double bytesPerSecond = 0;
    qint64 etaSeconds = -1;
    TransferError error;
    QDateTime createdAt;
    bool waitsForUser = false; // restored from a run in which the user paused it or it failed

    bool isActive() const { return state == State::Running || state == State::Verifying; }
    bool isFinal() const { return state == State::Completed || state == State::Cancelled; }
    static QString stateText(State state); // translated, for display
};

Q_DECLARE_METATYPE(TransferInfo)
