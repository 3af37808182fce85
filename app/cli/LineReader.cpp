#include "LineReader.h"

#include <QSocketNotifier>

#include <cerrno>
#include <unistd.h>

namespace {
// An API key or an environment name is short: a megabyte of input is a mistake, not a line.
constexpr qsizetype kMaxLine = 64 * 1024;
}

LineReader::LineReader(QObject *parent) : QObject(parent) {}

LineReader::~LineReader() = default;

void LineReader::start()
{
    if (m_notifier)
        return;
    m_buffer.clear();
    m_notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &LineReader::onReadable);
}

void LineReader::stop()
{
    // stop() is usually called from the notifier's own activated(): it must outlive that call.
    if (m_notifier) {
        m_notifier->setEnabled(false);
        disconnect(m_notifier, nullptr, this, nullptr);
        m_notifier->deleteLater();
    }
    m_notifier = nullptr;
    // The buffer may hold a secret: do not keep it around.
    m_buffer.fill('\0');
    m_buffer.clear();
}

void LineReader::onReadable()
{
    char chunk[4096];
    const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
    if (n < 0 && (errno == EAGAIN || errno == EINTR))
        return;
    if (n <= 0) { // end of input, or an error that ends it just the same
        const QByteArray partial = m_buffer;
        stop();
        if (partial.isEmpty())
            Q_EMIT closed();
        else
            deliver(partial);
        return;
    }
    m_buffer.append(chunk, n);
    const qsizetype nl = m_buffer.indexOf('\n');
    if (nl >= 0) {
        const QByteArray line = m_buffer.left(nl);
        stop();
        deliver(line);
    } else if (m_buffer.size() > kMaxLine) {
        stop();
        Q_EMIT closed();
    }
}

void LineReader::deliver(const QByteArray &line)
{
    QByteArray l = line;
    if (l.endsWith('\r'))
        l.chop(1);
    Q_EMIT lineRead(QString::fromUtf8(l));
}
