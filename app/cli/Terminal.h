#pragma once

#include <QString>

// Where `mf` writes: results to stdout, messages and progress to stderr. Progress is a single
// line rewritten in place, only when stderr is a terminal (never in a pipe or a log file).
class Terminal
{
public:
    Terminal();
    ~Terminal();
    Terminal(const Terminal &) = delete;
    Terminal &operator=(const Terminal &) = delete;

    static bool stdinIsTerminal();
    static bool stdoutIsTerminal();
    static bool stderrIsTerminal();

    // Everything written goes through printable(): control characters other than line breaks
    // and tabs become U+FFFD, so text from the network cannot drive the terminal.
    static QString printable(const QString &text);

    void out(const QString &text);         // to stdout
    void outLine(const QString &line);
    void errLine(const QString &line);     // clears a progress line first

    // Off for --json and when stderr is not a terminal.
    void setProgressEnabled(bool on) { m_progressEnabled = on && stderrIsTerminal(); }
    bool progressEnabled() const { return m_progressEnabled; }
    void progress(const QString &line);
    void clearProgress();

    // Prompts go to stderr so that stdout stays clean for results.
    void prompt(const QString &text);
    // Typing is not echoed (for the API key); restored by setEcho(true) or at destruction.
    void setEcho(bool on);

private:
    static void write(int fd, const QString &text);

    bool m_progressEnabled = false;
    bool m_progressShown = false;
    bool m_echoOff = false;
};
