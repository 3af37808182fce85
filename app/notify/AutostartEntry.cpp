#include "AutostartEntry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace AutostartEntry {

namespace {
QString configHome()
{
    // The spec: an unset, empty or relative XDG_CONFIG_HOME means ~/.config.
    const QString xdg = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (!xdg.isEmpty() && QDir::isAbsolutePath(xdg))
        return xdg;
    return QDir::homePath() + QStringLiteral("/.config");
}
} // namespace

QString fileName()
{
    return QStringLiteral("dev.managed.Desktop.desktop");
}

QString path()
{
    return configHome() + QStringLiteral("/autostart/") + fileName();
}

bool exists()
{
    return QFileInfo::exists(path());
}

QString execLine(const QString &executable)
{
    // Inside double quotes `"`, `` ` ``, `$` and `\` are escaped with a backslash; then, as for
    // any string value, each backslash is doubled. A `%` would start a field code: `%%`.
    QString quoted;
    for (const QChar c : executable) {
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            quoted += u'\\';
        quoted += c;
    }
    quoted.replace(u'\\', QStringLiteral("\\\\"));
    quoted.replace(u'%', QStringLiteral("%%"));
    return u'"' + quoted + QStringLiteral("\" --tray");
}

bool write(const QString &executable, QString *error)
{
    const QString file = path();
    if (!QDir().mkpath(QFileInfo(file).absolutePath())) {
        if (error)
            *error = QCoreApplication::translate("AutostartEntry", "The folder %1 could not be created.")
                         .arg(QFileInfo(file).absolutePath());
        return false;
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("AutostartEntry", "%1 could not be written: %2")
                         .arg(file, out.errorString());
        return false;
    }
    const QString text = QStringLiteral("[Desktop Entry]\n"
                                        "Type=Application\n"
                                        "Name=Managed Desktop\n"
                                        "Comment=Watches the backups of your managed.dev sites\n"
                                        "Exec=%1\n"
                                        "Icon=dev.managed.Desktop\n"
                                        "Terminal=false\n"
                                        "X-GNOME-Autostart-enabled=true\n")
                             .arg(execLine(executable));
    out.write(text.toUtf8());
    if (!out.commit()) {
        if (error)
            *error = QCoreApplication::translate("AutostartEntry", "%1 could not be written: %2")
                         .arg(file, out.errorString());
        return false;
    }
    return true;
}

bool remove(QString *error)
{
    const QString file = path();
    if (!QFileInfo::exists(file) || QFile::remove(file))
        return true;
    if (error)
        *error = QCoreApplication::translate("AutostartEntry", "%1 could not be removed.").arg(file);
    return false;
}

} // namespace AutostartEntry
