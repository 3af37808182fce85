#pragma once

#include "CommandContext.h"
#include "api/ApiReply.h"
#include "api/Result.h"

#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

class ApiClient;
class ApiReply;
class QCommandLineParser;
struct ApiError;
class FleetReader;

// One `mf GROUP VERB`. The dispatcher adds the command's options to a parser, lets it read the
// parsed values, then calls start(). Everything after that is asynchronous: the command ends by
// emitting finished() exactly once with its exit status.
class Command : public QObject
{
    Q_OBJECT
public:
    explicit Command(CommandContext *context, QObject *parent = nullptr);
    ~Command() override;

    // Positional arguments for the usage line, e.g. "ID".
    virtual QString syntax() const { return {}; }
    virtual void addOptions(QCommandLineParser &parser);
    // Empty when the arguments make sense; else a sentence saying what is wrong (exit 2).
    virtual QString readArguments(const QCommandLineParser &parser) = 0;
    // The exit status for a command line this command cannot use: 2, unless the command speaks
    // another convention (a monitoring plugin must say "unknown", 3, and never a verdict).
    virtual int usageExitCode() const;
    virtual void start() = 0;
    // Ctrl-C. Cancels tracked requests and finishes with 130; subclasses add what else to stop.
    virtual void interrupt();

    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void finished(int exitCode);

protected:
    CommandContext &ctx() { return *m_context; }
    Terminal &term() { return m_context->terminal(); }
    bool json() const { return m_context->json(); }

    void finish(int exitCode);
    // Finds the key (MF_API_KEY or the signed-in account), makes the ApiClient, then ready().
    // When there is no usable key it reports why and finishes with ExitCode::Auth.
    void withApi(std::function<void(ApiClient *)> ready);
    // Cancelled on interrupt().
    ApiReply *track(ApiReply *reply);
    // Reads every site (with `filter`, the API's own) and its backup policy, all or nothing, then
    // calls done with the reader (its error() says whether it failed). Cancelled on interrupt().
    void readFleet(const QString &filter, std::function<void(const FleetReader &)> done);

    // What a 404 means for this command, in words that name what was looked for ("There is no
    // site 'x' …"), and a hint; empty = the generic sentence, which cannot say.
    virtual QString notFoundText() const { return {}; }
    virtual QString notFoundHint() const { return {}; }
    // The 404 sentence of the commands that look up a site.
    static QString noSuchSite(const QString &site);
    // The 404 sentence of the commands that look up one snapshot of a site.
    static QString noSuchSnapshot(const QString &site, const QString &snapshotId);

    // Reports an error (human sentence + request id on stderr, or a JSON object with --json)
    // and finishes with the exit status that fits it.
    void failApi(const ApiError &error);
    // The same, with the caller's own sentence and hint (empty hint = none).
    void failApi(const ApiError &error, const QString &message, const QString &hint);
    void fail(int exitCode, const QString &message, const QString &hint = {});
    void printJson(const QJsonValue &value);
    // A response that did not parse: a contract violation, reported like any other error.
    void failParse(ApiReply *reply, const QString &problem);
    // The typed value of a contract operation's reply (checked by ApiClient as it arrived);
    // nothing, once reported, when the call failed.
    template <typename T>
    std::optional<T> parsed(ApiReply *reply)
    {
        if (!succeeded(reply))
            return std::nullopt;
        if (const T *value = reply->as<T>())
            return *value;
        failParse(reply, QStringLiteral("reply of an unexpected type"));
        return std::nullopt;
    }

private:
    bool succeeded(ApiReply *reply); // reports the error when not
    void printError(int exitCode, const QString &message, const QString &hint, const ApiError *api);

    CommandContext *m_context;
    QList<QPointer<ApiReply>> m_replies;
    QPointer<FleetReader> m_fleet;
    bool m_finished = false;
};
