#include "ArchivePaths.h"

#include <QDir>
#include <QFile>

#include <archive.h>
#include <archive_entry.h>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace ArchivePaths {

void ReadDeleter::operator()(archive *a) const
{
    archive_read_free(a);
}

Reader newReader()
{
    Reader in(archive_read_new());
    archive_read_support_filter_gzip(in.get());
    archive_read_support_format_tar(in.get());
    return in;
}

QString entryName(archive_entry *entry)
{
    if (const char *utf8 = archive_entry_pathname_utf8(entry))
        return QString::fromUtf8(utf8);
    return QFile::decodeName(archive_entry_pathname(entry));
}

QString errorText(archive *a)
{
    const char *text = archive_error_string(a);
    return text ? QString::fromLocal8Bit(text) : QStringLiteral("unknown error");
}

bool split(const QString &name, IndexComponent *component, QString *path)
{
    const QString clean = QDir::cleanPath(name);
    for (const auto &[prefix, c] : {std::pair {QStringLiteral("files"), IndexComponent::Files},
                                    std::pair {QStringLiteral("db"), IndexComponent::Db}}) {
        if (clean == prefix || clean.startsWith(prefix + QLatin1Char('/'))) {
            *component = c;
            *path = clean.mid(prefix.size() + 1);
            return true;
        }
    }
    return false;
}

} // namespace ArchivePaths
