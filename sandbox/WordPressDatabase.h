#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

// The `wordpress` seed's database: an SQLite file with wp_-style tables (options, users,
// usermeta, posts, postmeta, comments, terms, term_taxonomy, term_relationships). Rows are made
// from counters and the day, never from the clock, so the same calls give the same bytes.
class WordPressDatabase
{
public:
    explicit WordPressDatabase(const QString &path);
    // Creates the tables with a site's first months: users, pages, about 120 posts, comments.
    bool create(const QDate &date, const QStringList &plugins, QString *error);
    // `count` new posts dated `date`, each with metadata and a few comments on older posts.
    bool addPosts(const QDate &date, int count, QString *error);
    bool setPluginVersion(const QString &plugin, const QString &version, QString *error);

private:
    QString m_path;
};
