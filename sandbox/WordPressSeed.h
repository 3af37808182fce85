#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

// The content of the `wordpress` seed's production: a WordPress-like tree (core, plugins,
// themes, uploads; about 2,100 files, about 19 MB) and an SQLite database with wp_-style tables,
// and what happens to it day by day (see docs/sandbox.md). Everything is drawn from one
// fixed-seed generator in a fixed order, so every build of the seed has the same bytes.
class WordPressSeed
{
public:
    static constexpr int kSnapshots = 30;
    // Before this snapshot (0 = oldest) index.php is altered and a stray .php appears in uploads.
    static constexpr int kTamperedSnapshot = 23;

    struct Day
    {
        bool posts = false;   // new posts and comments (database)
        bool uploads = false; // new images under wp-content/uploads (files)
        int plugin = -1;      // index of the plugin updated that day (files and database), or -1
        bool tampered = false;
    };
    // What changes before snapshot `index` (1 … kSnapshots-1); snapshot 0 is the starting state.
    static Day day(int index);
    static QStringList pluginSlugs();

    explicit WordPressSeed(const QString &envDir);
    // Writes the starting state; `date` is the oldest snapshot's day (uploads are dated before it).
    bool create(const QDate &date, QString *error);
    // Applies the changes that happen before snapshot `index`, on `date`.
    bool advance(int index, const QDate &date, QString *error);

private:
    bool createCore(QString *error);
    bool createPlugin(int plugin, QString *error);
    bool createThemes(QString *error);
    bool addUploads(const QDate &date, int count, QString *error);
    bool updatePlugin(int plugin, QString *error);
    bool tamper(const QDate &date, QString *error);
    bool write(const QString &rel, const QByteArray &content, QString *error);
    bool writeText(const QString &rel, int bytes, QString *error);
    bool writeBinary(const QString &rel, int bytes, QString *error);

    quint64 next();
    int between(int low, int high);
    QByteArray word();
    QByteArray words(int n, char sep);
    QByteArray textBody(const QString &rel, int bytes);

    QString m_files;
    QString m_db;
    quint64 m_state = 0x5EED0000F00DCAFEull;
    QList<int> m_pluginVersions; // minor version per plugin, bumped on update
    int m_uploadSerial = 0;
};
