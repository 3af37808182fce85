#include "SafeFileName.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QRegularExpression>
#include <QUrl>

namespace {

// Most file systems allow 255 bytes per name; leave room for " (NN)" and ".part".
constexpr int MaxNameLength = 200;

bool isForbidden(QChar c)
{
    const QChar::Category cat = c.category();
    // Control characters can hide or fake parts of a name in a terminal or dialog; format
    // characters (e.g. U+202E right-to-left override) can make "exe.tar.gz" look harmless.
    if (cat == QChar::Other_Control || cat == QChar::Other_Format || cat == QChar::Other_Surrogate
        || cat == QChar::Other_NotAssigned || cat == QChar::Separator_Line
        || cat == QChar::Separator_Paragraph)
        return true;
    // Reserved on Windows; the same archive may be copied there.
    return QStringLiteral("<>:\"|?*").contains(c);
}

bool isReservedDeviceName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(name).hasMatch();
}

// Splits a header value on `;` outside quoted strings.
QList<QByteArray> splitParameters(const QByteArray &value)
{
    QList<QByteArray> parts;
    QByteArray current;
    bool quoted = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value.at(i);
        if (quoted && c == '\\' && i + 1 < value.size()) {
            current += c;
            current += value.at(++i);
            continue;
        }
        if (c == '"')
            quoted = !quoted;
        if (c == ';' && !quoted) {
            parts.append(current.trimmed());
            current.clear();
            continue;
        }
        current += c;
    }
    parts.append(current.trimmed());
    return parts;
}

QByteArray unquote(const QByteArray &raw)
{
    const QByteArray v = raw.trimmed();
    if (v.size() < 2 || !v.startsWith('"') || !v.endsWith('"'))
        return v;
    QByteArray out;
    for (qsizetype i = 1; i < v.size() - 1; ++i) {
        if (v.at(i) == '\\' && i + 1 < v.size() - 1)
            ++i;
        out += v.at(i);
    }
    return out;
}

// RFC 5987 ext-value: charset'language'percent-encoded. Only UTF-8 (and its ASCII subset) is
// accepted; anything else is ignored so the plain filename parameter is used instead.
QString decodeExtValue(const QByteArray &raw)
{
    const QByteArray v = unquote(raw);
    const qsizetype first = v.indexOf('\'');
    const qsizetype second = first < 0 ? -1 : v.indexOf('\'', first + 1);
    if (second < 0)
        return {};
    const QByteArray charset = v.left(first).toLower();
    if (charset != "utf-8" && charset != "us-ascii")
        return {};
    return QString::fromUtf8(QByteArray::fromPercentEncoding(v.mid(second + 1)));
}

} // namespace

namespace SafeFileName {

QString fallback()
{
    return QStringLiteral("snapshot.tar.gz");
}

QString sanitize(const QString &name)
{
    QString base = name;
    // Whatever directory part a name carries (either separator, any platform) is dropped.
    const qsizetype cut = qMax(base.lastIndexOf(QLatin1Char('/')), base.lastIndexOf(QLatin1Char('\\')));
    if (cut >= 0)
        base = base.mid(cut + 1);
    // "C:name" is relative to drive C's current directory on Windows.
    if (base.size() >= 2 && base.at(1) == QLatin1Char(':') && base.at(0).isLetter())
        base = base.mid(2);

    QString clean;
    clean.reserve(base.size());
    for (const QChar c : std::as_const(base)) {
        if (isForbidden(c))
            clean += QLatin1Char(c.category() == QChar::Other_Control ? '\0' : '_');
        else
            clean += c;
    }
    clean.remove(QChar(0));
    clean = clean.simplified();

    // Leading dots make hidden files ("." and ".." are the extreme case); trailing dots and
    // spaces are silently dropped by Windows, which would change what the user sees.
    while (!clean.isEmpty() && (clean.front() == QLatin1Char('.') || clean.front().isSpace()))
        clean.remove(0, 1);
    while (!clean.isEmpty() && (clean.back() == QLatin1Char('.') || clean.back().isSpace()))
        clean.chop(1);

    if (clean.size() > MaxNameLength) {
        QString stem, ext;
        splitExtension(clean, &stem, &ext);
        if (ext.size() > 20)
            ext.clear();
        clean = stem.left(MaxNameLength - ext.size()) + ext;
    }
    if (clean.isEmpty())
        return fallback();
    if (isReservedDeviceName(clean))
        clean.prepend(QLatin1Char('_'));
    return clean;
}

QString checkTyped(const QString &name)
{
    const QString shown = QStringLiteral("\"%1\"").arg(name);
    if (name.isEmpty())
        return QCoreApplication::translate("SafeFileName", "The file name is empty.");
    if (name == QLatin1String(".") || name == QLatin1String(".."))
        return QCoreApplication::translate("SafeFileName", "%1 names a folder, not a file.").arg(shown);
    if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')))
        return QCoreApplication::translate("SafeFileName", "The file name %1 contains a folder separator.").arg(shown);
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return QCoreApplication::translate("SafeFileName", "The file name contains a control character.");
    }
    // Room for ".part" within the 255 bytes most file systems allow.
    if (QFile::encodeName(name).size() > 250)
        return QCoreApplication::translate("SafeFileName", "The file name is too long (at most 250 bytes).");
    return {};
}

