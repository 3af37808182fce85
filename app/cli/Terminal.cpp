#include "Terminal.h"

#include <QByteArray>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

Terminal::Terminal() = default;

Terminal::~Terminal()
{
    clearProgress();
    setEcho(true);
}

bool Terminal::stdinIsTerminal() { return ::isatty(STDIN_FILENO) == 1; }
bool Terminal::stdoutIsTerminal() { return ::isatty(STDOUT_FILENO) == 1; }
bool Terminal::stderrIsTerminal() { return ::isatty(STDERR_FILENO) == 1; }

void Terminal::write(int fd, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n <= 0)
            return; // a closed pipe (mf … | head): nothing sensible left to do with the output
        done += n;
    }
}

QString Terminal::printable(const QString &text)
{
    // Labels, names and error messages come from the network: an escape sequence in one could
    // clear the screen or rewrite a confirmation prompt. Only line breaks and tabs stay.
    QString clean = text;
    for (QChar &c : clean) {
        if (c.category() == QChar::Other_Control && c != QLatin1Char('\n') && c != QLatin1Char('\t'))
            c = QChar(0xFFFD);
    }
    return clean;
}

void Terminal::out(const QString &text)
{
    clearProgress();
    write(STDOUT_FILENO, printable(text));
}

void Terminal::outLine(const QString &line)
{
    out(line + QLatin1Char('\n'));
}

void Terminal::errLine(const QString &line)
{
    clearProgress();
    write(STDERR_FILENO, printable(line) + QLatin1Char('\n'));
}

void Terminal::progress(const QString &line)
{
    if (!m_progressEnabled)
        return;
    // Carriage return + "erase to end of line": the line is redrawn in place.
    write(STDERR_FILENO, QStringLiteral("\r\033[K") + printable(line));
    m_progressShown = true;
}

void Terminal::clearProgress()
{
    if (!m_progressShown)
        return;
    write(STDERR_FILENO, QStringLiteral("\r\033[K"));
    m_progressShown = false;
}

void Terminal::prompt(const QString &text)
{
    clearProgress();
    write(STDERR_FILENO, printable(text));
}

void Terminal::setEcho(bool on)
{
    if (!stdinIsTerminal() || on == !m_echoOff)
        return;
    termios t{};
    if (::tcgetattr(STDIN_FILENO, &t) != 0)
        return;
    if (on)
        t.c_lflag |= ECHO;
    else
        t.c_lflag &= ~tcflag_t(ECHO);
    if (::tcsetattr(STDIN_FILENO, TCSANOW, &t) == 0)
        m_echoOff = !on;
    if (on)
        write(STDERR_FILENO, QStringLiteral("\n")); // the Enter the user typed was not echoed
}
