#include "DownloadService.h"

#include "ApiEndpoints.h"
#include "ApiError.h"
#include "Archive.h"
#include "SandboxLog.h"
#include "Store.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

#include <cstdio>

namespace {
// The names the sandbox makes (slug-env-snap.tar.gz) are plain already; this keeps a header
// intact whatever a future name holds: no quote, backslash, control character or non-ASCII.
QByteArray headerSafeFileName(const QString &name)
{
    QByteArray out = name.toUtf8();
    for (char &c : out) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
        if (!plain)
            c = '_';
    }
    return out;
}

// Compares in time independent of where the first difference is, so response times do not
// reveal a valid signature byte by byte.
bool sameSecret(const QByteArray &expected, const QByteArray &given)
{
    if (given.size() != expected.size() || expected.isEmpty())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        diff |= static_cast<unsigned char>(expected[i] ^ given[i]);
    return diff == 0;
}
}

DownloadService::DownloadService(Store *store, ApiEndpoints *endpoints, const QByteArray &secret, const Config &config,
                                 QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_endpoints(endpoints)
    , m_secret(secret)
    , m_config(config)
{
    m_builders.setMaxThreadCount(2);
}

DownloadService::~DownloadService()
{
    m_builders.waitForDone();
}

void DownloadService::removeArchives(const QString &archivesDir, const QString &snapshotId)
{
    QDir dir(archivesDir);
    for (const QString &name : dir.entryList({snapshotId + QStringLiteral(".*")}, QDir::Files))
        dir.remove(name);
}

QByteArray DownloadService::signature(const QString &snapshotId, const QString &selectors, qint64 expires,
                                      const QString &fileName) const
{
    const QByteArray message = snapshotId.toUtf8() + '\n' + selectors.toUtf8() + '\n' + QByteArray::number(expires) + '\n'
        + fileName.toUtf8();
    return QMessageAuthenticationCode::hash(message, m_secret, QCryptographicHash::Sha256).toHex();
}

void DownloadService::apiDownload(const ApiContext &c, const std::function<void(HttpResponse)> &respond)
{
    SiteInfo site;
    SnapInfo snap;
    if (auto e = m_endpoints->resolveSite(c, &site))
        return respond(*e);
    if (auto e = m_endpoints->resolveSnapshot(c, site, &snap))
        return respond(*e);
    Target t;
    t.snapshotId = snap.id;
    if (c.request.query.hasQueryItem(QStringLiteral("selectors"))) {
        static const QRegularExpression re(QStringLiteral("^(db|files)(,(db|files))?$"));
        const QString s = c.request.query.queryItemValue(QStringLiteral("selectors"), QUrl::FullyDecoded);
        if (!re.match(s).hasMatch())
            return respond(sandbox::ApiError::badParameter(QStringLiteral("selectors"),
                                                  QStringLiteral("selectors must be db, files or db,files."), c.requestId));
        for (const QString &name : {QStringLiteral("db"), QStringLiteral("files")}) {
            if (s.split(QLatin1Char(',')).contains(name))
                t.selectors << name;
        }
    } else {
        t.selectors = {QStringLiteral("db"), QStringLiteral("files")};
    }
    if (snap.status != QLatin1String("ready"))
        return respond(sandbox::ApiError::response(409, QStringLiteral("snapshot_not_ready"),
                                          QStringLiteral("Only a ready snapshot can be downloaded; this one is %1.").arg(snap.status),
                                          c.requestId, QJsonObject{{QStringLiteral("status"), snap.status}}));
    if (snap.archive.isEmpty())
        return respond(sandbox::ApiError::response(409, QStringLiteral("archive_unavailable"),
                                          QStringLiteral("This snapshot has no archive in the sandbox (synthetic fleet history)."),
                                          c.requestId));
    t.fileName = QStringLiteral("%1-%2-%3.tar.gz").arg(site.slug, snap.env, snap.id);
    if (!m_config.redirect)
        return serve(c.request, c.requestId, t, respond);

    const QString selectors = t.selectors.join(QLatin1Char(','));
    const qint64 expires = QDateTime::currentSecsSinceEpoch() + m_config.signedUrlTtlSecs;
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("selectors"), selectors);
    q.addQueryItem(QStringLiteral("expires"), QString::number(expires));
    q.addQueryItem(QStringLiteral("signature"), QString::fromLatin1(signature(t.snapshotId, selectors, expires, t.fileName)));
    const QString location = m_storageOrigin + QStringLiteral("/archives/") + t.snapshotId + QLatin1Char('/') + t.fileName
        + QLatin1Char('?') + q.toString(QUrl::FullyEncoded);
    HttpResponse r = HttpResponse::json(302, QJsonObject{{QStringLiteral("location"), location}});
    r.setHeader("Location", location.toUtf8());
    respond(r);
}

