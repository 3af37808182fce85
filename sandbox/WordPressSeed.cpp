#include "WordPressSeed.h"

#include "WordPressDatabase.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace {
const char *const kWords[] = {
    "admin", "ajax", "archive", "attachment", "author", "block", "bookmark", "cache", "capability", "category",
    "comment", "cron", "customize", "dashboard", "date", "editor", "embed", "feed", "filter", "form",
    "gallery", "hook", "http", "image", "import", "link", "locale", "media", "menu", "meta",
    "nav", "network", "option", "page", "plugin", "post", "query", "rewrite", "role", "rss",
    "script", "search", "session", "shortcode", "site", "style", "taxonomy", "template", "term", "theme",
    "token", "update", "upload", "user", "widget", "walker", "revision", "sitemap", "privacy", "pattern"};
constexpr int kWordCount = int(sizeof(kWords) / sizeof(kWords[0]));

struct Plugin { const char *slug; int files; int major; };
// Sizes vary as real plugins do: one shop plugin with a large vendor folder, a few tiny ones.
const Plugin kPlugins[] = {{"spam-shield", 40, 5}, {"contact-forms", 90, 5}, {"seo-boost", 160, 21},
                           {"cache-rocket", 70, 3}, {"gallery-grid", 60, 2}, {"harbor-shop", 220, 8},
                           {"backup-helper", 30, 1}, {"classic-editor", 12, 1}};
constexpr int kPluginCount = int(sizeof(kPlugins) / sizeof(kPlugins[0]));

QString version(int plugin, int minor)
{
    return QStringLiteral("%1.%2.0").arg(kPlugins[plugin].major).arg(minor);
}
}

WordPressSeed::Day WordPressSeed::day(int index)
{
    Day d;
    if (index <= 0 || index >= kSnapshots)
        return d;
    // A mix on purpose: days with only posts, only uploads, both, and quiet days with neither.
    d.posts = index % 3 != 0;
    d.uploads = index % 2 == 1;
    if (index % 7 == 5)
        d.plugin = (index / 7) % kPluginCount;
    d.tampered = index == kTamperedSnapshot;
    return d;
}

QStringList WordPressSeed::pluginSlugs()
{
    QStringList out;
    for (const Plugin &p : kPlugins)
        out << QString::fromLatin1(p.slug);
    return out;
}

WordPressSeed::WordPressSeed(const QString &envDir)
    : m_files(envDir + QStringLiteral("/files"))
    , m_db(envDir + QStringLiteral("/app.db"))
{
    for (int i = 0; i < kPluginCount; ++i)
        m_pluginVersions << 4 + i;
}

quint64 WordPressSeed::next()
{
    // xorshift64*: tiny, fast and the same sequence on every platform.
    m_state ^= m_state >> 12;
    m_state ^= m_state << 25;
    m_state ^= m_state >> 27;
    return m_state * 0x2545F4914F6CDD1Dull;
}

int WordPressSeed::between(int low, int high)
{
    return low + int(next() % quint64(high - low + 1));
}

QByteArray WordPressSeed::word()
{
    return QByteArray(kWords[next() % kWordCount]);
}

QByteArray WordPressSeed::words(int n, char sep)
{
    QByteArray out = word();
    for (int i = 1; i < n; ++i)
        out += sep + word();
    return out;
}

