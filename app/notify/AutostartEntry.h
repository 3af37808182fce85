#pragma once

#include <QString>

// The XDG autostart entry that starts the app in the tray when the user logs in
// ($XDG_CONFIG_HOME/autostart/dev.managed.Desktop.desktop, ~/.config when unset). Written and
// removed when the user changes the option; nothing else in that folder is touched.
namespace AutostartEntry {

QString fileName(); // dev.managed.Desktop.desktop: the app's own desktop entry's name
QString path();
bool exists();
// executable: the program to start (QCoreApplication::applicationFilePath()); it gets --tray.
// error: a sentence for the user when the file cannot be written.
bool write(const QString &executable, QString *error = nullptr);
bool remove(QString *error = nullptr);
// The Exec= value for executable: quoted and escaped as the Desktop Entry spec asks.
QString execLine(const QString &executable);

} // namespace AutostartEntry