void DownloadService::storageRequest(const HttpRequest &req, const QString &requestId,
                                     const std::function<void(HttpResponse)> &respond)
{
    if (req.hasAuthorization()) {
        // The contract says clients never send the API key to storage; make a leak visible.
        ++m_authorizationSeen;
        qCWarning(lcSandbox).noquote() << "storage: a request carried an Authorization header (rejected); seen"
                                       << m_authorizationSeen << "time(s)";
        return respond(sandbox::ApiError::response(400, QStringLiteral("authorization_not_allowed"),
                                          QStringLiteral("The storage host does not accept an Authorization header; follow the signed URL without it."),
                                          requestId));
    }
    if (req.method != "GET")
        return respond(sandbox::ApiError::response(405, QStringLiteral("method_not_allowed"), QStringLiteral("Only GET is allowed."), requestId));
    const QStringList parts = req.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() != 3 || parts[0] != QLatin1String("archives"))
        return respond(sandbox::ApiError::notFound(QStringLiteral("object"), requestId));
    Target t;
    t.snapshotId = parts[1];
    t.fileName = parts[2];
    const QString selectors = req.query.queryItemValue(QStringLiteral("selectors"));
    bool ok = false;
    const qint64 expires = req.query.queryItemValue(QStringLiteral("expires")).toLongLong(&ok);
    const QByteArray sig = req.query.queryItemValue(QStringLiteral("signature")).toLatin1();
    if (!ok || !sameSecret(signature(t.snapshotId, selectors, expires, t.fileName), sig))
        return respond(sandbox::ApiError::response(403, QStringLiteral("forbidden"), QStringLiteral("The signature is not valid."),
                                          requestId, QJsonObject{{QStringLiteral("reason"), QStringLiteral("invalid_signature")}}));
    if (expires < QDateTime::currentSecsSinceEpoch())
        return respond(sandbox::ApiError::response(403, QStringLiteral("forbidden"),
                                          QStringLiteral("The signed URL has expired; ask the API for a new one."), requestId,
                                          QJsonObject{{QStringLiteral("reason"), QStringLiteral("expired")}}));
    t.selectors = selectors.split(QLatin1Char(','), Qt::SkipEmptyParts);
    SnapInfo snap;
    if (!m_store->snapshot(t.snapshotId, &snap) || snap.status != QLatin1String("ready") || snap.archive.isEmpty())
        return respond(sandbox::ApiError::notFound(QStringLiteral("object (the snapshot is no longer available)"), requestId));
    serve(req, requestId, t, respond);
}

void DownloadService::serve(const HttpRequest &req, const QString &requestId, const Target &t,
                            const std::function<void(HttpResponse)> &respond)
{
    withArchive(t.snapshotId, t.selectors, [this, req, requestId, t, respond](QString path, QString sha, QString error) {
        if (!error.isEmpty()) {
            qCWarning(lcSandbox) << "archive for" << t.snapshotId << t.selectors << "unavailable:" << error;
            return respond(sandbox::ApiError::response(500, QStringLiteral("internal"), QStringLiteral("The archive could not be prepared."), requestId));
        }
        respond(fileResponse(req, requestId, path, sha, t.fileName));
    });
}