QByteArray WordPressSeed::textBody(const QString &rel, int bytes)
{
    QByteArray out;
    out.reserve(bytes + 200);
    if (rel.endsWith(QLatin1String(".php"))) {
        out = "<?php\n/**\n * " + words(4, ' ') + " functions.\n *\n * @package HarborPress\n */\n\n";
        while (out.size() < bytes) {
            const QByteArray fn = words(3, '_');
            out += "function wp_" + fn + "( $" + word() + ", $args = array() ) {\n\t$" + word() + " = apply_filters( '"
                + fn + "', $args );\n\tif ( empty( $" + word() + " ) ) {\n\t\treturn false;\n\t}\n\treturn get_" + words(2, '_')
                + "( $" + word() + " );\n}\n\n";
        }
    } else if (rel.endsWith(QLatin1String(".css"))) {
        while (out.size() < bytes)
            out += ".wp-" + words(2, '-') + " {\n\tmargin: " + QByteArray::number(between(0, 32)) + "px;\n\tcolor: #"
                + QByteArray::number(next() % 0xFFFFFF, 16) + ";\n}\n";
    } else if (rel.endsWith(QLatin1String(".js"))) {
        out = "( function( wp ) {\n";
        while (out.size() < bytes)
            out += "\twp." + word() + "." + words(2, '_') + " = function( " + word() + " ) { return wp.hooks.applyFilters( '"
                + words(2, '.') + "', " + word() + " ); };\n";
        out += "} )( window.wp );\n";
    } else if (rel.endsWith(QLatin1String(".json"))) {
        out = "{\n\t\"apiVersion\": 3,\n\t\"name\": \"core/" + word() + "\",\n\t\"supports\": { \"" + word() + "\": true }\n}\n";
    } else {
        while (out.size() < bytes)
            out += words(12, ' ') + ".\n";
    }
    return out;
}

bool WordPressSeed::write(const QString &rel, const QByteArray &content, QString *error)
{
    const QString path = m_files + QLatin1Char('/') + rel;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size()) {
        *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return false;
    }
    f.close();
    ::chmod(QFile::encodeName(path).constData(), rel == QLatin1String("wp-config.php") ? 0640 : 0644);
    return true;
}

bool WordPressSeed::writeText(const QString &rel, int bytes, QString *error)
{
    return write(rel, textBody(rel, bytes), error);
}

bool WordPressSeed::writeBinary(const QString &rel, int bytes, QString *error)
{
    QByteArray data(bytes & ~7, Qt::Uninitialized);
    auto *w = reinterpret_cast<quint64 *>(data.data());
    for (qsizetype i = 0; i < data.size() / 8; ++i)
        w[i] = next();
    // A JPEG's start-of-image marker, so `file` and image viewers at least recognise the kind.
    data.replace(0, 4, "\xFF\xD8\xFF\xE0");
    return write(rel, data, error);
}

bool WordPressSeed::create(const QDate &date, QString *error)
{
    QDir(m_files).removeRecursively();
    QFile::remove(m_db);
    if (!QDir().mkpath(m_files)) {
        *error = QStringLiteral("cannot create %1").arg(m_files);
        return false;
    }
    if (!createCore(error) || !createThemes(error))
        return false;
    for (int p = 0; p < kPluginCount; ++p) {
        if (!createPlugin(p, error))
            return false;
    }
    // Two years of uploads, a few images a month.
    for (int month = 24; month >= 1; --month) {
        if (!addUploads(date.addMonths(-month), 6, error))
            return false;
    }
    return WordPressDatabase(m_db).create(date, pluginSlugs(), error);
}

