#include "Command.h"

#include "ExitCode.h"
#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "api/ErrorText.h"
#include "auth/ApiKey.h"
#include "auth/CredentialResolver.h"
#include "fleet/FleetReader.h"
#include "util/LogCategories.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

Command::Command(CommandContext *context, QObject *parent)
    : QObject(parent), m_context(context)
{
}

Command::~Command() = default;

int Command::usageExitCode() const
{
    return ExitCode::Usage;
}

void Command::addOptions(QCommandLineParser &) {}

void Command::interrupt()
{
    for (const QPointer<ApiReply> &r : std::as_const(m_replies)) {
        if (r && !r->isFinished()) {
            disconnect(r, nullptr, this, nullptr);
            r->cancel();
        }
    }
    if (m_fleet) {
        m_fleet->disconnect(this);
        m_fleet->cancel();
    }
    term().clearProgress();
    finish(ExitCode::Interrupted);
}

void Command::readFleet(const QString &filter, std::function<void(const FleetReader &)> done)
{
    withApi([this, filter, done = std::move(done)](ApiClient *api) {
        m_fleet = new FleetReader(api, this);
        connect(m_fleet, &FleetReader::finished, this, [this, done] { done(*m_fleet); });
        m_fleet->start(filter);
    });
}

void Command::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    term().clearProgress();
    Q_EMIT finished(exitCode);
}

ApiReply *Command::track(ApiReply *reply)
{
    m_replies.removeAll(nullptr);
    m_replies << reply;
    return reply;
}

void Command::withApi(std::function<void(ApiClient *)> ready)
{
    if (ctx().api()) {
        ready(ctx().api());
        return;
    }
    auto *resolver = new CredentialResolver(ctx().accounts(), ctx().credentials(), this);
    connect(resolver, &CredentialResolver::resolved, this, [this, resolver, ready](const Credentials &c) {
        resolver->deleteLater();
        if (isFinished())
            return;
        const QString urlProblem = ApiClient::checkBaseUrl(c.apiUrl);
        if (!urlProblem.isEmpty()) {
            fail(ExitCode::Usage, urlProblem);
            return;
        }
        // Scripts run unattended: a nightly backup had better ride out a 429 storm or a platform
        // restart than fail, so mf allows more attempts than the core's six — still within the
        // transport policy's call deadline, after which the person or the script is told.
        ApiClient::Options options;
        options.maxAttempts = 8;
        auto *api = new ApiClient(c.apiUrl, options);
        api->setApiKey(c.key);
        ctx().setApi(api, c);
        qCDebug(lcCli) << "using" << c.apiUrl.toDisplayString() << "with key" << ApiKey::prefix(c.key);
        ready(api);
    });
    connect(resolver, &CredentialResolver::failed, this,
            [this, resolver](CredentialResolver::Problem problem, const QString &message) {
        resolver->deleteLater();
        QString hint;
        if (problem == CredentialResolver::Problem::KeychainUnavailable)
            hint = tr("Without a keychain, set MF_API_KEY (and MF_API_URL) in the environment instead.");
        else if (problem != CredentialResolver::Problem::MalformedKey
                 && problem != CredentialResolver::Problem::InsecureUrl) // its sentence says what to do
            hint = tr("Run 'mf auth login', or set MF_API_KEY.");
        fail(ExitCode::Auth, message, hint);
    });
    resolver->resolve();
}

QString Command::noSuchSnapshot(const QString &site, const QString &snapshotId)
{
    return tr("Site %1 has no snapshot %2 (or this key cannot see the site).").arg(site, snapshotId);
}

QString Command::noSuchSite(const QString &site)
{
    return tr("There is no site '%1' that this key can see.").arg(site);
}

void Command::failApi(const ApiError &error)
{
    if (error.httpStatus == 404 && !notFoundText().isEmpty()) {
        failApi(error, notFoundText(), notFoundHint());
        return;
    }
    QString hint;
    if (error.isUnauthorized()) {
        const Credentials &c = ctx().activeCredentials();
        if (c.source == Credentials::Source::Environment)
            hint = tr("The key in MF_API_KEY (%1…) is revoked or expired, or not valid.").arg(ApiKey::prefix(c.key));
        else
            hint = tr("The key %1… is revoked or expired, or not valid. Sign in again with 'mf auth login'.")
                       .arg(c.account.keyPrefix);
    } else if (error.isCode("environment_busy")) {
        const QString jobId = error.details.value(QLatin1String("job_id")).toString();
        if (!jobId.isEmpty())
            hint = tr("Follow the running job with 'mf job watch %1'.").arg(jobId);
    }
    failApi(error, ErrorText::describe(error), hint);
}

void Command::failApi(const ApiError &error, const QString &message, const QString &hint)
{
    printError(ExitCode::forApiError(error), message, hint, &error);
    finish(ExitCode::forApiError(error));
}

void Command::fail(int exitCode, const QString &message, const QString &hint)
{
    printError(exitCode, message, hint, nullptr);
    finish(exitCode);
}

bool Command::succeeded(ApiReply *reply)
{
    if (reply->ok())
        return true;
    failApi(reply->error());
    return false;
}

void Command::failParse(ApiReply *reply, const QString &problem)
{
    ApiError e;
    e.kind = ApiError::Kind::BadResponse;
    e.parseProblem = problem;
    e.httpStatus = reply ? reply->httpStatus() : 0;
    e.requestId = reply ? reply->requestId() : QString();
    failApi(e);
}

void Command::printError(int exitCode, const QString &message, const QString &hint, const ApiError *api)
{
    if (isFinished())
        return;
    if (json()) {
        QJsonObject e{{QStringLiteral("message"), message}, {QStringLiteral("exit_code"), exitCode}};
        if (!hint.isEmpty())
            e.insert(QStringLiteral("hint"), hint);
        if (api) {
            e.insert(QStringLiteral("code"), api->code.isEmpty() ? QJsonValue() : QJsonValue(api->code));
            e.insert(QStringLiteral("http_status"), api->httpStatus ? QJsonValue(api->httpStatus) : QJsonValue());
            e.insert(QStringLiteral("request_id"), api->requestId.isEmpty() ? QJsonValue() : QJsonValue(api->requestId));
            if (!api->details.isEmpty())
                e.insert(QStringLiteral("details"), api->details);
        }
        term().errLine(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("error"), e}})
                                             .toJson(QJsonDocument::Compact)));
        return;
    }
    term().errLine(tr("mf: error: %1").arg(message));
    if (api && !api->requestId.isEmpty())
        term().errLine(tr("mf: request id: %1").arg(api->requestId));
    if (!hint.isEmpty())
        term().errLine(tr("mf: hint: %1").arg(hint));
}

void Command::printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    term().out(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}
