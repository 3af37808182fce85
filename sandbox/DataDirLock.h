#pragma once

#include <QString>

// The serving process's claim on a data directory: an flock(2) on <data>/sandbox.lock, held
// for the process's lifetime and released by the kernel however the process ends (even on
// SIGKILL, so a crash never leaves a stale lock). Only the holder may clean the directory's
// work (tmp/, interrupted restores and jobs); a second process — `mf-sandbox keys`, or a
// second server — sees it held and leaves that work alone.
class DataDirLock
{
public:
    DataDirLock() = default;
    ~DataDirLock();
    DataDirLock(const DataDirLock &) = delete;
    DataDirLock &operator=(const DataDirLock &) = delete;

    // Takes the lock, or returns false with *error naming the process that holds it.
    bool acquire(const QString &dataDir, QString *error);
    bool isHeld() const { return m_fd >= 0; }
    static QString fileName(const QString &dataDir);

private:
    int m_fd = -1;
};