bool WordPressSeed::createCore(QString *error)
{
    const QByteArray index = "<?php\n/**\n * Front door of the site: every request starts here and is handed to the theme.\n */\n"
                             "define( 'WP_USE_THEMES', true );\nrequire __DIR__ . '/wp-blog-header.php';\n";
    const QByteArray config = "<?php\ndefine( 'DB_NAME', 'app.db' );\ndefine( 'WP_HOME', 'https://harbor-press.example' );\n"
                              "$table_prefix = 'wp_';\ndefine( 'WP_DEBUG', false );\nrequire_once __DIR__ . '/wp-settings.php';\n";
    bool ok = write(QStringLiteral("index.php"), index, error) && write(QStringLiteral("wp-config.php"), config, error)
        && write(QStringLiteral(".htaccess"), "# BEGIN WordPress\nRewriteEngine On\nRewriteRule ^index\\.php$ - [L]\n# END WordPress\n", error)
        && writeText(QStringLiteral("license.txt"), 19000, error) && writeText(QStringLiteral("readme.html"), 7400, error);
    static const char *const rootFiles[] = {"wp-load.php", "wp-settings.php", "wp-login.php", "wp-cron.php", "xmlrpc.php",
                                            "wp-blog-header.php", "wp-comments-post.php", "wp-signup.php", "wp-mail.php"};
    for (const char *name : rootFiles)
        ok = ok && writeText(QString::fromLatin1(name), between(800, 30000), error);
    // (folder, count, extension, smallest, largest)
    struct Part { const char *dir; int count; const char *ext; int low, high; };
    static const Part parts[] = {
        {"wp-admin", 50, "php", 600, 16000},          {"wp-admin/css", 30, "css", 2000, 30000},
        {"wp-admin/js", 50, "js", 1000, 20000},       {"wp-admin/includes", 60, "php", 2000, 30000},
        {"wp-admin/network", 20, "php", 500, 5000},   {"wp-admin/user", 10, "php", 300, 2000},
        {"wp-includes", 120, "php", 1000, 25000},     {"wp-includes/js", 80, "js", 800, 16000},
        {"wp-includes/js/dist", 60, "js", 2000, 25000}, {"wp-includes/css", 30, "css", 1000, 16000},
        {"wp-includes/rest-api/endpoints", 25, "php", 3000, 20000}, {"wp-content/languages", 20, "txt", 500, 3000},
    };
    for (const Part &part : parts) {
        for (int i = 0; ok && i < part.count; ++i) {
            ok = writeText(QStringLiteral("%1/%2-%3.%4").arg(QString::fromLatin1(part.dir), QString::fromLatin1(words(2, '-')))
                               .arg(i).arg(QString::fromLatin1(part.ext)),
                           between(part.low, part.high), error);
        }
    }
    for (int i = 0; ok && i < 20; ++i)
        ok = writeBinary(QStringLiteral("wp-admin/images/%1-%2.png").arg(QString::fromLatin1(word())).arg(i), between(200, 6000), error);
    // Blocks: one folder per block with its metadata and styles, as the block editor has.
    for (int b = 0; ok && b < 36; ++b) {
        const QString dir = QStringLiteral("wp-includes/blocks/%1-%2/").arg(QString::fromLatin1(word())).arg(b);
        ok = writeText(dir + QStringLiteral("block.json"), 0, error) && writeText(dir + QStringLiteral("style.css"), between(200, 3000), error)
            && writeText(dir + QStringLiteral("style.min.css"), between(100, 2000), error)
            && writeText(dir + QStringLiteral("editor.css"), between(100, 1500), error);
    }
    return ok;
}

bool WordPressSeed::createPlugin(int plugin, QString *error)
{
    const QString slug = QString::fromLatin1(kPlugins[plugin].slug);
    const QString dir = QStringLiteral("wp-content/plugins/") + slug + QLatin1Char('/');
    const QString v = version(plugin, m_pluginVersions[plugin]);
    bool ok = write(dir + slug + QStringLiteral(".php"),
                    "<?php\n/**\n * Plugin Name: " + slug.toUtf8() + "\n * Version: " + v.toUtf8() + "\n */\nrequire __DIR__ . '/includes/loader.php';\n",
                    error)
        && write(dir + QStringLiteral("readme.txt"), "=== " + slug.toUtf8() + " ===\nStable tag: " + v.toUtf8() + "\n", error)
        && writeText(dir + QStringLiteral("includes/loader.php"), between(500, 4000), error);
    static const char *const subdirs[] = {"includes", "admin", "assets/js", "assets/css", "vendor/lib", "languages"};
    static const char *const exts[] = {"php", "php", "js", "css", "php", "txt"};
    for (int i = 0; ok && i < kPlugins[plugin].files; ++i) {
        const int s = int(next() % 6);
        ok = writeText(QStringLiteral("%1%2/%3-%4.%5").arg(dir, QString::fromLatin1(subdirs[s]), QString::fromLatin1(words(2, '-')))
                           .arg(i).arg(QString::fromLatin1(exts[s])),
                       between(400, 12000), error);
    }
    return ok;
}

bool WordPressSeed::createThemes(QString *error)
{
    static const char *const themes[] = {"harbor", "twentytwentyfour", "twentytwentythree"};
    bool ok = true;
    for (const char *theme : themes) {
        const QString dir = QStringLiteral("wp-content/themes/%1/").arg(QString::fromLatin1(theme));
        ok = ok && write(dir + QStringLiteral("style.css"), "/*\nTheme Name: " + QByteArray(theme) + "\nVersion: 1.2\n*/\n", error);
        static const char *const templates[] = {"index.php", "header.php", "footer.php", "functions.php", "single.php",
                                                "page.php", "archive.php", "search.php", "404.php", "comments.php"};
        for (const char *t : templates)
            ok = ok && writeText(dir + QString::fromLatin1(t), between(500, 8000), error);
        for (int i = 0; ok && i < 30; ++i) {
            ok = i % 3 == 0 ? writeBinary(dir + QStringLiteral("assets/images/%1-%2.jpg").arg(QString::fromLatin1(word())).arg(i),
                                          between(2000, 40000), error)
                            : writeText(dir + QStringLiteral("parts/%1-%2.php").arg(QString::fromLatin1(words(2, '-'))).arg(i),
                                        between(300, 3000), error);
        }
    }
    return ok;
}

