#include "EnvironmentData.h"

#include "Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>
#include <sys/stat.h>

namespace {
bool writeFile(const QString &path, const QByteArray &content, int mode, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size()) {
        *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return false;
    }
    f.close();
    ::chmod(QFile::encodeName(path).constData(), mode_t(mode));
    return true;
}
}

QString EnvironmentData::databasePath(const QString &envDir) { return envDir + QStringLiteral("/app.db"); }
QString EnvironmentData::filesPath(const QString &envDir) { return envDir + QStringLiteral("/files"); }

bool EnvironmentData::exists(const QString &envDir)
{
    return QFileInfo::exists(databasePath(envDir)) && QFileInfo(filesPath(envDir)).isDir();
}

bool EnvironmentData::create(const QString &envDir, const QString &siteSlug, const QString &env, int revision,
                             QString *error)
{
    if (!QDir().mkpath(filesPath(envDir))) {
        *error = QStringLiteral("cannot create %1").arg(envDir);
        return false;
    }
    QFile::remove(databasePath(envDir));
    Database db;
    // Rollback journal (not WAL): the live database is then always one self-contained file.
    if (!db.open(databasePath(envDir), false) || !db.exec(QStringLiteral("PRAGMA synchronous=OFF"))) {
        *error = db.lastError();
        return false;
    }
    const bool ok = db.transaction([&] {
        bool fine = db.exec(QStringLiteral("CREATE TABLE options (name TEXT PRIMARY KEY, value TEXT)"))
            && db.exec(QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL, role TEXT)"))
            && db.exec(QStringLiteral("CREATE TABLE posts (id INTEGER PRIMARY KEY, title TEXT NOT NULL, body TEXT, "
                                      "status TEXT, created_at TEXT)"))
            && db.exec(QStringLiteral("INSERT INTO options VALUES ('site_name', ?), ('environment', ?), ('revision', ?)"),
                       {siteSlug, env, revision})
            && db.exec(QStringLiteral("INSERT INTO users(email, role) VALUES (?, 'admin'), (?, 'editor')"),
                       {QStringLiteral("admin@%1.example.com").arg(siteSlug), QStringLiteral("editor@%1.example.com").arg(siteSlug)});
        for (int i = 1; fine && i <= 12; ++i) {
            fine = db.exec(QStringLiteral("INSERT INTO posts(title, body, status, created_at) VALUES (?, ?, ?, ?)"),
                           {QStringLiteral("%1 post %2").arg(siteSlug).arg(i),
                            QStringLiteral("Body of post %1 on %2 (%3).").arg(i).arg(siteSlug, env).repeated(4),
                            i % 4 == 0 ? QStringLiteral("draft") : QStringLiteral("published"),
                            QStringLiteral("2026-10-%1T09:00:00Z").arg(i, 2, 10, QLatin1Char('0'))});
        }
        return fine;
    });
    if (!ok) {
        *error = db.lastError();
        return false;
    }
    db.close();
    const QString files = filesPath(envDir);
    const QByteArray slug = siteSlug.toUtf8();
    return writeFile(files + QStringLiteral("/index.php"), "<?php\n// " + slug + "\nrequire __DIR__ . '/app/bootstrap.php';\n", 0644, error)
        && writeFile(files + QStringLiteral("/config.php"), "<?php\nreturn ['site' => '" + slug + "', 'env' => '" + env.toUtf8()
                         + "', 'db' => 'app.db'];\n", 0640, error)
        && writeFile(files + QStringLiteral("/app/bootstrap.php"), "<?php\n// boots " + slug + "\n", 0644, error)
        && writeFile(files + QStringLiteral("/bin/cron.sh"), "#!/bin/sh\necho running cron for " + slug + "\n", 0755, error)
        && writeFile(files + QStringLiteral("/uploads/2026/11/logo.svg"),
                     "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" height=\"64\"><text y=\"32\">" + slug + "</text></svg>\n",
                     0644, error)
        && writeFile(files + QStringLiteral("/uploads/2026/11/notes.txt"),
                     QByteArray("Revision ") + QByteArray::number(revision) + " of " + slug + "\n", 0644, error)
        && writeFile(files + QStringLiteral("/.htaccess"), "Options -Indexes\n", 0644, error);
}