QString fromContentDisposition(const QByteArray &headerValue)
{
    QString plain;
    QString extended;
    const QList<QByteArray> params = splitParameters(headerValue);
    for (const QByteArray &param : params) {
        const qsizetype eq = param.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = param.left(eq).trimmed().toLower();
        const QByteArray value = param.mid(eq + 1);
        if (key == "filename*")
            extended = decodeExtValue(value);
        else if (key == "filename")
            plain = QString::fromUtf8(unquote(value));
    }
    const QString chosen = !extended.isEmpty() ? extended : plain;
    return sanitize(chosen);
}

void splitExtension(const QString &name, QString *stem, QString *extension)
{
    static const QStringList doubles = {QStringLiteral(".tar.gz"), QStringLiteral(".tar.bz2"),
                                        QStringLiteral(".tar.xz"), QStringLiteral(".tar.zst")};
    for (const QString &ext : doubles) {
        if (name.size() > ext.size() && name.endsWith(ext, Qt::CaseInsensitive)) {
            *stem = name.left(name.size() - ext.size());
            *extension = name.right(ext.size());
            return;
        }
    }
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0) {
        *stem = name;
        extension->clear();
        return;
    }
    *stem = name.left(dot);
    *extension = name.mid(dot);
}

QString unique(const QString &dir, const QString &name)
{
    const QDir folder(dir);
    auto taken = [&](const QString &candidate) {
        return QFileInfo::exists(folder.filePath(candidate))
               || QFileInfo::exists(folder.filePath(candidate + QLatin1String(".part")));
    };
    if (!taken(name))
        return name;
    QString stem, ext;
    splitExtension(name, &stem, &ext);
    for (int n = 1;; ++n) {
        const QString candidate = stem + QStringLiteral(" (%1)").arg(n) + ext;
        if (!taken(candidate))
            return candidate;
    }
}

Claim claim(const QString &dir, const QString &name, bool rename)
{
    const QDir folder(dir);
    QString candidate = rename ? unique(dir, name) : name;
    // Each lost race makes the next unique() skip that name, so this ends; the bound is for a
    // folder that reports "exists" for everything (a broken network share).
    for (int attempt = 0; attempt < 1000; ++attempt) {
        QFile part(folder.filePath(candidate + QLatin1String(".part")));
        const bool finalExists = QFileInfo::exists(folder.filePath(candidate));
        // 0600: an archive holds a database dump; O_EXCL also never follows a planted link.
        if (!finalExists && part.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return {candidate, {}, false};
        if (!finalExists && !QFileInfo::exists(part.fileName())) {
            return {{}, QCoreApplication::translate("SafeFileName", "Could not create %1: %2")
                            .arg(QDir::toNativeSeparators(part.fileName()), part.errorString()), false};
        }
        if (!rename) {
            return {{}, QCoreApplication::translate("SafeFileName", "%1 already exists.")
                            .arg(QDir::toNativeSeparators(folder.filePath(candidate))), true};
        }
        candidate = unique(dir, name);
    }
    return {{}, QCoreApplication::translate("SafeFileName", "No free file name for %1 in %2.")
                    .arg(name, QDir::toNativeSeparators(dir)), true};
}

} // namespace SafeFileName