bool WordPressSeed::addUploads(const QDate &date, int count, QString *error)
{
    const QString dir = QStringLiteral("wp-content/uploads/%1/%2/").arg(date.year()).arg(date.month(), 2, 10, QLatin1Char('0'));
    for (int i = 0; i < count; ++i) {
        const QString name = QStringLiteral("%1-%2").arg(QString::fromLatin1(words(2, '-'))).arg(++m_uploadSerial);
        if (!writeBinary(dir + name + QStringLiteral(".jpg"), between(12000, 60000), error)
            || !writeBinary(dir + name + QStringLiteral("-150x150.jpg"), between(3000, 8000), error))
            return false;
    }
    return true;
}

bool WordPressSeed::updatePlugin(int plugin, QString *error)
{
    ++m_pluginVersions[plugin];
    const QString slug = QString::fromLatin1(kPlugins[plugin].slug);
    const QString dir = m_files + QStringLiteral("/wp-content/plugins/") + slug;
    // An update rewrites the plugin: the header and readme change, and so do about a third of its files.
    QStringList files;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(dir).relativeFilePath(it.next());
    files.sort(); // directory order differs between file systems; the seed must not
    const QString rel = QStringLiteral("wp-content/plugins/") + slug + QLatin1Char('/');
    for (const QString &f : std::as_const(files)) {
        if (next() % 3 == 0 && !writeText(rel + f, between(400, 12000), error))
            return false;
    }
    const QString v = version(plugin, m_pluginVersions[plugin]);
    return write(rel + slug + QStringLiteral(".php"),
                 "<?php\n/**\n * Plugin Name: " + slug.toUtf8() + "\n * Version: " + v.toUtf8() + "\n */\nrequire __DIR__ . '/includes/loader.php';\n",
                 error)
        && write(rel + QStringLiteral("readme.txt"), "=== " + slug.toUtf8() + " ===\nStable tag: " + v.toUtf8() + "\n", error)
        && writeText(rel + QStringLiteral("includes/changes-%1.php").arg(m_pluginVersions[plugin]), between(500, 3000), error)
        && WordPressDatabase(m_db).setPluginVersion(slug, v, error);
}

bool WordPressSeed::tamper(const QDate &date, QString *error)
{
    // Harmless stand-ins for what a compromised form plugin leaves behind: a line added to the
    // front door and a .php file where only media belongs.
    const QString uploads = QStringLiteral("wp-content/uploads/%1/%2/").arg(date.year()).arg(date.month(), 2, 10, QLatin1Char('0'));
    QFile f(m_files + QStringLiteral("/index.php"));
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return false;
    }
    QByteArray index = f.readAll();
    f.close();
    const QByteArray include = "@include __DIR__ . '/" + uploads.toUtf8() + "wp-stats.php';\ndefine(";
    index.replace("define(", include);
    return write(QStringLiteral("index.php"), index, error)
        && write(uploads + QStringLiteral("wp-stats.php"),
                 "<?php\n// Not part of WordPress: appeared in uploads the night the site broke.\n"
                 "if ( isset( $_GET['stats'] ) ) {\n\techo 'ok';\n}\n",
                 error);
}

bool WordPressSeed::advance(int index, const QDate &date, QString *error)
{
    const Day d = day(index);
    if (d.uploads && !addUploads(date, between(2, 4), error))
        return false;
    if (d.plugin >= 0 && !updatePlugin(d.plugin, error))
        return false;
    if (d.tampered && !tamper(date, error))
        return false;
    return !d.posts || WordPressDatabase(m_db).addPosts(date, 1 + index % 2, error);
}