bool EnvironmentData::addRandomFile(const QString &envDir, const QString &relPath, qint64 sizeBytes, QString *error)
{
    const QString path = filesPath(envDir) + QLatin1Char('/') + relPath;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return false;
    }
    // xorshift64*: fast, fixed seed (same bytes every time), and incompressible for gzip.
    quint64 state = 0x9E3779B97F4A7C15ull;
    QByteArray buf(1 << 20, Qt::Uninitialized);
    qint64 left = sizeBytes;
    while (left > 0) {
        auto *words = reinterpret_cast<quint64 *>(buf.data());
        for (qsizetype i = 0; i < buf.size() / 8; ++i) {
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            words[i] = state * 0x2545F4914F6CDD1Dull;
        }
        const qint64 n = qMin<qint64>(left, buf.size());
        if (f.write(buf.constData(), n) != n) {
            *error = QStringLiteral("%1: %2").arg(path, f.errorString());
            return false;
        }
        left -= n;
    }
    return true;
}

bool EnvironmentData::evolve(const QString &envDir, int revision, QString *error)
{
    Database db;
    // An environment's app database stands in for a customer's; it needs no fsync per write.
    if (!db.open(databasePath(envDir), false) || !db.exec(QStringLiteral("PRAGMA synchronous=OFF"))
        || !db.exec(QStringLiteral("INSERT INTO posts(title, body, status, created_at) VALUES (?, ?, 'published', ?)"),
                    {QStringLiteral("Update %1").arg(revision), QStringLiteral("Revision %1.").arg(revision),
                     QStringLiteral("2026-11-01T00:00:00Z")})
        || !db.exec(QStringLiteral("UPDATE options SET value=? WHERE name='revision'"), {revision})) {
        *error = db.lastError();
        return false;
    }
    const QString files = filesPath(envDir);
    return writeFile(files + QStringLiteral("/uploads/2026/11/notes.txt"),
                     QByteArray("Revision ") + QByteArray::number(revision) + "\n", 0644, error)
        && writeFile(files + QStringLiteral("/uploads/2026/11/update-%1.txt").arg(revision % 5),
                     QByteArray("Added in revision ") + QByteArray::number(revision) + "\n", 0644, error);
}

bool EnvironmentData::backupDatabase(const QString &from, const QString &to, QString *error)
{
    sqlite3 *src = nullptr;
    sqlite3 *dst = nullptr;
    bool ok = sqlite3_open_v2(QFile::encodeName(from).constData(), &src, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK
        && sqlite3_open_v2(QFile::encodeName(to).constData(), &dst, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) == SQLITE_OK;
    if (ok) {
        sqlite3_busy_timeout(src, 10000);
        // The copy is a staging file renamed into an archive; durability comes from the archive.
        sqlite3_exec(dst, "PRAGMA synchronous=OFF", nullptr, nullptr, nullptr);
        sqlite3_backup *backup = sqlite3_backup_init(dst, "main", src, "main");
        ok = backup != nullptr;
        if (ok) {
            int rc;
            // Small steps let writers in between; a write restarts the copy, which stays consistent.
            while ((rc = sqlite3_backup_step(backup, 256)) == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                sqlite3_sleep(rc == SQLITE_OK ? 0 : 5);
            ok = rc == SQLITE_DONE;
            sqlite3_backup_finish(backup);
        }
    }
    if (!ok)
        *error = QStringLiteral("database backup failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(dst ? dst : src)));
    sqlite3_close_v2(src);
    sqlite3_close_v2(dst);
    return ok;
}