void DownloadService::withArchive(const QString &snapshotId, const QStringList &selectors,
                                  const std::function<void(QString, QString, QString)> &done)
{
    SnapInfo snap;
    if (!m_store->snapshot(snapshotId, &snap) || snap.archive.isEmpty())
        return done({}, {}, QStringLiteral("no archive"));
    const QString full = m_store->dataDir() + QLatin1Char('/') + snap.archive;
    if (selectors.size() == 2)
        return done(full, snap.archiveSha256, {});
    const QString cached = m_store->archivesDir() + QLatin1Char('/') + snapshotId + QLatin1Char('.') + selectors.first()
        + QStringLiteral(".tar.gz");
    QFile shaFile(cached + QStringLiteral(".sha256"));
    if (QFileInfo::exists(cached) && shaFile.open(QIODevice::ReadOnly))
        return done(cached, QString::fromLatin1(shaFile.readAll().trimmed()), {});
    // Build once; concurrent requests for the same archive wait for the same build.
    auto &waiters = m_building[cached];
    waiters.append(done);
    if (waiters.size() > 1)
        return;
    const QString tmp = m_store->tempDir() + QLatin1Char('/') + QFileInfo(cached).fileName() + QStringLiteral(".part");
    m_builders.start([this, full, cached, tmp, selectors] {
        QByteArray sha;
        QString error;
        if (Archive::filter(full, tmp, selectors, &sha, &error)) {
            QFile side(cached + QStringLiteral(".sha256"));
            // The checksum is written before the archive is renamed into place, so whoever
            // sees the archive also finds its checksum.
            if (!side.open(QIODevice::WriteOnly) || side.write(sha + '\n') != sha.size() + 1 || !side.flush()
                || std::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(cached).constData()) != 0)
                error = QStringLiteral("cannot store %1").arg(cached);
        }
        QMetaObject::invokeMethod(this, [this, cached, sha, error] {
            const auto waiting = m_building.take(cached);
            for (const auto &w : waiting)
                w(error.isEmpty() ? cached : QString(), QString::fromLatin1(sha), error);
        }, Qt::QueuedConnection);
    });
}

HttpResponse DownloadService::fileResponse(const HttpRequest &req, const QString &requestId, const QString &path,
                                           const QString &sha, const QString &fileName) const
{
    const qint64 size = QFileInfo(path).size();
    const QByteArray etag = '"' + sha.toLatin1() + '"';
    HttpResponse r;
    r.setHeader("Content-Type", "application/gzip");
    r.setHeader("ETag", etag);
    r.setHeader("Accept-Ranges", "bytes");
    r.setHeader("X-Checksum-SHA256", sha.toLatin1());
    r.setHeader("Content-Disposition", "attachment; filename=\"" + headerSafeFileName(fileName) + '"');
    r.filePath = path;
    r.fileOffset = 0;
    r.fileLength = size;
    r.cutAfter = m_config.cutAfterBytes;
    r.corruptAt = m_config.corruptAtByte;
    r.bytesPerSecond = m_config.bytesPerSecond;
    const QByteArray range = req.header("Range").trimmed();
    const QByteArray ifRange = req.header("If-Range").trimmed();
    // A Range with a stale If-Range gets the whole (changed) archive, as RFC 9110 says.
    if (range.isEmpty() || (!ifRange.isEmpty() && ifRange != etag))
        return r;
    static const QRegularExpression re(QStringLiteral("^bytes=(\\d*)-(\\d*)$"));
    const auto m = re.match(QString::fromLatin1(range));
    if (!m.hasMatch() || (m.captured(1).isEmpty() && m.captured(2).isEmpty()))
        return r; // several ranges or a syntax we do not serve: the whole body is a valid answer
    qint64 first, last;
    if (m.captured(1).isEmpty()) { // suffix range: the last N bytes
        const qint64 n = m.captured(2).toLongLong();
        first = qMax<qint64>(0, size - n);
        last = size - 1;
        if (n == 0)
            first = size;
    } else {
        first = m.captured(1).toLongLong();
        last = m.captured(2).isEmpty() ? size - 1 : qMin(size - 1, m.captured(2).toLongLong());
    }
    if (first >= size || last < first) {
        HttpResponse e = sandbox::ApiError::response(416, QStringLiteral("range_not_satisfiable"),
                                            QStringLiteral("The range starts beyond the archive's %1 bytes.").arg(size), requestId);
        e.setHeader("Content-Range", "bytes */" + QByteArray::number(size));
        e.setHeader("ETag", etag);
        e.setHeader("Accept-Ranges", "bytes");
        return e;
    }
    r.status = 206;
    r.fileOffset = first;
    r.fileLength = last - first + 1;
    r.setHeader("Content-Range", "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/' + QByteArray::number(size));
    return r;
}
