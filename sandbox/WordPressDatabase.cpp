#include "WordPressDatabase.h"

#include "Database.h"

#include <QDateTime>

namespace {
const char *const kTopics[] = {"harbor", "lighthouse", "ferry", "market", "festival", "regatta", "museum", "bakery",
                               "concert", "garden", "library", "bridge", "tide", "sailing", "workshop", "winter"};
constexpr int kTopicCount = int(sizeof(kTopics) / sizeof(kTopics[0]));

QString stamp(const QDate &date, int minute)
{
    return QDateTime(date, QTime(8, 0).addSecs(60 * (minute % 600)), Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

bool insertPost(Database &db, int id, const QDate &date, const QString &type, const QString &status)
{
    const QString topic = QString::fromLatin1(kTopics[id % kTopicCount]);
    const QString other = QString::fromLatin1(kTopics[(id * 7 + 3) % kTopicCount]);
    const QString title = QStringLiteral("The %1 and the %2, part %3").arg(topic, other).arg(id);
    const QString slug = QStringLiteral("%1-%2-%3").arg(topic, other).arg(id);
    const QString body = QStringLiteral("<!-- wp:paragraph --><p>Notes on the %1 near the %2 (%3).</p><!-- /wp:paragraph -->\n")
                             .arg(topic, other).arg(id).repeated(3 + id % 9);
    return db.exec(QStringLiteral("INSERT INTO wp_posts(ID, post_author, post_date, post_content, post_title, post_status, "
                                  "post_name, post_type, guid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {id, 1 + id % 3, stamp(date, id), body, title, status, slug, type,
                    QStringLiteral("https://harbor-press.example/?p=%1").arg(id)})
        && db.exec(QStringLiteral("INSERT INTO wp_postmeta(post_id, meta_key, meta_value) VALUES (?, '_edit_last', ?), "
                                  "(?, '_thumbnail_id', ?)"),
                   {id, 1 + id % 3, id, 1000 + id})
        && db.exec(QStringLiteral("INSERT INTO wp_term_relationships(object_id, term_taxonomy_id) VALUES (?, ?)"),
                   {id, 1 + id % 8});
}

bool insertComments(Database &db, int postId, int count, const QDate &date)
{
    static const char *const names[] = {"Mara", "Jonas", "Ines", "Theo", "Lena", "Omar", "Priya", "Sven"};
    for (int i = 0; i < count; ++i) {
        const int n = postId * 3 + i;
        if (!db.exec(QStringLiteral("INSERT INTO wp_comments(comment_post_ID, comment_author, comment_author_email, "
                                    "comment_date, comment_content, comment_approved) VALUES (?, ?, ?, ?, ?, ?)"),
                     {postId, QString::fromLatin1(names[n % 8]), QStringLiteral("reader%1@mail.example").arg(n % 40),
                      stamp(date, n), QStringLiteral("Thanks for the piece on the %1!").arg(QString::fromLatin1(kTopics[n % kTopicCount])),
                      n % 11 == 0 ? QStringLiteral("spam") : QStringLiteral("1")}))
            return false;
    }
    return true;
}
}

WordPressDatabase::WordPressDatabase(const QString &path)
    : m_path(path)
{
}

bool WordPressDatabase::create(const QDate &date, const QStringList &plugins, QString *error)
{
    Database db;
    if (!db.open(m_path, false) || !db.exec(QStringLiteral("PRAGMA synchronous=OFF"))) {
        *error = db.lastError();
        return false;
    }
    static const char *const schema[] = {
        "CREATE TABLE wp_options (option_id INTEGER PRIMARY KEY, option_name TEXT NOT NULL UNIQUE, option_value TEXT, autoload TEXT DEFAULT 'yes')",
        "CREATE TABLE wp_users (ID INTEGER PRIMARY KEY, user_login TEXT NOT NULL, user_email TEXT, user_registered TEXT, display_name TEXT)",
        "CREATE TABLE wp_usermeta (umeta_id INTEGER PRIMARY KEY, user_id INTEGER, meta_key TEXT, meta_value TEXT)",
        "CREATE TABLE wp_posts (ID INTEGER PRIMARY KEY, post_author INTEGER, post_date TEXT, post_content TEXT, post_title TEXT, "
        "post_status TEXT, post_name TEXT, post_type TEXT, guid TEXT)",
        "CREATE INDEX type_status_date ON wp_posts(post_type, post_status, post_date)",
        "CREATE TABLE wp_postmeta (meta_id INTEGER PRIMARY KEY, post_id INTEGER, meta_key TEXT, meta_value TEXT)",
        "CREATE TABLE wp_comments (comment_ID INTEGER PRIMARY KEY, comment_post_ID INTEGER, comment_author TEXT, "
        "comment_author_email TEXT, comment_date TEXT, comment_content TEXT, comment_approved TEXT)",
        "CREATE TABLE wp_terms (term_id INTEGER PRIMARY KEY, name TEXT, slug TEXT)",
        "CREATE TABLE wp_term_taxonomy (term_taxonomy_id INTEGER PRIMARY KEY, term_id INTEGER, taxonomy TEXT, count INTEGER)",
        "CREATE TABLE wp_term_relationships (object_id INTEGER, term_taxonomy_id INTEGER, PRIMARY KEY(object_id, term_taxonomy_id))",
    };
    const bool ok = db.transaction([&] {
        for (const char *sql : schema) {
            if (!db.exec(QString::fromLatin1(sql)))
                return false;
        }
        bool fine = db.exec(QStringLiteral("INSERT INTO wp_options(option_name, option_value) VALUES ('siteurl', "
                                           "'https://harbor-press.example'), ('blogname', 'Harbor Press'), ('template', 'harbor'), "
                                           "('stylesheet', 'harbor'), ('db_version', '57155'), ('posts_per_page', '10')"))
            && db.exec(QStringLiteral("INSERT INTO wp_options(option_name, option_value) VALUES ('active_plugins', ?)"),
                       {plugins.join(QLatin1Char(','))});
        static const char *const users[] = {"editor-in-chief", "mara", "jonas"};
        for (int u = 0; fine && u < 3; ++u) {
            const QString login = QString::fromLatin1(users[u]);
            fine = db.exec(QStringLiteral("INSERT INTO wp_users(ID, user_login, user_email, user_registered, display_name) "
                                          "VALUES (?, ?, ?, ?, ?)"),
                           {u + 1, login, QString(login + QStringLiteral("@harbor-press.example")), stamp(date.addDays(-400), u), login})
                && db.exec(QStringLiteral("INSERT INTO wp_usermeta(user_id, meta_key, meta_value) VALUES (?, 'wp_capabilities', ?), "
                                          "(?, 'locale', 'en_US')"),
                           {u + 1, u == 0 ? QStringLiteral("administrator") : QStringLiteral("author"), u + 1});
        }
        for (int t = 0; fine && t < 8; ++t) {
            const QString name = QString::fromLatin1(kTopics[t]);
            fine = db.exec(QStringLiteral("INSERT INTO wp_terms(term_id, name, slug) VALUES (?, ?, ?)"), {t + 1, name, name})
                && db.exec(QStringLiteral("INSERT INTO wp_term_taxonomy(term_taxonomy_id, term_id, taxonomy, count) "
                                          "VALUES (?, ?, 'category', 0)"), {t + 1, t + 1});
        }
        for (int p = 1; fine && p <= 120; ++p) {
            const QDate d = date.addDays(-(121 - p) * 3);
            fine = insertPost(db, p, d, p % 15 == 0 ? QStringLiteral("page") : QStringLiteral("post"),
                              p % 13 == 0 ? QStringLiteral("draft") : QStringLiteral("publish"))
                && insertComments(db, p, p % 4, d);
        }
        for (const QString &plugin : plugins) {
            fine = fine && db.exec(QStringLiteral("INSERT INTO wp_options(option_name, option_value) VALUES (?, '1.0.0')"),
                                   {QString(plugin + QStringLiteral("_version"))});
        }
        return fine;
    });
    if (!ok)
        *error = db.lastError();
    return ok;
}

bool WordPressDatabase::addPosts(const QDate &date, int count, QString *error)
{
    Database db;
    if (!db.open(m_path, false) || !db.exec(QStringLiteral("PRAGMA synchronous=OFF"))) {
        *error = db.lastError();
        return false;
    }
    const int last = db.scalar(QStringLiteral("SELECT MAX(ID) FROM wp_posts")).toInt();
    const bool ok = db.transaction([&] {
        for (int p = last + 1; p <= last + count; ++p) {
            if (!insertPost(db, p, date, QStringLiteral("post"), QStringLiteral("publish"))
                || !insertComments(db, p - 5, 1 + p % 3, date))
                return false;
        }
        return db.exec(QStringLiteral("UPDATE wp_term_taxonomy SET count = (SELECT COUNT(*) FROM wp_term_relationships r "
                                      "WHERE r.term_taxonomy_id = wp_term_taxonomy.term_taxonomy_id)"));
    });
    if (!ok)
        *error = db.lastError();
    return ok;
}

bool WordPressDatabase::setPluginVersion(const QString &plugin, const QString &version, QString *error)
{
    Database db;
    if (!db.open(m_path, false) || !db.exec(QStringLiteral("PRAGMA synchronous=OFF"))
        || !db.exec(QStringLiteral("UPDATE wp_options SET option_value=? WHERE option_name=?"),
                    {version, QString(plugin + QStringLiteral("_version"))})) {
        *error = db.lastError();
        return false;
    }
    return true;
}
