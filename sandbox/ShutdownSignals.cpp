#include "ShutdownSignals.h"

#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

int ShutdownSignals::s_fds[2] = {-1, -1};

ShutdownSignals::ShutdownSignals(QObject *parent)
    : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_fds) != 0)
        return;
    m_notifier = new QSocketNotifier(s_fds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char c;
        if (::read(s_fds[1], &c, 1) > 0)
            Q_EMIT shutdownRequested();
    });
    struct sigaction sa = {};
    sa.sa_handler = &ShutdownSignals::handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &sa, nullptr);
    ::sigaction(SIGTERM, &sa, nullptr);
}

void ShutdownSignals::handler(int)
{
    const char c = 1;
    // Only write(2) here: it is async-signal-safe.
    [[maybe_unused]] const auto n = ::write(s_fds[0], &c, 1);
}
