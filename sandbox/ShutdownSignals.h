#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGINT/SIGTERM into a normal event-loop exit (self-pipe), so the sandbox drains its
// jobs and closes its database instead of dying mid-write.
class ShutdownSignals : public QObject
{
    Q_OBJECT
public:
    explicit ShutdownSignals(QObject *parent = nullptr);

Q_SIGNALS:
    void shutdownRequested();

private:
    static void handler(int);
    static int s_fds[2];
    QSocketNotifier *m_notifier = nullptr;
};
