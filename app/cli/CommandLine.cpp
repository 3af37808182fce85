#include "CommandLine.h"

#include "Command.h"
#include "CommandCatalog.h"
#include "CommandContext.h"
#include "ExitCode.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMetaObject>

namespace {
bool isHelp(const QString &a) { return a == QLatin1String("-h") || a == QLatin1String("--help") || a == QLatin1String("-?"); }
bool isVersion(const QString &a) { return a == QLatin1String("--version") || a == QLatin1String("-v"); }
bool isJson(const QString &a) { return a == QLatin1String("--json"); }
} // namespace

CommandLine::CommandLine(QObject *parent)
    : QObject(parent), m_context(new CommandContext(this))
{
}

CommandLine::~CommandLine() = default;

QString CommandLine::version()
{
    return tr("mf %1 (Managed Desktop)").arg(QStringLiteral(MF_VERSION));
}

QString CommandLine::mainHelp()
{
    QString text = tr("Usage: mf [--json] GROUP COMMAND [options] [arguments]\n\n"
                      "Snapshots and backups of managed.dev sites, for scripts and terminals.\n\n"
                      "Commands:\n");
    for (const CommandCatalog::Entry &e : CommandCatalog::entries())
        text += QStringLiteral("  %1 %2").arg(e.group, e.verb).leftJustified(22) + e.summary + QLatin1Char('\n');
    text += tr("\nOptions (at every level):\n"
               "  --json        machine-readable output on stdout (errors as JSON on stderr)\n"
               "  -h, --help    help for mf, a group (mf snapshot --help) or a command\n"
               "  --version     the version of mf\n\n"
               "Environment:\n"
               "  MF_API_KEY    use this API key instead of the signed-in account (scripts, CI)\n"
               "  MF_API_URL    the API to use with MF_API_KEY (default: the account's, else\n"
               "                https://api.managed.dev/v1)\n\n");
    text += ExitCode::helpText();
    text += tr("\nRun 'mf GROUP COMMAND --help' for a command's options.\n");
    return text;
}

QString CommandLine::groupHelp(const QString &group)
{
    const CommandCatalog::Group *g = CommandCatalog::findGroup(group);
    QString text = tr("Usage: mf %1 COMMAND [options]\n\n%2\n\nCommands:\n").arg(group, g ? g->summary : QString());
    for (const CommandCatalog::Entry &e : CommandCatalog::entries()) {
        if (e.group == group)
            text += QStringLiteral("  ") + e.verb.leftJustified(12) + e.summary + QLatin1Char('\n');
    }
    text += tr("\nRun 'mf %1 COMMAND --help' for a command's options.\n").arg(group);
    return text;
}

void CommandLine::run(const QStringList &arguments)
{
    QString group, verb;
    QStringList rest;
    bool help = false, showVersion = false, json = false;
    // Only flags may come before the group; the command's own options come after its name.
    for (const QString &a : arguments.mid(1)) {
        if (group.isEmpty()) {
            if (isHelp(a))
                help = true;
            else if (isVersion(a))
                showVersion = true;
            else if (isJson(a))
                json = true;
            else if (a.startsWith(QLatin1Char('-'))) {
                usageError(tr("unknown option '%1'").arg(a), QStringLiteral("mf --help"));
                return;
            } else
                group = a;
        } else if (verb.isEmpty() && !a.startsWith(QLatin1Char('-')) && !CommandCatalog::find(group, QString())) {
            verb = a; // (a command of one word, `mf report`, takes everything after it as its own)
        } else {
            rest << a;
        }
    }

    if (group.isEmpty()) {
        if (showVersion) {
            m_context->terminal().outLine(version());
            finishLater(ExitCode::Ok);
        } else if (help) {
            m_context->terminal().out(mainHelp());
            finishLater(ExitCode::Ok);
        } else {
            usageError(tr("a command is needed"), QStringLiteral("mf --help"));
        }
        return;
    }
    if (!CommandCatalog::findGroup(group)) {
        usageError(tr("unknown command '%1'").arg(group), QStringLiteral("mf --help"));
        return;
    }
    if (verb.isEmpty() && !CommandCatalog::find(group, QString())) {
        if (help || std::any_of(rest.cbegin(), rest.cend(), isHelp)) {
            m_context->terminal().out(groupHelp(group));
            finishLater(ExitCode::Ok);
        } else if (showVersion || std::any_of(rest.cbegin(), rest.cend(), isVersion)) {
            m_context->terminal().outLine(version());
            finishLater(ExitCode::Ok);
        } else {
            usageError(tr("'mf %1' needs a command").arg(group), QStringLiteral("mf %1 --help").arg(group));
        }
        return;
    }
    if (help)
        rest.prepend(QStringLiteral("--help"));
    if (showVersion)
        rest.prepend(QStringLiteral("--version"));
    runCommand(group, verb, rest, json);
}

void CommandLine::runCommand(const QString &group, const QString &verb, const QStringList &args, bool json)
{
    const CommandCatalog::Entry *entry = CommandCatalog::find(group, verb);
    if (!entry) {
        usageError(tr("unknown command '%1 %2'").arg(group, verb), QStringLiteral("mf %1 --help").arg(group));
        return;
    }
    Command *command = entry->make(m_context, this);
    m_command = command;

    QCommandLineParser parser;
    parser.setApplicationDescription(entry->summary);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption(QStringLiteral("version"), tr("Show the version of mf."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Machine-readable output on stdout."));
    parser.addOption(versionOption);
    parser.addOption(jsonOption);
    command->addOptions(parser);

    const QString name = verb.isEmpty() ? group : group + QLatin1Char(' ') + verb;
    const QString helpCommand = QStringLiteral("mf %1 --help").arg(name);
    if (!parser.parse(QStringList{QStringLiteral("mf")} + args)) {
        usageError(parser.errorText(), helpCommand, command->usageExitCode());
        return;
    }
    if (parser.isSet(helpOption)) {
        // QCommandLineParser's usage line names only the program; ours names the command too.
        QString text = parser.helpText();
        const qsizetype eol = text.indexOf(QLatin1Char('\n'));
        const QString usage = tr("Usage: mf %1 %2 [options]").arg(group, verb).simplified() // one word: no double space
                              + (command->syntax().isEmpty() ? QString() : QLatin1Char(' ') + command->syntax());
        text = usage + (eol >= 0 ? text.mid(eol) : QString());
        m_context->terminal().out(text);
        finishLater(ExitCode::Ok);
        return;
    }
    if (parser.isSet(versionOption)) {
        m_context->terminal().outLine(version());
        finishLater(ExitCode::Ok);
        return;
    }
    m_context->setJson(json || parser.isSet(jsonOption));
    const QString problem = command->readArguments(parser);
    if (!problem.isEmpty()) {
        usageError(problem, helpCommand, command->usageExitCode());
        return;
    }
    connect(command, &Command::finished, this, [this](int code) {
        if (!m_done) {
            m_done = true;
            Q_EMIT done(code);
        }
    });
    command->start();
}

void CommandLine::interrupt()
{
    if (m_command && !m_command->isFinished())
        m_command->interrupt();
    else
        finishLater(ExitCode::Interrupted);
}

void CommandLine::usageError(const QString &message, const QString &helpCommand, int exitCode)
{
    m_context->terminal().errLine(tr("mf: %1").arg(message));
    m_context->terminal().errLine(tr("Run '%1' for usage.").arg(helpCommand));
    finishLater(exitCode);
}

void CommandLine::finishLater(int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    QMetaObject::invokeMethod(this, [this, exitCode] { Q_EMIT done(exitCode); }, Qt::QueuedConnection);
}
