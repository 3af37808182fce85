#pragma once

#include "ExitCode.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class Command;
class CommandContext;
struct CommandCatalogEntry;

// Reads `mf [--json] GROUP VERB [options] [args]`, answers --help and --version at every level,
// and runs the chosen command. Ends by emitting done() with the exit status.
class CommandLine : public QObject
{
    Q_OBJECT
public:
    explicit CommandLine(QObject *parent = nullptr);
    ~CommandLine() override;

    // Call once the event loop runs: done() may come at once (help, usage errors) or much later.
    void run(const QStringList &arguments);
    void interrupt();

    static QString mainHelp();
    static QString version();

Q_SIGNALS:
    void done(int exitCode);

private:
    void runCommand(const QString &group, const QString &verb, const QStringList &args, bool json);
    void usageError(const QString &message, const QString &helpCommand, int exitCode = ExitCode::Usage);
    void finishLater(int exitCode);
    static QString groupHelp(const QString &group);

    CommandContext *m_context;
    QPointer<Command> m_command;
    bool m_done = false;
};
