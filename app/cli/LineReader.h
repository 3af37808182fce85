#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QSocketNotifier;

// Reads one line from standard input without blocking the event loop, so Ctrl-C and timers keep
// working while `mf` waits for a typed confirmation or an API key.
class LineReader : public QObject
{
    Q_OBJECT
public:
    explicit LineReader(QObject *parent = nullptr);
    ~LineReader() override;

    void start();
    void stop();

Q_SIGNALS:
    // The first line, without its line end. At end of input, whatever came before it.
    void lineRead(const QString &line);
    // End of input before anything was read.
    void closed();

private:
    void onReadable();
    void deliver(const QByteArray &line);

    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_buffer;
};
