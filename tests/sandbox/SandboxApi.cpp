#include "SandboxApi.h"

#include "CiSkip.h"
#include "SandboxProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>
#include <QThread>
#include <QTimer>

QJsonObject ApiReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString ApiReply::errorCode() const
{
    return json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
}

SandboxApi::SandboxApi(const SandboxProcess &sandbox)
    : m_api(sandbox.apiUrl())
    , m_key(sandbox.apiKey())
{
}

QUrl SandboxApi::url(const QString &pathAndQuery) const
{
    return QUrl(m_api.toString() + pathAndQuery);
}

ApiReply SandboxApi::send(const QByteArray &method, const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers,
                          const QByteArray &body, bool withKey)
{
    QNetworkRequest req(url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (withKey && !m_key.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_key.toLatin1());
    if (!body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &h : headers)
        req.setRawHeader(h.first, h.second);
    // A custom "HEAD" verb would make QNAM wait for a body of Content-Length bytes.
    QNetworkReply *reply = method == "HEAD" ? m_nam.head(req) : m_nam.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    ApiReply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->isFinished() ? reply->error() : QNetworkReply::TimeoutError;
    r.body = reply->readAll();
    for (const auto &h : reply->rawHeaderPairs())
        r.headers.insert(h.first.toLower(), h.second);
    reply->abort();
    reply->deleteLater();
    return r;
}

ApiReply SandboxApi::get(const QString &path, const QString &operationId, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    ApiReply r = send("GET", url(path), headers);
    if (!operationId.isEmpty())
        record(operationId, r);
    return r;
}

ApiReply SandboxApi::post(const QString &path, const QByteArray &body, const QString &idempotencyKey, const QString &operationId)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!idempotencyKey.isEmpty())
        headers.append({"Idempotency-Key", idempotencyKey.toUtf8()});
    ApiReply r = send("POST", url(path), headers, body);
    if (!operationId.isEmpty())
        record(operationId, r);
    return r;
}

QJsonObject SandboxApi::waitForJob(const QString &jobId, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    QJsonObject job;
    while (t.elapsed() < timeoutMs) {
        const ApiReply r = get(QStringLiteral("/jobs/") + jobId, QStringLiteral("getJob"));
        job = r.json();
        const QString status = job.value(QLatin1String("status")).toString();
        if (status == QLatin1String("succeeded") || status == QLatin1String("failed"))
            return job;
        QTest::qWait(100);
    }
    return job;
}

QString SandboxApi::recordPath()
{
    return QDir::tempPath() + QStringLiteral("/mf-sandbox-schema-%1.jsonl").arg(QCoreApplication::applicationPid());
}

void SandboxApi::record(const QString &operationId, const ApiReply &reply)
{
    // Archive bodies too (recorded as {}): their headers (ETag, Content-Length, Accept-Ranges,
    // Content-Range) are contract as much as a JSON body is.
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body);
    QFile f(recordPath());
    if (!f.open(QIODevice::Append))
        return;
    QJsonObject headers;
    for (auto it = reply.headers.cbegin(); it != reply.headers.cend(); ++it)
        headers.insert(QString::fromLatin1(it.key()), QString::fromLatin1(it.value()));
    const QJsonObject rec{{QStringLiteral("operationId"), operationId},
                          {QStringLiteral("status"), reply.status},
                          {QStringLiteral("body"), doc.object()},
                          {QStringLiteral("headers"), headers}};
    f.write(QJsonDocument(rec).toJson(QJsonDocument::Compact) + '\n');
}

void SandboxApi::clearRecorded()
{
    QFile::remove(recordPath());
}

void SandboxApi::verifyRecordedAgainstContract()
{
    QString output;
    bool skipped = false;
    const bool ok = validateRecorded(&output, &skipped);
    if (skipped)
        MF_SKIP_OUTSIDE_CI(qPrintable(output));
    qInfo().noquote() << output;
    clearRecorded();
    QVERIFY2(ok, qPrintable(output));
}

bool SandboxApi::validateRecorded(QString *output, bool *skipped)
{
    *skipped = false;
    const QString node = QStringLiteral(MF_NODE_BIN);
    if (node.isEmpty() || node.endsWith(QLatin1String("NOTFOUND"))
        || !QFileInfo::exists(QStringLiteral(MF_SCHEMA_NODE_MODULES "/ajv/package.json"))) {
        *skipped = true;
        *output = QStringLiteral("node or its modules (ajv, ajv-formats, js-yaml) are not installed; "
                                 "install nodejs and npm and rebuild (target sandbox-schema-deps)");
        return false;
    }
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MF_NODE_MODULES"), QStringLiteral(MF_SCHEMA_NODE_MODULES));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(node, {QStringLiteral(MF_SCHEMA_SCRIPT), QStringLiteral(MF_OPENAPI_YAML), recordPath()});
    p.waitForFinished(120000);
    *output = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}
