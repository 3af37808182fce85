<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Managed Desktop</source>
        <translation>Über Managed Desktop</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Managed Desktop&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Managed Desktop&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Snapshots and backups for sites on the managed.dev hosting platform: take, restore and download them, for one site or a whole fleet.</source>
        <translation>Snapshots und Backups für Websites auf der Hosting-Plattform managed.dev: erstellen, wiederherstellen und herunterladen, für eine Website oder eine ganze Flotte.</translation>
    </message>
    <message>
        <source>Copyright © 2026 managed.dev. Provided to managed.dev customers for use with the platform; the libraries below keep their own licences.</source>
        <translation>Copyright © 2026 managed.dev. Für Kunden von managed.dev zur Nutzung mit der Plattform; die unten genannten Bibliotheken behalten ihre eigenen Lizenzen.</translation>
    </message>
    <message>
        <source>Libraries used</source>
        <translation>Verwendete Bibliotheken</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <source>Libraries used:</source>
        <translation>Verwendete Bibliotheken:</translation>
    </message>
    <message>
        <source>Managed Desktop %1</source>
        <translation>Managed Desktop %1</translation>
    </message>
</context>
<context>
    <name>Account</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>AccountSession</name>
    <message>
        <source>Signed out; the key was removed from the keychain.</source>
        <translation>Abgemeldet; der Schlüssel wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Could not sign out: %1</source>
        <translation>Abmelden nicht möglich: %1</translation>
    </message>
    <message>
        <source>The platform no longer accepts the key of %1 (%2). Enter a new key to continue.</source>
        <translation>Die Plattform akzeptiert den Schlüssel von %1 (%2) nicht mehr. Geben Sie einen neuen Schlüssel ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>No keychain available: the key is kept for this session only.</source>
        <translation>Kein Schlüsselbund verfügbar: Der Schlüssel wird nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Keine Verbindung zu %1 möglich: %2</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>The account is incomplete and was not saved.</source>
        <translation>Das Konto ist unvollständig und wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>There is no such account.</source>
        <translation>Dieses Konto gibt es nicht.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged.</source>
        <translation>Die Einstellungsdatei %1 ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>AccountSwitcher</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Switch account</source>
        <translation>Konto wechseln</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Konto hinzufügen…</translation>
    </message>
</context>
<context>
    <name>ActionController</name>
    <message>
        <source>&amp;Take Snapshot…</source>
        <translation>Snapshot &amp;erstellen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Take a snapshot of the selected environment now</source>
        <translation>Jetzt einen Snapshot der ausgewählten Umgebung erstellen</translation>
    </message>
    <message>
        <source>Take Snapshots of &amp;Selected…</source>
        <translation>Snapshots der &amp;Auswahl erstellen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Take a snapshot of every selected environment</source>
        <translation>Von jeder ausgewählten Umgebung einen Snapshot erstellen</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Restore the selected snapshot&apos;s database, files or both</source>
        <translation>Datenbank, Dateien oder beides aus dem ausgewählten Snapshot wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>&amp;Herunterladen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Download the selected snapshot as an archive</source>
        <translation>Den ausgewählten Snapshot als Archiv herunterladen</translation>
    </message>
    <message numerus="yes">
        <source>Take Snapshots of %n Environment(s)…</source>
        <translation>
            <numerusform>Snapshot von %n Umgebung erstellen…</numerusform>
            <numerusform>Snapshots von %n Umgebungen erstellen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Extraction finished</source>
        <translation>Entpacken abgeschlossen</translation>
    </message>
    <message>
        <source>Extraction failed</source>
        <translation>Entpacken fehlgeschlagen</translation>
    </message>
    <message>
        <source>Taking a snapshot of %1 / %2…</source>
        <translation>Snapshot von %1 / %2 wird erstellt…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n snapshot(s) taken.</source>
        <translation>
            <numerusform>%1 von %n Snapshot erstellt.</numerusform>
            <numerusform>%1 von %n Snapshots erstellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Snapshots finished</source>
        <translation>Snapshots abgeschlossen</translation>
    </message>
    <message>
        <source>Restore finished</source>
        <translation>Wiederherstellung abgeschlossen</translation>
    </message>
    <message>
        <source>%1 was restored.</source>
        <translation>%1 wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restore of %1 failed</source>
        <translation>Wiederherstellung von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Snapshot ready</source>
        <translation>Snapshot bereit</translation>
    </message>
    <message>
        <source>Snapshot failed</source>
        <translation>Snapshot fehlgeschlagen</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Wiederherstellung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Download finished</source>
        <translation>Download abgeschlossen</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>Download fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No snapshot of %1 / %2 was taken: %3</source>
        <translation>Von %1 / %2 wurde kein Snapshot erstellt: %3</translation>
    </message>
    <message>
        <source>the snapshot of %1 / %2 from %3</source>
        <translation>der Snapshot von %1 / %2 vom %3</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>%1 wird heruntergeladen…</translation>
    </message>
    <message>
        <source>(job %1)</source>
        <translation>(Job %1)</translation>
    </message>
</context>
<context>
    <name>AnnouncementText</name>
    <message>
        <source>late</source>
        <translation>verspätet</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>never backed up</source>
        <translation>nie gesichert</translation>
    </message>
    <message>
        <source>fresh</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>nicht geplant</translation>
    </message>
    <message>
        <source>Backups are scheduled every %1, but there is none yet.</source>
        <translation>Backups sind alle %1 geplant, aber es gibt noch keines.</translation>
    </message>
    <message>
        <source>Last backup %1; scheduled every %2.</source>
        <translation>Letztes Backup %1; geplant alle %2.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has never been backed up</source>
        <translation>%1 wurde noch nie gesichert</translation>
    </message>
    <message>
        <source>Backups of %1 are stale</source>
        <translation>Backups von %1 sind veraltet</translation>
    </message>
    <message>
        <source>Backups of %1 are late</source>
        <translation>Backups von %1 sind verspätet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n production environment(s) fell behind</source>
        <translation>
            <numerusform>%n Produktionsumgebung ist in Verzug geraten</numerusform>
            <numerusform>%n Produktionsumgebungen sind in Verzug geraten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s) fell behind</source>
        <translation>
            <numerusform>%n Umgebung ist in Verzug geraten</numerusform>
            <numerusform>%n Umgebungen sind in Verzug geraten</numerusform>
        </translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>%1 (job %2)</source>
        <translation>%1 (Auftrag %2)</translation>
    </message>
    <message>
        <source>Snapshot of %1 failed</source>
        <translation>Snapshot von %1 fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) failed</source>
        <translation>
            <numerusform>%n Snapshot fehlgeschlagen</numerusform>
            <numerusform>%n Snapshots fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>failed: %1 (job %2)</source>
        <translation>fehlgeschlagen: %1 (Auftrag %2)</translation>
    </message>
    <message>
        <source>Restore of %1 finished</source>
        <translation>Wiederherstellung von %1 abgeschlossen</translation>
    </message>
    <message>
        <source>Restore of %1 failed</source>
        <translation>Wiederherstellung von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>The environment now holds the restored snapshot.</source>
        <translation>Die Umgebung enthält jetzt den wiederhergestellten Snapshot.</translation>
    </message>
    <message numerus="yes">
        <source>%n restore(s) ended, some failed</source>
        <translation>
            <numerusform>%n Wiederherstellung beendet, mit Fehlern</numerusform>
            <numerusform>%n Wiederherstellungen beendet, einige fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restore(s) finished</source>
        <translation>
            <numerusform>%n Wiederherstellung abgeschlossen</numerusform>
            <numerusform>%n Wiederherstellungen abgeschlossen</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup digest: every scheduled environment is fresh</source>
        <translation>Backup-Übersicht: alle geplanten Umgebungen sind aktuell</translation>
    </message>
    <message numerus="yes">
        <source>Backup digest: %n environment(s) need attention</source>
        <translation>
            <numerusform>Backup-Übersicht: %n Umgebung braucht Aufmerksamkeit</numerusform>
            <numerusform>Backup-Übersicht: %n Umgebungen brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 fresh, %2 late, %3 stale, %4 never backed up</source>
        <translation>%1 aktuell, %2 verspätet, %3 veraltet, %4 nie gesichert</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) failed in the last 24 hours.</source>
        <translation>
            <numerusform>%n Snapshot ist in den letzten 24 Stunden fehlgeschlagen.</numerusform>
            <numerusform>%n Snapshots sind in den letzten 24 Stunden fehlgeschlagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>No API address is set.</source>
        <translation>Es ist keine API-Adresse festgelegt.</translation>
    </message>
    <message>
        <source>The API address is not a valid URL.</source>
        <translation>Die API-Adresse ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The API address must not contain a user name or password.</source>
        <translation>Die API-Adresse darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>The API address must not contain a query or fragment.</source>
        <translation>Die API-Adresse darf weder Abfrage noch Fragment enthalten.</translation>
    </message>
    <message>
        <source>The API address must use https://. Plain http:// is only allowed to this computer (localhost, 127.0.0.1 or ::1), because the API key would travel unencrypted.</source>
        <translation>Die API-Adresse muss https:// verwenden. Unverschlüsseltes http:// ist nur zu diesem Computer erlaubt (localhost, 127.0.0.1 oder ::1), weil der API-Schlüssel sonst unverschlüsselt übertragen würde.</translation>
    </message>
    <message>
        <source>The API address must start with https://.</source>
        <translation>Die API-Adresse muss mit https:// beginnen.</translation>
    </message>
</context>
<context>
    <name>ArchiveExtractor</name>
    <message>
        <source>has an empty name.</source>
        <translation>hat einen leeren Namen.</translation>
    </message>
    <message>
        <source>has an absolute path.</source>
        <translation>hat einen absoluten Pfad.</translation>
    </message>
    <message>
        <source>has a backslash in its path.</source>
        <translation>enthält einen Backslash im Pfad.</translation>
    </message>
    <message>
        <source>has a control character in its name.</source>
        <translation>enthält ein Steuerzeichen im Namen.</translation>
    </message>
    <message>
        <source>climbs out of the folder with &quot;..&quot;.</source>
        <translation>verlässt den Ordner mit „..“.</translation>
    </message>
    <message>
        <source>is a link to nothing.</source>
        <translation>ist ein Verweis ins Leere.</translation>
    </message>
    <message>
        <source>is a link to an absolute path outside the folder.</source>
        <translation>ist ein Verweis auf einen absoluten Pfad außerhalb des Ordners.</translation>
    </message>
    <message>
        <source>is a link to a place outside the folder.</source>
        <translation>ist ein Verweis auf einen Ort außerhalb des Ordners.</translation>
    </message>
    <message>
        <source>%1 already exists and is not an empty folder.</source>
        <translation>%1 existiert bereits und ist kein leerer Ordner.</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Could not move the extracted files to %1.</source>
        <translation>Die entpackten Dateien konnten nicht nach %1 verschoben werden.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not create a folder in %1.</source>
        <translation>In %1 konnte kein Ordner angelegt werden.</translation>
    </message>
    <message>
        <source>The archive was refused: entry &quot;%1&quot; %2</source>
        <translation>Das Archiv wurde abgelehnt: Eintrag „%1“ %2</translation>
    </message>
    <message>
        <source>is a hard link to a place outside the folder.</source>
        <translation>ist ein harter Verweis auf einen Ort außerhalb des Ordners.</translation>
    </message>
    <message>
        <source>is a device file, FIFO or socket.</source>
        <translation>ist eine Gerätedatei, ein FIFO oder ein Socket.</translation>
    </message>
    <message>
        <source>The archive is damaged: %1</source>
        <translation>Das Archiv ist beschädigt: %1</translation>
    </message>
    <message>
        <source>Could not write the extracted files: %1</source>
        <translation>Die entpackten Dateien konnten nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Could not open the archive: %1</source>
        <translation>Das Archiv konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Could not extract &quot;%1&quot;: %2</source>
        <translation>„%1“ konnte nicht entpackt werden: %2</translation>
    </message>
    <message>
        <source>Extracting</source>
        <translation>Wird entpackt</translation>
    </message>
    <message>
        <source>Could not finish writing the extracted files: %1</source>
        <translation>Das Schreiben der entpackten Dateien konnte nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <source>The archive was refused: entry &quot;%1&quot; has mode %2, which would keep its own owner from reading it.</source>
        <translation>Das Archiv wurde abgelehnt: Eintrag „%1“ hat den Modus %2, mit dem selbst sein Eigentümer ihn nicht lesen könnte.</translation>
    </message>
    <message>
        <source>The archive was refused: it holds more data than its manifest declares (%1 bytes); &quot;%2&quot; would go beyond that.</source>
        <translation>Das Archiv wurde abgelehnt: Es enthält mehr Daten, als sein Manifest angibt (%1 Byte); „%2“ würde darüber hinausgehen.</translation>
    </message>
    <message>
        <source>The archive expands to more than the %1 bytes free in %2; nothing was extracted. Free some space, or extract into another folder.</source>
        <translation>Entpackt ist das Archiv größer als die %1 Byte, die in %2 frei sind; es wurde nichts entpackt. Geben Sie Speicherplatz frei oder entpacken Sie es in einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Its partly extracted files could not all be removed from %1.</source>
        <translation>Die teilweise entpackten Dateien konnten nicht alle aus %1 entfernt werden.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>ArchiveIndexer</name>
    <message>
        <source>The archive is damaged: %1</source>
        <translation>Das Archiv ist beschädigt: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The download did not complete.</source>
        <translation>Der Download wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Could not open the archive: %1</source>
        <translation>Das Archiv konnte nicht geöffnet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>The archive has more than %n entries, too many to index.</source>
        <translation>
            <numerusform>Das Archiv hat mehr als %n Eintrag, zu viele zum Indizieren.</numerusform>
            <numerusform>Das Archiv hat mehr als %n Einträge, zu viele zum Indizieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>The archive was refused: entry &quot;%1&quot; %2</source>
        <translation>Das Archiv wurde abgelehnt: Eintrag „%1“ %2</translation>
    </message>
    <message>
        <source>The archive was refused: entry &quot;%1&quot; is a hard link to a place outside its component.</source>
        <translation>Das Archiv wurde abgelehnt: Eintrag „%1“ ist ein harter Link auf einen Ort außerhalb seiner Komponente.</translation>
    </message>
    <message>
        <source>The archive was refused: entry &quot;%1&quot; is a file where a folder must be.</source>
        <translation>Das Archiv wurde abgelehnt: Eintrag „%1“ ist eine Datei, wo ein Ordner sein muss.</translation>
    </message>
    <message>
        <source>The archive was refused: entry &quot;%1&quot; has data outside its declared size.</source>
        <translation>Das Archiv wurde abgelehnt: Eintrag „%1“ hat Daten außerhalb seiner angegebenen Größe.</translation>
    </message>
    <message>
        <source>The archive was refused: entry &quot;%1&quot; holds more data than its header says.</source>
        <translation>Das Archiv wurde abgelehnt: Eintrag „%1“ enthält mehr Daten, als sein Kopf angibt.</translation>
    </message>
    <message>
        <source>Could not move the index into place at %1.</source>
        <translation>Der Index konnte nicht nach %1 verschoben werden.</translation>
    </message>
    <message>
        <source>Could not create the index %1: %2</source>
        <translation>Der Index %1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Could not write the index: %1</source>
        <translation>Der Index konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The archive was refused: &quot;%1&quot; is both a file and a folder.</source>
        <translation>Das Archiv wurde abgelehnt: „%1“ ist zugleich eine Datei und ein Ordner.</translation>
    </message>
    <message>
        <source>Could not compute a checksum.</source>
        <translation>Die Prüfsumme konnte nicht berechnet werden.</translation>
    </message>
</context>
<context>
    <name>Arguments</name>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 ist erforderlich</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a site id (site_…) or slug (like acme-store)</source>
        <translation>„%1“ ist keine Website-ID (site_…) und kein Kurzname (wie acme-store)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an environment name (like production)</source>
        <translation>„%1“ ist kein Umgebungsname (wie production)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a snapshot id (snap_ and 26 characters)</source>
        <translation>„%1“ ist keine Snapshot-ID (snap_ und 26 Zeichen)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a job id (job_ and 26 characters)</source>
        <translation>„%1“ ist keine Auftrags-ID (job_ und 26 Zeichen)</translation>
    </message>
    <message>
        <source>a label is limited to 200 characters</source>
        <translation>eine Bezeichnung darf höchstens 200 Zeichen lang sein</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
</context>
<context>
    <name>AuthLoginCommand</name>
    <message>
        <source>The API to sign in to (default: MF_API_URL, else https://api.managed.dev/v1).</source>
        <translation>Die API, bei der Sie sich anmelden (Standard: MF_API_URL, sonst https://api.managed.dev/v1).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Read the API key from standard input (for scripts).</source>
        <translation>Den API-Schlüssel von der Standardeingabe lesen (für Skripte).</translation>
    </message>
    <message>
        <source>A name for this account in lists.</source>
        <translation>Ein Name für dieses Konto in Listen.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>the API key is not accepted as an argument (it would be visible to other programs); type it at the prompt or use --key-stdin</source>
        <translation>der API-Schlüssel wird nicht als Argument angenommen (er wäre für andere Programme sichtbar); geben Sie ihn an der Eingabeaufforderung ein oder verwenden Sie --key-stdin</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a URL like https://api.managed.dev/v1</source>
        <translation>„%1“ ist keine URL wie https://api.managed.dev/v1</translation>
    </message>
    <message>
        <source>No API key was given on standard input.</source>
        <translation>Auf der Standardeingabe wurde kein API-Schlüssel übergeben.</translation>
    </message>
    <message>
        <source>API key for %1 (input is hidden): </source>
        <translation>API-Schlüssel für %1 (Eingabe wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>No API key was given.</source>
        <translation>Es wurde kein API-Schlüssel angegeben.</translation>
    </message>
    <message>
        <source>Checking the key with %1…</source>
        <translation>Schlüssel wird bei %1 geprüft…</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (%3, plan %4).</source>
        <translation>Bei %1 angemeldet als %2 (%3, Tarif %4).</translation>
    </message>
    <message>
        <source>The key %1… is kept in the keychain.</source>
        <translation>Der Schlüssel %1… wird im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>The key is valid but was not saved. Without a keychain, set MF_API_KEY (and MF_API_URL) in the environment of the commands that need it.</source>
        <translation>Der Schlüssel ist gültig, wurde aber nicht gespeichert. Ohne Schlüsselbund setzen Sie MF_API_KEY (und MF_API_URL) in der Umgebung der Befehle, die ihn brauchen.</translation>
    </message>
    <message>
        <source>It may: %1.</source>
        <translation>Er darf: %1.</translation>
    </message>
    <message>
        <source>nothing (the key has no scopes)</source>
        <translation>nichts (der Schlüssel hat keine Berechtigungen)</translation>
    </message>
</context>
<context>
    <name>AuthLogoutCommand</name>
    <message>
        <source>Sign out of every stored account, not just the current one.</source>
        <translation>Von allen gespeicherten Konten abmelden, nicht nur vom aktuellen.</translation>
    </message>
    <message>
        <source>Note: MF_API_KEY is set in the environment; signing out does not change it.</source>
        <translation>Hinweis: MF_API_KEY ist in der Umgebung gesetzt; das Abmelden ändert daran nichts.</translation>
    </message>
    <message>
        <source>The account stays listed so that its key is not left behind; try again.</source>
        <translation>Das Konto bleibt aufgeführt, damit sein Schlüssel nicht zurückbleibt; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Signed out of %1; its key was removed from the keychain.</source>
        <translation>Von %1 abgemeldet; sein Schlüssel wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
</context>
<context>
    <name>AuthStatusCommand</name>
    <message>
        <source>from MF_API_KEY</source>
        <translation>aus MF_API_KEY</translation>
    </message>
    <message>
        <source>from the keychain</source>
        <translation>aus dem Schlüsselbund</translation>
    </message>
    <message>
        <source>kept for this session only</source>
        <translation>nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Signed in to %1
</source>
        <translation>Angemeldet bei %1
</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>%1 (plan %2)</source>
        <translation>%1 (Tarif %2)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>%1… (%2, %3)</source>
        <translation>%1… (%2, %3)</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Key expires</source>
        <translation>Schlüssel läuft ab</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>BackupCreateCommand</name>
    <message>
        <source>The site (id or slug).</source>
        <translation>Die Website (ID oder Kurzname).</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>WEBSITE</translation>
    </message>
    <message>
        <source>The environment to capture.</source>
        <translation>Die zu erfassende Umgebung.</translation>
    </message>
    <message>
        <source>ENV</source>
        <translation>UMGEBUNG</translation>
    </message>
    <message>
        <source>A label for the snapshot (up to 200 characters).</source>
        <translation>Eine Bezeichnung für den Snapshot (bis zu 200 Zeichen).</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>BEZEICHNUNG</translation>
    </message>
    <message>
        <source>Wait until the snapshot is ready (progress on a terminal).</source>
        <translation>Warten, bis der Snapshot bereit ist (Fortschritt im Terminal).</translation>
    </message>
    <message>
        <source>Requesting a snapshot of %1/%2…</source>
        <translation>Snapshot von %1/%2 wird angefordert…</translation>
    </message>
    <message>
        <source>Snapshot %1 of %2/%3 was requested (job %4).</source>
        <translation>Snapshot %1 von %2/%3 wurde angefordert (Auftrag %4).</translation>
    </message>
    <message>
        <source>Follow it with &apos;mf job watch %1&apos;.</source>
        <translation>Verfolgen Sie ihn mit „mf job watch %1“.</translation>
    </message>
    <message>
        <source>The snapshot of %1/%2 failed: %3</source>
        <translation>Der Snapshot von %1/%2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Snapshot %1 of %2/%3 is ready: %4, expires %5.</source>
        <translation>Snapshot %1 von %2/%3 ist bereit: %4, läuft ab %5.</translation>
    </message>
    <message>
        <source>Snapshot %1 of %2/%3 is %4.</source>
        <translation>Snapshot %1 von %2/%3 ist %4.</translation>
    </message>
    <message>
        <source>Stopped waiting. The capture goes on; follow it with &apos;mf job watch %1&apos;.</source>
        <translation>Warten beendet. Die Aufnahme läuft weiter; verfolgen Sie sie mit „mf job watch %1“.</translation>
    </message>
    <message>
        <source>Site %1 has no environment &apos;%2&apos; (or this key cannot see the site).</source>
        <translation>Website %1 hat keine Umgebung „%2“ (oder dieser Schlüssel kann die Website nicht sehen).</translation>
    </message>
    <message>
        <source>List its environments with &apos;mf env list --site %1&apos;.</source>
        <translation>Listen Sie ihre Umgebungen mit „mf env list --site %1“ auf.</translation>
    </message>
    <message>
        <source>Snapshot %1 of %2/%3 was requested (job %4); waiting for it to end.</source>
        <translation>Snapshot %1 von %2/%3 wurde angefordert (Job %4); warte auf sein Ende.</translation>
    </message>
    <message>
        <source>one --site for a single environment; several need --all-sites</source>
        <translation>ein --site für eine einzelne Umgebung; mehrere brauchen --all-sites</translation>
    </message>
    <message>
        <source>--concurrency needs --all-sites</source>
        <translation>--concurrency braucht --all-sites</translation>
    </message>
</context>
<context>
    <name>BackupPolicyCommand</name>
    <message>
        <source>The site (id or slug).</source>
        <translation>Die Website (ID oder Kurzname).</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>WEBSITE</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Tarif: %1</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>UMGEBUNG</translation>
    </message>
    <message>
        <source>CADENCE</source>
        <translation>RHYTHMUS</translation>
    </message>
    <message>
        <source>NEXT RUN</source>
        <translation>NÄCHSTER LAUF</translation>
    </message>
    <message>
        <source>RETENTION</source>
        <translation>AUFBEWAHRUNG</translation>
    </message>
    <message>
        <source>KEEPS AT MOST</source>
        <translation>BEHÄLT HÖCHSTENS</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled snapshot</source>
        <translation>
            <numerusform>%n geplanter Snapshot</numerusform>
            <numerusform>%n geplante Snapshots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled snapshots</source>
        <translation>
            <numerusform>%n geplanter Snapshot</numerusform>
            <numerusform>%n geplante Snapshots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>List the sites with &apos;mf site list&apos;.</source>
        <translation>Listen Sie die Websites mit „mf site list“ auf.</translation>
    </message>
</context>
<context>
    <name>BulkBackupCommand</name>
    <message>
        <source>Snapshot every site&apos;s environments (narrowed by --env, --site, --sites-from).</source>
        <translation>Snapshots der Umgebungen aller Websites erstellen (eingegrenzt durch --env, --site, --sites-from).</translation>
    </message>
    <message>
        <source>With --all-sites: only the sites in FILE, one slug or id a line (&apos;-&apos; reads standard input).</source>
        <translation>Mit --all-sites: nur die Websites in FILE, ein Slug oder eine ID pro Zeile („-“ liest die Standardeingabe).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>With --all-sites: at most N captures in flight (default: as many as the rate limit allows).</source>
        <translation>Mit --all-sites: höchstens N Aufnahmen gleichzeitig (Standard: so viele, wie das Ratenlimit erlaubt).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--sites-from needs --all-sites</source>
        <translation>--sites-from braucht --all-sites</translation>
    </message>
    <message>
        <source>--all-sites needs --wait: a bulk run is followed until every environment has its snapshot</source>
        <translation>--all-sites braucht --wait: ein Massenlauf wird verfolgt, bis jede Umgebung ihren Snapshot hat</translation>
    </message>
    <message>
        <source>--concurrency needs a number from 1 to 10000</source>
        <translation>--concurrency braucht eine Zahl von 1 bis 10000</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MiB; a list of sites is far smaller</source>
        <translation>%1 ist größer als 4 MiB; eine Liste von Websites ist weit kleiner</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1 names no site (one slug or id a line; # starts a comment)</source>
        <translation>%1 nennt keine Website (ein Slug oder eine ID pro Zeile; # beginnt einen Kommentar)</translation>
    </message>
    <message>
        <source>Listing sites…</source>
        <translation>Websites werden aufgelistet …</translation>
    </message>
    <message>
        <source>List the sites with &apos;mf site list&apos;.</source>
        <translation>Listen Sie die Websites mit „mf site list“ auf.</translation>
    </message>
    <message>
        <source>There is no environment to snapshot.</source>
        <translation>Es gibt keine Umgebung für einen Snapshot.</translation>
    </message>
    <message>
        <source>None of these sites has an environment named &apos;%1&apos;.</source>
        <translation>Keine dieser Websites hat eine Umgebung namens „%1“.</translation>
    </message>
    <message>
        <source>Continuing the run started %1: %2 of %3 environments already have their snapshot.</source>
        <translation>Der am %1 begonnene Lauf wird fortgesetzt: %2 von %3 Umgebungen haben ihren Snapshot bereits.</translation>
    </message>
    <message numerus="yes">
        <source>Taking a snapshot of %n environment(s); if this is interrupted, the same command continues the run.</source>
        <translation>
            <numerusform>Snapshot von %n Umgebung wird erstellt; wird dies unterbrochen, setzt derselbe Befehl den Lauf fort.</numerusform>
            <numerusform>Snapshots von %n Umgebungen werden erstellt; wird dies unterbrochen, setzt derselbe Befehl den Lauf fort.</numerusform>
        </translation>
    </message>
    <message>
        <source>estimating time left</source>
        <translation>Restzeit wird geschätzt</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 of %2 done, %3 running, %4 failed, %5</source>
        <translation>%1 von %2 fertig, %3 laufen, %4 fehlgeschlagen, %5</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n environment(s) got their snapshot.</source>
        <translation>
            <numerusform>%1 von %n Umgebung hat ihren Snapshot.</numerusform>
            <numerusform>%1 von %n Umgebungen haben ihren Snapshot.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the same command again to continue: what is done stays done.</source>
        <translation>Führen Sie denselben Befehl erneut aus, um fortzufahren: Erledigtes bleibt erledigt.</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>WEBSITE</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>UMGEBUNG</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>SNAPSHOT</source>
        <translation>SNAPSHOT</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>DETAIL</translation>
    </message>
    <message>
        <source>joined a capture that was already running</source>
        <translation>einer bereits laufenden Aufnahme angeschlossen</translation>
    </message>
    <message>
        <source>done by an earlier start of this run</source>
        <translation>von einem früheren Start dieses Laufs erledigt</translation>
    </message>
    <message>
        <source>(request id %1)</source>
        <translation>(Anfrage-ID %1)</translation>
    </message>
    <message>
        <source>Stopped waiting. Captures already started go on; the same command continues the run.</source>
        <translation>Warten beendet. Bereits gestartete Aufnahmen laufen weiter; derselbe Befehl setzt den Lauf fort.</translation>
    </message>
    <message numerus="yes">
        <source>Stopping: no new captures; following the %n already started (Ctrl-C again to stop waiting).</source>
        <translation>
            <numerusform>Wird beendet: keine neuen Aufnahmen; die %n bereits gestartete wird verfolgt (erneut Strg-C, um nicht mehr zu warten).</numerusform>
            <numerusform>Wird beendet: keine neuen Aufnahmen; die %n bereits gestarteten werden verfolgt (erneut Strg-C, um nicht mehr zu warten).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkRunJournal</name>
    <message>
        <source>Cannot create the folder %1 where runs are kept.</source>
        <translation>Der Ordner %1 für gespeicherte Läufe kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>This run is already going on in another process (%1, pid %2).</source>
        <translation>Dieser Lauf läuft bereits in einem anderen Prozess (%1, PID %2).</translation>
    </message>
    <message>
        <source>Cannot lock %1 to keep this run to one process.</source>
        <translation>%1 kann nicht gesperrt werden, um diesen Lauf auf einen Prozess zu beschränken.</translation>
    </message>
    <message>
        <source>The saved state of this run (%1) cannot be read. It holds what keeps the environments from a second snapshot; remove it only to start the run afresh.</source>
        <translation>Der gespeicherte Stand dieses Laufs (%1) kann nicht gelesen werden. Er verhindert einen zweiten Snapshot der Umgebungen; entfernen Sie ihn nur, um den Lauf neu zu beginnen.</translation>
    </message>
    <message>
        <source>The saved state of this run (%1) is damaged. It holds what keeps the environments from a second snapshot; remove it only to start the run afresh.</source>
        <translation>Der gespeicherte Stand dieses Laufs (%1) ist beschädigt. Er verhindert einen zweiten Snapshot der Umgebungen; entfernen Sie ihn nur, um den Lauf neu zu beginnen.</translation>
    </message>
    <message>
        <source>Cannot save the state of this run to %1: %2</source>
        <translation>Der Stand dieses Laufs kann nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>BulkSnapshotDialog</name>
    <message>
        <source>Take Snapshots</source>
        <translation>Snapshots erstellen</translation>
    </message>
    <message numerus="yes">
        <source>A snapshot will be taken of each of these %n environment(s).</source>
        <translation>
            <numerusform>Von dieser %n Umgebung wird ein Snapshot erstellt.</numerusform>
            <numerusform>Von jeder dieser %n Umgebungen wird ein Snapshot erstellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Optional, e.g. Before the PHP 8.3 upgrade</source>
        <translation>Optional, z. B. Vor dem Upgrade auf PHP 8.3</translation>
    </message>
    <message>
        <source>Snapshot label</source>
        <translation>Snapshot-Bezeichnung</translation>
    </message>
    <message>
        <source>&amp;Wait for the running job to end, then take the snapshot</source>
        <translation>Auf das Ende des laufenden Auftrags &amp;warten, dann den Snapshot erstellen</translation>
    </message>
    <message>
        <source>S&amp;kip it and say so in the report</source>
        <translation>Ü&amp;berspringen und im Bericht vermerken</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>If an environment is busy:</source>
        <translation>Wenn eine Umgebung beschäftigt ist:</translation>
    </message>
    <message>
        <source>Environments and results</source>
        <translation>Umgebungen und Ergebnisse</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Take %n Snapshot(s)</source>
        <translation>
            <numerusform>%n Snapshot &amp;erstellen</numerusform>
            <numerusform>%n Snapshots &amp;erstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Start no more snapshots; the ones already running finish.</source>
        <translation>Keine weiteren Snapshots starten; laufende werden noch beendet.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>At most %n snapshot(s) are taken at the same time.</source>
        <translation>
            <numerusform>Es wird höchstens %n Snapshot gleichzeitig erstellt.</numerusform>
            <numerusform>Es werden höchstens %n Snapshots gleichzeitig erstellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Continue in &amp;Background</source>
        <translation>Im &amp;Hintergrund fortsetzen</translation>
    </message>
    <message numerus="yes">
        <source>Taking a snapshot of each of these %n environment(s).</source>
        <translation>
            <numerusform>Von dieser %n Umgebung wird ein Snapshot erstellt.</numerusform>
            <numerusform>Von jeder dieser %n Umgebungen wird ein Snapshot erstellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n done</source>
        <translation>
            <numerusform>%1 von %n erledigt</numerusform>
            <numerusform>%1 von %n erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>The snapshot is ready.</source>
        <translation>Der Snapshot ist bereit.</translation>
    </message>
    <message>
        <source>Snapshot id: %1</source>
        <translation>Snapshot-ID: %1</translation>
    </message>
    <message>
        <source>(request id %1)</source>
        <translation>(Anfrage-ID %1)</translation>
    </message>
    <message>
        <source>Environments to snapshot</source>
        <translation>Umgebungen für Snapshots</translation>
    </message>
    <message numerus="yes">
        <source>The selected environments (%n)</source>
        <translation>
            <numerusform>Die ausgewählte Umgebung (%n)</numerusform>
            <numerusform>Die ausgewählten Umgebungen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Use a capture already running there as its snapshot (wait for a restore)</source>
        <translation>Eine dort bereits laufende Aufnahme als Snapshot &amp;verwenden (auf eine Wiederherstellung warten)</translation>
    </message>
    <message>
        <source>&amp;Environments:</source>
        <translation>&amp;Umgebungen:</translation>
    </message>
    <message>
        <source>Snapshots are requested as fast as the platform&apos;s rate limit allows.</source>
        <translation>Snapshots werden so schnell angefordert, wie das Ratenlimit der Plattform erlaubt.</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren …</translation>
    </message>
    <message numerus="yes">
        <source>All production environments (%n)</source>
        <translation>
            <numerusform>Alle Produktionsumgebungen (%n)</numerusform>
            <numerusform>Alle Produktionsumgebungen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Late or stale environments (%n)</source>
        <translation>
            <numerusform>Verspätete oder veraltete Umgebungen (%n)</numerusform>
            <numerusform>Verspätete oder veraltete Umgebungen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sites on the %1 plan (%n environment(s))</source>
        <translation>
            <numerusform>Websites im Tarif %1 (%n Umgebung)</numerusform>
            <numerusform>Websites im Tarif %1 (%n Umgebungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished. The report says what happened to each environment; Copy Report puts it on the clipboard, Export CSV… saves it.</source>
        <translation>Fertig. Der Bericht sagt, was mit jeder Umgebung geschah; „Bericht kopieren“ legt ihn in die Zwischenablage, „CSV exportieren …“ speichert ihn.</translation>
    </message>
    <message>
        <source>The snapshot is ready (a capture that was already running).</source>
        <translation>Der Snapshot ist fertig (eine bereits laufende Aufnahme).</translation>
    </message>
    <message>
        <source>The snapshot is ready (taken by an earlier start of this run).</source>
        <translation>Der Snapshot ist fertig (von einem früheren Start dieses Laufs erstellt).</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>snapshots-report.csv</source>
        <translation>snapshots-bericht.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>Der Bericht konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Bericht in %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>BulkSnapshotReport</name>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Requesting</source>
        <translation>Wird angefordert</translation>
    </message>
    <message>
        <source>Capturing</source>
        <translation>Wird aufgenommen</translation>
    </message>
    <message>
        <source>Waiting (environment busy)</source>
        <translation>Wartet (Umgebung beschäftigt)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>Anfrage-ID %1</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>Joined a capture that was already running.</source>
        <translation>Einer bereits laufenden Aufnahme angeschlossen.</translation>
    </message>
</context>
<context>
    <name>BulkSnapshotRunner</name>
    <message>
        <source>Cancelled before it started.</source>
        <translation>Vor dem Start abgebrochen.</translation>
    </message>
    <message>
        <source>Another capture or restore is running on this environment.</source>
        <translation>In dieser Umgebung läuft bereits eine Aufnahme oder Wiederherstellung.</translation>
    </message>
    <message>
        <source>Waiting for the running job to end</source>
        <translation>Warten auf das Ende des laufenden Auftrags</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Neuer Versuch</translation>
    </message>
    <message>
        <source>The capture failed without saying why.</source>
        <translation>Die Aufnahme ist ohne Angabe eines Grundes fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The session ended (signed out or another account chosen); check this environment&apos;s snapshots after signing in again.</source>
        <translation>Die Sitzung wurde beendet (abgemeldet oder ein anderes Konto gewählt); prüfen Sie die Snapshots dieser Umgebung, nachdem Sie sich wieder angemeldet haben.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Without a keychain, set MF_API_KEY (and MF_API_URL) in the environment instead.</source>
        <translation>Ohne Schlüsselbund setzen Sie stattdessen MF_API_KEY (und MF_API_URL) in der Umgebung.</translation>
    </message>
    <message>
        <source>Run &apos;mf auth login&apos;, or set MF_API_KEY.</source>
        <translation>Führen Sie „mf auth login“ aus oder setzen Sie MF_API_KEY.</translation>
    </message>
    <message>
        <source>The key in MF_API_KEY (%1…) is revoked or expired, or not valid.</source>
        <translation>Der Schlüssel in MF_API_KEY (%1…) ist widerrufen, abgelaufen oder ungültig.</translation>
    </message>
    <message>
        <source>The key %1… is revoked or expired, or not valid. Sign in again with &apos;mf auth login&apos;.</source>
        <translation>Der Schlüssel %1… ist widerrufen, abgelaufen oder ungültig. Melden Sie sich mit „mf auth login“ erneut an.</translation>
    </message>
    <message>
        <source>Follow the running job with &apos;mf job watch %1&apos;.</source>
        <translation>Verfolgen Sie den laufenden Auftrag mit „mf job watch %1“.</translation>
    </message>
    <message>
        <source>mf: error: %1</source>
        <translation>mf: Fehler: %1</translation>
    </message>
    <message>
        <source>mf: request id: %1</source>
        <translation>mf: Anfrage-ID: %1</translation>
    </message>
    <message>
        <source>mf: hint: %1</source>
        <translation>mf: Hinweis: %1</translation>
    </message>
    <message>
        <source>There is no site &apos;%1&apos; that this key can see.</source>
        <translation>Es gibt keine Website „%1“, die dieser Schlüssel sehen kann.</translation>
    </message>
    <message>
        <source>Site %1 has no snapshot %2 (or this key cannot see the site).</source>
        <translation>Website %1 hat keinen Snapshot %2 (oder dieser Schlüssel kann die Website nicht sehen).</translation>
    </message>
</context>
<context>
    <name>CommandCatalog</name>
    <message>
        <source>Sign in with an API key (checked, then kept in the keychain)</source>
        <translation>Mit einem API-Schlüssel anmelden (geprüft, dann im Schlüsselbund aufbewahrt)</translation>
    </message>
    <message>
        <source>Sign out: remove the key from the keychain</source>
        <translation>Abmelden: den Schlüssel aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>Show who you are signed in as and check the key</source>
        <translation>Anzeigen, als wer Sie angemeldet sind, und den Schlüssel prüfen</translation>
    </message>
    <message>
        <source>List the organization&apos;s sites</source>
        <translation>Die Websites der Organisation auflisten</translation>
    </message>
    <message>
        <source>List a site&apos;s environments</source>
        <translation>Die Umgebungen einer Website auflisten</translation>
    </message>
    <message>
        <source>Take a snapshot of an environment now</source>
        <translation>Jetzt einen Snapshot einer Umgebung erstellen</translation>
    </message>
    <message>
        <source>Show scheduled backups and retention</source>
        <translation>Geplante Backups und Aufbewahrung anzeigen</translation>
    </message>
    <message>
        <source>List a site&apos;s snapshots, newest first</source>
        <translation>Die Snapshots einer Website auflisten, neueste zuerst</translation>
    </message>
    <message>
        <source>Restore a snapshot&apos;s database and/or files</source>
        <translation>Datenbank und/oder Dateien eines Snapshots wiederherstellen</translation>
    </message>
    <message>
        <source>Download a snapshot archive and verify it</source>
        <translation>Ein Snapshot-Archiv herunterladen und prüfen</translation>
    </message>
    <message>
        <source>Show a capture or restore job</source>
        <translation>Einen Aufnahme- oder Wiederherstellungsauftrag anzeigen</translation>
    </message>
    <message>
        <source>Follow a job until it ends</source>
        <translation>Einen Auftrag bis zu seinem Ende verfolgen</translation>
    </message>
    <message>
        <source>List recent jobs</source>
        <translation>Letzte Aufträge auflisten</translation>
    </message>
    <message>
        <source>Sign in, sign out, show the account</source>
        <translation>Anmelden, abmelden, Konto anzeigen</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Websites</translation>
    </message>
    <message>
        <source>Environments of a site</source>
        <translation>Umgebungen einer Website</translation>
    </message>
    <message>
        <source>Take snapshots, show the backup policy</source>
        <translation>Snapshots erstellen, Backup-Richtlinie anzeigen</translation>
    </message>
    <message>
        <source>Capture and restore jobs</source>
        <translation>Aufnahme- und Wiederherstellungsaufträge</translation>
    </message>
    <message>
        <source>Show one site and its environments</source>
        <translation>Eine Website und ihre Umgebungen anzeigen</translation>
    </message>
    <message>
        <source>Show one snapshot: status, expiry, sizes and checksums</source>
        <translation>Einen Snapshot anzeigen: Status, Ablauf, Größen und Prüfsummen</translation>
    </message>
    <message>
        <source>List, show, restore and download snapshots</source>
        <translation>Snapshots auflisten, anzeigen, wiederherstellen und herunterladen</translation>
    </message>
    <message>
        <source>Check every scheduled backup is on time (monitoring exit codes)</source>
        <translation>Prüfen, ob alle geplanten Backups im Plan sind (Exit-Codes für Monitoring)</translation>
    </message>
    <message>
        <source>Write a client report (PDF, HTML or CSV) of a period&apos;s backups</source>
        <translation>Einen Kundenbericht (PDF, HTML oder CSV) über die Backups eines Zeitraums erstellen</translation>
    </message>
    <message>
        <source>The whole fleet&apos;s backup health</source>
        <translation>Backup-Zustand der ganzen Flotte</translation>
    </message>
    <message>
        <source>Client reports of backups over a period</source>
        <translation>Kundenberichte über die Backups eines Zeitraums</translation>
    </message>
    <message>
        <source>List what a snapshot holds in a folder, from its index</source>
        <translation>Auflisten, was ein Snapshot in einem Ordner enthält, aus seinem Index</translation>
    </message>
    <message>
        <source>Compare two snapshots: files and database tables</source>
        <translation>Zwei Snapshots vergleichen: Dateien und Datenbanktabellen</translation>
    </message>
    <message>
        <source>Write one file of a snapshot to stdout</source>
        <translation>Eine Datei eines Snapshots auf stdout ausgeben</translation>
    </message>
    <message>
        <source>Show the versions of one path across an environment&apos;s snapshots</source>
        <translation>Die Versionen eines Pfads über die Snapshots einer Umgebung zeigen</translation>
    </message>
</context>
<context>
    <name>CommandContext</name>
    <message>
        <source>%1 Trying again in %2 (attempt %3 of %4 failed).</source>
        <translation>%1 Neuer Versuch in %2 (Versuch %3 von %4 fehlgeschlagen).</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>mf %1 (Managed Desktop)</source>
        <translation>mf %1 (Managed Desktop)</translation>
    </message>
    <message>
        <source>Usage: mf [--json] GROUP COMMAND [options] [arguments]

Snapshots and backups of managed.dev sites, for scripts and terminals.

Commands:
</source>
        <translation>Aufruf: mf [--json] GRUPPE BEFEHL [Optionen] [Argumente]

Snapshots und Backups von managed.dev-Websites, für Skripte und Terminals.

Befehle:
</translation>
    </message>
    <message>
        <source>
Options (at every level):
  --json        machine-readable output on stdout (errors as JSON on stderr)
  -h, --help    help for mf, a group (mf snapshot --help) or a command
  --version     the version of mf

Environment:
  MF_API_KEY    use this API key instead of the signed-in account (scripts, CI)
  MF_API_URL    the API to use with MF_API_KEY (default: the account&apos;s, else
                https://api.managed.dev/v1)

</source>
        <translation>
Optionen (auf jeder Ebene):
  --json        maschinenlesbare Ausgabe auf stdout (Fehler als JSON auf stderr)
  -h, --help    Hilfe zu mf, einer Gruppe (mf snapshot --help) oder einem Befehl
  --version     die Version von mf

Umgebungsvariablen:
  MF_API_KEY    diesen API-Schlüssel statt des angemeldeten Kontos verwenden (Skripte, CI)
  MF_API_URL    die API, die mit MF_API_KEY verwendet wird (Standard: die des Kontos, sonst
                https://api.managed.dev/v1)

</translation>
    </message>
    <message>
        <source>
Run &apos;mf GROUP COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>
Mit „mf GRUPPE BEFEHL --help“ sehen Sie die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>Usage: mf %1 COMMAND [options]

%2

Commands:
</source>
        <translation>Aufruf: mf %1 BEFEHL [Optionen]

%2

Befehle:
</translation>
    </message>
    <message>
        <source>
Run &apos;mf %1 COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>
Mit „mf %1 BEFEHL --help“ sehen Sie die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>a command is needed</source>
        <translation>ein Befehl wird benötigt</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>&apos;mf %1&apos; needs a command</source>
        <translation>„mf %1“ braucht einen Befehl</translation>
    </message>
    <message>
        <source>unknown command &apos;%1 %2&apos;</source>
        <translation>unbekannter Befehl „%1 %2“</translation>
    </message>
    <message>
        <source>Show the version of mf.</source>
        <translation>Die Version von mf anzeigen.</translation>
    </message>
    <message>
        <source>Machine-readable output on stdout.</source>
        <translation>Maschinenlesbare Ausgabe auf stdout.</translation>
    </message>
    <message>
        <source>Usage: mf %1 %2 [options]</source>
        <translation>Aufruf: mf %1 %2 [Optionen]</translation>
    </message>
    <message>
        <source>mf: %1</source>
        <translation>mf: %1</translation>
    </message>
    <message>
        <source>Run &apos;%1&apos; for usage.</source>
        <translation>Hilfe zum Aufruf: „%1“.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare snapshots of %1 · %2</source>
        <translation>Snapshots von %1 · %2 vergleichen</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Size change</source>
        <translation>Größenänderung</translation>
    </message>
    <message>
        <source>Size before → after</source>
        <translation>Größe vorher → nachher</translation>
    </message>
    <message>
        <source>Choose a changed text file to see its lines side by side.</source>
        <translation>Wählen Sie eine geänderte Textdatei, um ihre Zeilen zu vergleichen.</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Vorher:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Nachher:</translation>
    </message>
    <message>
        <source>Reading both snapshots…</source>
        <translation>Beide Snapshots werden gelesen…</translation>
    </message>
    <message>
        <source>No difference: the same files and the same database.</source>
        <translation>Kein Unterschied: dieselben Dateien und dieselbe Datenbank.</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed; files %4; %5</source>
        <translation>%1 hinzugefügt, %2 entfernt, %3 geändert; Dateien %4; %5</translation>
    </message>
    <message>
        <source>database not in both</source>
        <translation>Datenbank nicht in beiden</translation>
    </message>
    <message>
        <source>database changed</source>
        <translation>Datenbank geändert</translation>
    </message>
    <message>
        <source>database unchanged</source>
        <translation>Datenbank unverändert</translation>
    </message>
    <message>
        <source>Files changed (%1)</source>
        <translation>Geänderte Dateien (%1)</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Files added (%1)</source>
        <translation>Hinzugefügte Dateien (%1)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Files removed (%1)</source>
        <translation>Entfernte Dateien (%1)</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Database tables changed (%1)</source>
        <translation>Geänderte Datenbanktabellen (%1)</translation>
    </message>
    <message>
        <source>Schema changed</source>
        <translation>Schema geändert</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the content of regular files is compared line by line.</source>
        <translation>Nur der Inhalt normaler Dateien wird zeilenweise verglichen.</translation>
    </message>
    <message>
        <source>Too large for a text diff (over %1): the sizes and checksums above tell what changed.</source>
        <translation>Zu groß für einen Textvergleich (über %1): Größen und Prüfsummen oben zeigen, was sich geändert hat.</translation>
    </message>
    <message>
        <source>Reading both versions…</source>
        <translation>Beide Fassungen werden gelesen…</translation>
    </message>
    <message>
        <source>This file could not be read from the archive.</source>
        <translation>Diese Datei konnte nicht aus dem Archiv gelesen werden.</translation>
    </message>
    <message>
        <source>Not a text file: the sizes and checksums above tell what changed.</source>
        <translation>Keine Textdatei: Größen und Prüfsummen oben zeigen, was sich geändert hat.</translation>
    </message>
    <message>
        <source>Too many changes for a line-by-line match: the old text is shown removed and the new one added.</source>
        <translation>Zu viele Änderungen für einen zeilenweisen Abgleich: Der alte Text wird als entfernt, der neue als hinzugefügt gezeigt.</translation>
    </message>
</context>
<context>
    <name>CredentialReply</name>
    <message>
        <source>No API key is stored for this account. Sign in again.</source>
        <translation>Für dieses Konto ist kein API-Schlüssel gespeichert. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>No keychain is available to keep the API key safely (no Secret Service such as GNOME Keyring or KWallet is running). Start and unlock one, or keep the key for this session only.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, der den API-Schlüssel sicher aufbewahrt (kein Secret Service wie GNOME Keyring oder KWallet läuft). Starten und entsperren Sie einen oder behalten Sie den Schlüssel nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The keychain refused access to the API key. Unlock the keychain and allow Managed Desktop to use it.</source>
        <translation>Der Schlüsselbund hat den Zugriff auf den API-Schlüssel verweigert. Entsperren Sie den Schlüsselbund und erlauben Sie Managed Desktop den Zugriff.</translation>
    </message>
    <message>
        <source>The API key could not be read from the keychain: %1</source>
        <translation>Der API-Schlüssel konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>The API key could not be saved in the keychain: %1</source>
        <translation>Der API-Schlüssel konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The API key could not be removed from the keychain: %1</source>
        <translation>Der API-Schlüssel konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>CredentialResolver</name>
    <message>
        <source>MF_API_KEY does not hold a managed.dev API key (mfk_live_… or mfk_test_…).</source>
        <translation>MF_API_KEY enthält keinen managed.dev-API-Schlüssel (mfk_live_… oder mfk_test_…).</translation>
    </message>
    <message>
        <source>Not signed in. Sign in with an API key first, or set MF_API_KEY.</source>
        <translation>Nicht angemeldet. Melden Sie sich zuerst mit einem API-Schlüssel an oder setzen Sie MF_API_KEY.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Es gibt kein Konto %1.</translation>
    </message>
    <message>
        <source>The API key of %1 is no longer in the keychain. Sign in again.</source>
        <translation>Der API-Schlüssel von %1 ist nicht mehr im Schlüsselbund. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>MF_API_KEY holds a live key, which is only sent over https, and the signed-in account&apos;s API %1 is not https. Set MF_API_URL to the platform&apos;s https address, or use a test key (mfk_test_…) for a local sandbox.</source>
        <translation>MF_API_KEY enthält einen Live-Schlüssel, der nur über https gesendet wird, und die API %1 des angemeldeten Kontos verwendet kein https. Setzen Sie MF_API_URL auf die https-Adresse der Plattform oder verwenden Sie für eine lokale Sandbox einen Testschlüssel (mfk_test_…).</translation>
    </message>
    <message>
        <source>MF_API_KEY holds a live key, which is only sent over https, and MF_API_URL (%1) is not https. Set MF_API_URL to the platform&apos;s https address, or use a test key (mfk_test_…) for a local sandbox.</source>
        <translation>MF_API_KEY enthält einen Live-Schlüssel, der nur über https gesendet wird, und MF_API_URL (%1) verwendet kein https. Setzen Sie MF_API_URL auf die https-Adresse der Plattform oder verwenden Sie für eine lokale Sandbox einen Testschlüssel (mfk_test_…).</translation>
    </message>
</context>
<context>
    <name>DBusNotifier</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Take snapshot now</source>
        <translation>Jetzt Snapshot erstellen</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>database and files</source>
        <translation>Datenbank und Dateien</translation>
    </message>
    <message>
        <source>database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2 %</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Capturing</source>
        <translation>Wird aufgenommen</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>No scheduled backups</source>
        <translation>Keine geplanten Backups</translation>
    </message>
    <message>
        <source>On schedule</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>Late: a scheduled backup was missed</source>
        <translation>Verspätet: ein geplantes Backup wurde verpasst</translation>
    </message>
    <message>
        <source>Stale: older than twice the backup cadence</source>
        <translation>Veraltet: älter als der doppelte Backup-Rhythmus</translation>
    </message>
    <message>
        <source>No ready snapshot</source>
        <translation>Kein bereiter Snapshot</translation>
    </message>
    <message>
        <source>No backup schedule known</source>
        <translation>Kein Backup-Zeitplan bekannt</translation>
    </message>
</context>
<context>
    <name>Download</name>
    <message>
        <source>The download address is not secure (https is required except on this computer).</source>
        <translation>Die Download-Adresse ist nicht sicher (https ist erforderlich, außer auf diesem Computer).</translation>
    </message>
    <message>
        <source>The server did not send the archive&apos;s checksum, so the download cannot be verified.</source>
        <translation>Der Server hat die Prüfsumme des Archivs nicht gesendet, daher kann der Download nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The server sent a different part of the archive than the one asked for.</source>
        <translation>Der Server hat einen anderen Teil des Archivs gesendet als angefordert.</translation>
    </message>
    <message>
        <source>Not enough free space in %1: the archive needs %2 more bytes, %3 are available.</source>
        <translation>Nicht genug freier Speicherplatz in %1: Das Archiv braucht %2 Byte mehr, verfügbar sind %3.</translation>
    </message>
    <message>
        <source>The server sent more bytes than the archive&apos;s size.</source>
        <translation>Der Server hat mehr Bytes gesendet, als das Archiv groß ist.</translation>
    </message>
    <message>
        <source>The server redirected the download too often or nowhere.</source>
        <translation>Der Server hat den Download zu oft oder ins Leere umgeleitet.</translation>
    </message>
    <message>
        <source>The archive kept changing during the download.</source>
        <translation>Das Archiv hat sich während des Downloads immer wieder geändert.</translation>
    </message>
    <message>
        <source>The downloaded archive is damaged: its SHA-256 is %1 but the server announced %2. The damaged file was deleted; download it again.</source>
        <translation>Das heruntergeladene Archiv ist beschädigt: Sein SHA-256 ist %1, der Server hat aber %2 angekündigt. Die beschädigte Datei wurde gelöscht; laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <source>%1 already exists; the verified download was kept as %2.</source>
        <translation>%1 existiert bereits; der geprüfte Download wurde als %2 gespeichert.</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2.</source>
        <translation>%1 konnte nicht in %2 umbenannt werden.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not replace %1 with the verified download kept as %2: %3</source>
        <translation>%1 konnte nicht durch den geprüften Download ersetzt werden, der als %2 erhalten bleibt: %3</translation>
    </message>
</context>
<context>
    <name>DownloadDialog</name>
    <message>
        <source>Download Snapshot</source>
        <translation>Snapshot herunterladen</translation>
    </message>
    <message>
        <source>Snapshot of &lt;b&gt;%1 / %2&lt;/b&gt; taken %3</source>
        <translation>Snapshot von &lt;b&gt;%1 / %2&lt;/b&gt;, erstellt %3</translation>
    </message>
    <message>
        <source>What to download</source>
        <translation>Was heruntergeladen wird</translation>
    </message>
    <message>
        <source>&amp;Database (%1)</source>
        <translation>&amp;Datenbank (%1)</translation>
    </message>
    <message>
        <source>&amp;Database (not in this snapshot)</source>
        <translation>&amp;Datenbank (nicht in diesem Snapshot)</translation>
    </message>
    <message>
        <source>&amp;Files (not in this snapshot)</source>
        <translation>Da&amp;teien (nicht in diesem Snapshot)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Files (%1 in %n file(s))</source>
        <translation>
            <numerusform>Da&amp;teien (%1 in %n Datei)</numerusform>
            <numerusform>Da&amp;teien (%1 in %n Dateien)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Files (%1)</source>
        <translation>Da&amp;teien (%1)</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>Zielordner</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Save in:</source>
        <translation>&amp;Speichern in:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Save Snapshot In</source>
        <translation>Snapshot speichern in</translation>
    </message>
    <message>
        <source>Choose the database, the files or both.</source>
        <translation>Wählen Sie die Datenbank, die Dateien oder beides.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist and could not be created.</source>
        <translation>Der Ordner %1 existiert nicht und konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>You cannot write to %1. Choose another folder.</source>
        <translation>Sie können nicht in %1 schreiben. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>There is not enough free space in %1: the archive needs about %2, %3 are free.</source>
        <translation>In %1 ist nicht genug Speicherplatz frei: Das Archiv braucht etwa %2, frei sind %3.</translation>
    </message>
    <message>
        <source>%1 (compressed archive)</source>
        <translation>%1 (komprimiertes Archiv)</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>Down&amp;load</source>
        <translation>&amp;Herunterladen</translation>
    </message>
</context>
<context>
    <name>EntryExtractor</name>
    <message>
        <source>The archive is damaged: %1</source>
        <translation>Das Archiv ist beschädigt: %1</translation>
    </message>
    <message>
        <source>Could not open the archive: %1</source>
        <translation>Das Archiv konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file.</source>
        <translation>„%1“ ist keine Datei.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in this snapshot&apos;s archive.</source>
        <translation>„%1“ ist nicht im Archiv dieses Snapshots.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existiert bereits.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: a hard link to a file outside the saved folder</source>
        <translation>%1: ein harter Link auf eine Datei außerhalb des gespeicherten Ordners</translation>
    </message>
    <message>
        <source>%1: a link to a place outside the saved folder</source>
        <translation>%1: ein Link auf einen Ort außerhalb des gespeicherten Ordners</translation>
    </message>
    <message>
        <source>%1: a device file, FIFO or socket</source>
        <translation>%1: eine Gerätedatei, ein FIFO oder ein Socket</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not write: %1</source>
        <translation>Schreiben fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not finish writing: %1</source>
        <translation>Das Schreiben konnte nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <source>Could not create a folder in %1.</source>
        <translation>In %1 konnte kein Ordner angelegt werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a path inside the snapshot.</source>
        <translation>„%1“ ist kein Pfad innerhalb des Snapshots.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a file nor a folder.</source>
        <translation>„%1“ ist weder eine Datei noch ein Ordner.</translation>
    </message>
    <message>
        <source>Could not move the saved files to %1.</source>
        <translation>Die gespeicherten Dateien konnten nicht nach %1 verschoben werden.</translation>
    </message>
</context>
<context>
    <name>EnvListCommand</name>
    <message>
        <source>The site (id or slug).</source>
        <translation>Die Website (ID oder Kurzname).</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>WEBSITE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>PROTECTED</source>
        <translation>GESCHÜTZT</translation>
    </message>
    <message>
        <source>LAST SNAPSHOT</source>
        <translation>LETZTER SNAPSHOT</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>List the sites with &apos;mf site list&apos;.</source>
        <translation>Listen Sie die Websites mit „mf site list“ auf.</translation>
    </message>
</context>
<context>
    <name>EnvironmentView</name>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Vergrößern (Ctrl++)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Verkleinern (Ctrl+-)</translation>
    </message>
    <message>
        <source>Show all snapshots (Ctrl+0)</source>
        <translation>Alle Snapshots anzeigen (Ctrl+0)</translation>
    </message>
    <message>
        <source>No environment selected</source>
        <translation>Keine Umgebung ausgewählt</translation>
    </message>
    <message>
        <source>Pick an environment in the fleet on the left to see its snapshots and backups.</source>
        <translation>Wählen Sie links in der Übersicht eine Umgebung, um ihre Snapshots und Backups zu sehen.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>protected</source>
        <translation>geschützt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Expand the site and pick one of its environments to see its snapshots.</source>
        <translation>Klappen Sie die Website auf und wählen Sie eine ihrer Umgebungen, um deren Snapshots zu sehen.</translation>
    </message>
    <message>
        <source>Could not load the snapshots of %1: %2</source>
        <translation>Die Snapshots von %1 konnten nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>The snapshots could not be loaded.
%1</source>
        <translation>Die Snapshots konnten nicht geladen werden.
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n environment</source>
        <translation>
            <numerusform>%n Umgebung</numerusform>
            <numerusform>%n Umgebungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n environments</source>
        <translation>
            <numerusform>%n Umgebung</numerusform>
            <numerusform>%n Umgebungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorDetails</name>
    <message>
        <source>Request id: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <source>%1 (request id %2)</source>
        <translation>%1 (Anfrage-ID %2)</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The server refused the connection. It may be down, or the API address may be wrong.</source>
        <translation>Der Server hat die Verbindung abgelehnt. Er ist vielleicht nicht erreichbar, oder die API-Adresse ist falsch.</translation>
    </message>
    <message>
        <source>The server&apos;s address could not be found. Check the API address and your internet connection.</source>
        <translation>Die Adresse des Servers wurde nicht gefunden. Prüfen Sie die API-Adresse und Ihre Internetverbindung.</translation>
    </message>
    <message>
        <source>The server closed the connection unexpectedly. Try again in a moment.</source>
        <translation>Der Server hat die Verbindung unerwartet geschlossen. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your connection and try again.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to the server could not be established: its certificate was not accepted. Nothing was sent. Check the API address, or your network may be intercepting secure connections.</source>
        <translation>Es konnte keine sichere (TLS-)Verbindung zum Server aufgebaut werden: Sein Zertifikat wurde nicht akzeptiert. Es wurde nichts gesendet. Prüfen Sie die API-Adresse; möglicherweise fängt Ihr Netzwerk sichere Verbindungen ab.</translation>
    </message>
    <message>
        <source>The network is not available. Check your connection and try again.</source>
        <translation>Das Netzwerk ist nicht verfügbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The proxy server could not be used. Check your proxy settings.</source>
        <translation>Der Proxyserver konnte nicht verwendet werden. Prüfen Sie Ihre Proxy-Einstellungen.</translation>
    </message>
    <message>
        <source>The server redirected the request in a way that is not allowed.</source>
        <translation>Der Server hat die Anfrage auf unzulässige Weise umgeleitet.</translation>
    </message>
    <message>
        <source>A network error occurred (%1).</source>
        <translation>Ein Netzwerkfehler ist aufgetreten (%1).</translation>
    </message>
    <message>
        <source>A network error occurred. Check your connection and try again.</source>
        <translation>Ein Netzwerkfehler ist aufgetreten. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The API key was revoked or has expired, or it is not valid. Enter a new API key.</source>
        <translation>Der API-Schlüssel wurde widerrufen, ist abgelaufen oder ungültig. Geben Sie einen neuen API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>This API key is not allowed to do this. Ask an administrator of your organization for a key with the needed access.</source>
        <translation>Dieser API-Schlüssel darf das nicht. Bitten Sie eine Administratorin oder einen Administrator Ihrer Organisation um einen Schlüssel mit den nötigen Rechten.</translation>
    </message>
    <message>
        <source>It was not found. It may have been deleted, or you may not have access to it.</source>
        <translation>Nicht gefunden. Es wurde vielleicht gelöscht, oder Sie haben keinen Zugriff darauf.</translation>
    </message>
    <message>
        <source>Another snapshot or restore is already running on this environment. Wait for it to finish, then try again.</source>
        <translation>In dieser Umgebung läuft bereits ein anderer Snapshot oder eine Wiederherstellung. Warten Sie, bis er fertig ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>This snapshot is not ready. Only a ready snapshot can be restored or downloaded.</source>
        <translation>Dieser Snapshot ist nicht bereit. Nur ein bereiter Snapshot kann wiederhergestellt oder heruntergeladen werden.</translation>
    </message>
    <message>
        <source>This snapshot is not ready (it is %1). Only a ready snapshot can be restored or downloaded.</source>
        <translation>Dieser Snapshot ist nicht bereit (Status: %1). Nur ein bereiter Snapshot kann wiederhergestellt oder heruntergeladen werden.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests were made with this API key. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Mit diesem API-Schlüssel wurden zu viele Anfragen gestellt. Warten Sie %n Sekunde und versuchen Sie es erneut.</numerusform>
            <numerusform>Mit diesem API-Schlüssel wurden zu viele Anfragen gestellt. Warten Sie %n Sekunden und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests were made with this API key. Wait a moment and try again.</source>
        <translation>Mit diesem API-Schlüssel wurden zu viele Anfragen gestellt. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This action was already submitted with different settings, so it was not repeated. Start it again as a new action.</source>
        <translation>Diese Aktion wurde bereits mit anderen Einstellungen abgeschickt und daher nicht wiederholt. Starten Sie sie als neue Aktion.</translation>
    </message>
    <message>
        <source>The platform refused the request: %1</source>
        <translation>Die Plattform hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>The platform refused the request because a value was not valid.</source>
        <translation>Die Plattform hat die Anfrage abgelehnt, weil ein Wert ungültig war.</translation>
    </message>
    <message>
        <source>The platform could not understand the request. This is a bug in the app; please report it with the request id.</source>
        <translation>Die Plattform konnte die Anfrage nicht verstehen. Das ist ein Fehler in der App; bitte melden Sie ihn mit der Anfrage-ID.</translation>
    </message>
    <message>
        <source>The download could not be resumed where it stopped.</source>
        <translation>Der Download konnte nicht an der Stelle fortgesetzt werden, an der er unterbrochen wurde.</translation>
    </message>
    <message>
        <source>The platform is temporarily unavailable (maintenance or overload). Try again later.</source>
        <translation>Die Plattform ist vorübergehend nicht verfügbar (Wartung oder Überlastung). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The platform had an internal error. Try again later; if it keeps happening, contact support with the request id.</source>
        <translation>Auf der Plattform ist ein interner Fehler aufgetreten. Versuchen Sie es später erneut; wenn es wieder passiert, wenden Sie sich mit der Anfrage-ID an den Support.</translation>
    </message>
    <message>
        <source>The platform could not understand the request (HTTP 400).</source>
        <translation>Die Plattform konnte die Anfrage nicht verstehen (HTTP 400).</translation>
    </message>
    <message>
        <source>The API key was revoked or has expired, or it is not valid (HTTP 401). Enter a new API key.</source>
        <translation>Der API-Schlüssel wurde widerrufen, ist abgelaufen oder ungültig (HTTP 401). Geben Sie einen neuen API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>Access was denied (HTTP 403).</source>
        <translation>Der Zugriff wurde verweigert (HTTP 403).</translation>
    </message>
    <message>
        <source>It was not found (HTTP 404).</source>
        <translation>Nicht gefunden (HTTP 404).</translation>
    </message>
    <message>
        <source>The request conflicts with work already in progress (HTTP 409). Try again later.</source>
        <translation>Die Anfrage steht im Konflikt mit bereits laufender Arbeit (HTTP 409). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The request was too large for the server (HTTP 413).</source>
        <translation>Die Anfrage war zu groß für den Server (HTTP 413).</translation>
    </message>
    <message>
        <source>The platform refused the request as invalid (HTTP 422).</source>
        <translation>Die Plattform hat die Anfrage als ungültig abgelehnt (HTTP 422).</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests (HTTP 429). Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Zu viele Anfragen (HTTP 429). Warten Sie %n Sekunde und versuchen Sie es erneut.</numerusform>
            <numerusform>Zu viele Anfragen (HTTP 429). Warten Sie %n Sekunden und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests (HTTP 429). Wait a moment and try again.</source>
        <translation>Zu viele Anfragen (HTTP 429). Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The platform had an internal error (HTTP 500). Try again later.</source>
        <translation>Auf der Plattform ist ein interner Fehler aufgetreten (HTTP 500). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>A gateway in front of the platform failed (HTTP 502). Try again in a moment.</source>
        <translation>Ein Gateway vor der Plattform ist ausgefallen (HTTP 502). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The platform is temporarily unavailable (HTTP 503). Try again later.</source>
        <translation>Die Plattform ist vorübergehend nicht verfügbar (HTTP 503). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>A gateway in front of the platform timed out (HTTP 504). Try again in a moment.</source>
        <translation>Bei einem Gateway vor der Plattform ist eine Zeitüberschreitung aufgetreten (HTTP 504). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server failed with HTTP status %1. Try again later.</source>
        <translation>Der Server ist mit HTTP-Status %1 gescheitert. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server refused the request with HTTP status %1.</source>
        <translation>Der Server hat die Anfrage mit HTTP-Status %1 abgelehnt.</translation>
    </message>
    <message>
        <source>The server redirected the request to another address. It was not followed, so that the API key is never sent anywhere else.</source>
        <translation>Der Server hat die Anfrage an eine andere Adresse umgeleitet. Der Umleitung wurde nicht gefolgt, damit der API-Schlüssel nie anderswohin gesendet wird.</translation>
    </message>
    <message>
        <source>The server sent a response the app could not understand (%1).</source>
        <translation>Der Server hat eine Antwort gesendet, die die App nicht verstehen konnte (%1).</translation>
    </message>
    <message>
        <source>The server sent a response the app could not understand.</source>
        <translation>Der Server hat eine Antwort gesendet, die die App nicht verstehen konnte.</translation>
    </message>
    <message>
        <source>The server did not answer in time, even after several tries. Check your connection and try again.</source>
        <translation>Der Server hat auch nach mehreren Versuchen nicht rechtzeitig geantwortet. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The API address is not allowed: it must use https (plain http only to this computer).</source>
        <translation>Die API-Adresse ist nicht zulässig: Sie muss https verwenden (einfaches http nur zu diesem Computer).</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>No API key is set up for this account. Add an API key first.</source>
        <translation>Für dieses Konto ist kein API-Schlüssel eingerichtet. Fügen Sie zuerst einen API-Schlüssel hinzu.</translation>
    </message>
    <message>
        <source>Too many requests were made with this API key, and the platform asks to wait %1 before the next one. Try again later.</source>
        <translation>Mit diesem API-Schlüssel wurden zu viele Anfragen gestellt, und die Plattform bittet, vor der nächsten %1 zu warten. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The platform is temporarily unavailable and asks to wait %1 before trying again.</source>
        <translation>Die Plattform ist vorübergehend nicht verfügbar und bittet, vor einem neuen Versuch %1 zu warten.</translation>
    </message>
</context>
<context>
    <name>ExitCode</name>
    <message>
        <source>Exit codes:
  0    success
  1    error (server error, failed job, file error, …)
  2    usage: bad arguments, or a confirmation needed (--yes) without a terminal
  3    authentication: not signed in, key missing, revoked, expired or not allowed
  4    not found: no such site, environment, snapshot or job
  5    conflict: environment busy, snapshot not ready, rate limited
  6    network: the platform could not be reached
  7    verification failed: a download did not match its checksum
  130  interrupted (Ctrl-C)
</source>
        <translation>Exit-Codes:
  0    Erfolg
  1    Fehler (Serverfehler, fehlgeschlagener Auftrag, Dateifehler, …)
  2    Aufruf: falsche Argumente oder eine nötige Bestätigung (--yes) ohne Terminal
  3    Authentifizierung: nicht angemeldet, Schlüssel fehlt, widerrufen, abgelaufen oder nicht berechtigt
  4    nicht gefunden: keine solche Website, Umgebung, kein solcher Snapshot oder Auftrag
  5    Konflikt: Umgebung beschäftigt, Snapshot nicht bereit, Anfragelimit erreicht
  6    Netzwerk: die Plattform war nicht erreichbar
  7    Prüfung fehlgeschlagen: ein Download passte nicht zu seiner Prüfsumme
  130  unterbrochen (Strg-C)
</translation>
    </message>
</context>
<context>
    <name>ExplorerActions</name>
    <message>
        <source>&amp;Explore Snapshot…</source>
        <translation>Snapshot &amp;durchsuchen…</translation>
    </message>
    <message>
        <source>C&amp;ompare Snapshots…</source>
        <translation>Snapshots &amp;vergleichen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Look inside the selected snapshot: its files and database tables</source>
        <translation>In den gewählten Snapshot schauen: seine Dateien und Datenbanktabellen</translation>
    </message>
    <message>
        <source>What changed between the selected snapshot and the one before it</source>
        <translation>Was sich zwischen dem gewählten Snapshot und dem davor geändert hat</translation>
    </message>
</context>
<context>
    <name>ExplorerDialog</name>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <source>Snapshot of %1 · %2</source>
        <translation>Snapshot von %1 · %2</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Nach Namen suchen</translation>
    </message>
    <message numerus="yes">
        <source>The first %n match(es) are shown; type more to narrow the search.</source>
        <translation>
            <numerusform>Der erste Treffer (%n) wird gezeigt; tippen Sie weiter, um die Suche einzugrenzen.</numerusform>
            <numerusform>Die ersten %n Treffer werden gezeigt; tippen Sie weiter, um die Suche einzugrenzen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>Snapshot contents</source>
        <translation>Inhalt des Snapshots</translation>
    </message>
    <message>
        <source>Save the chosen file or folder; the archive is downloaded first when it is not here yet</source>
        <translation>Die gewählte Datei oder den Ordner speichern; das Archiv wird zuerst heruntergeladen, wenn es noch nicht hier ist</translation>
    </message>
    <message>
        <source>The versions of the chosen path across this environment’s indexed snapshots</source>
        <translation>Die Fassungen des gewählten Pfads in den indizierten Snapshots dieser Umgebung</translation>
    </message>
    <message>
        <source>What changed between the snapshot before and this one</source>
        <translation>Was sich zwischen dem vorherigen Snapshot und diesem geändert hat</translation>
    </message>
    <message>
        <source>Opening the snapshot…</source>
        <translation>Snapshot wird geöffnet…</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n file(s)</source>
        <translation>
            <numerusform>%1 in %n Datei</numerusform>
            <numerusform>%1 in %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Folder As</source>
        <translation>Ordner speichern unter</translation>
    </message>
    <message>
        <source>Save File As</source>
        <translation>Datei speichern unter</translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation>„%1“ wird gespeichert…</translation>
    </message>
    <message>
        <source>Saving was cancelled.</source>
        <translation>Das Speichern wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) (%1) to %2</source>
        <translation>
            <numerusform>%n Datei (%1) in %2 gespeichert</numerusform>
            <numerusform>%n Dateien (%1) in %2 gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>FleetHealthCommand</name>
    <message>
        <source>Exit status (the monitoring-plugin convention): 0 every scheduled environment is fresh; 1 some are late (older than their cadence); 2 some are stale (older than twice their cadence) or were never backed up; 3 the fleet could not be read.</source>
        <translation>Exit-Status (Konvention für Monitoring-Plugins): 0 alle geplanten Umgebungen sind aktuell; 1 einige sind verspätet (älter als ihr Rhythmus); 2 einige sind veraltet (älter als ihr doppelter Rhythmus) oder wurden nie gesichert; 3 die Flotte konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Only environments named NAME (e.g. production).</source>
        <translation>Nur Umgebungen namens NAME (z. B. production).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--env needs an environment name</source>
        <translation>--env braucht einen Umgebungsnamen</translation>
    </message>
    <message>
        <source>fresh</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>late</source>
        <translation>verspätet</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>never backed up</source>
        <translation>nie gesichert</translation>
    </message>
    <message>
        <source>the fleet could not be read: %1</source>
        <translation>die Flotte konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>no site has an environment named &apos;%1&apos;</source>
        <translation>keine Website hat eine Umgebung namens „%1“</translation>
    </message>
    <message>
        <source>No environment has scheduled backups.</source>
        <translation>Keine Umgebung hat geplante Backups.</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>WEBSITE</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>UMGEBUNG</translation>
    </message>
    <message>
        <source>CADENCE</source>
        <translation>RHYTHMUS</translation>
    </message>
    <message>
        <source>LAST BACKUP</source>
        <translation>LETZTES BACKUP</translation>
    </message>
    <message>
        <source>FRESHNESS</source>
        <translation>AKTUALITÄT</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 scheduled: %2 fresh, %3 late, %4 stale, %5 never backed up</source>
        <translation>%1 geplant: %2 aktuell, %3 verspätet, %4 veraltet, %5 nie gesichert</translation>
    </message>
</context>
<context>
    <name>FleetModel</name>
    <message>
        <source>Site / environment</source>
        <translation>Website / Umgebung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Letztes Backup</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1
Slug: %2
Region: %3
Plan: %4</source>
        <translation>%1
Kurzname: %2
Region: %3
Tarif: %4</translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation>Website %1</translation>
    </message>
    <message>
        <source>%1 — protected: restores ask for explicit confirmation</source>
        <translation>%1 — geschützt: Wiederherstellungen verlangen eine ausdrückliche Bestätigung</translation>
    </message>
    <message>
        <source>Newest ready snapshot: %1</source>
        <translation>Neuester bereiter Snapshot: %1</translation>
    </message>
    <message>
        <source>A capture or restore is running</source>
        <translation>Eine Aufnahme oder Wiederherstellung läuft</translation>
    </message>
    <message>
        <source>Environment %1 of %2</source>
        <translation>Umgebung %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n environment</source>
        <translation>
            <numerusform>%n Umgebung</numerusform>
            <numerusform>%n Umgebungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n environments</source>
        <translation>
            <numerusform>%n Umgebung</numerusform>
            <numerusform>%n Umgebungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled backups: %1</source>
        <translation>Geplante Backups: %1</translation>
    </message>
</context>
<context>
    <name>FleetView</name>
    <message>
        <source>Search sites and environments (Ctrl+F)</source>
        <translation>Websites und Umgebungen suchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the fleet</source>
        <translation>Übersicht durchsuchen</translation>
    </message>
    <message>
        <source>Fleet summary; press to show only these environments</source>
        <translation>Übersicht: Klicken, um nur diese Umgebungen anzuzeigen</translation>
    </message>
    <message>
        <source>Sites and environments</source>
        <translation>Websites und Umgebungen</translation>
    </message>
    <message>
        <source>No production environments yet</source>
        <translation>Noch keine Produktionsumgebungen</translation>
    </message>
    <message>
        <source>showing only these; click to show all</source>
        <translation>nur diese werden angezeigt; klicken, um alle zu zeigen</translation>
    </message>
    <message>
        <source>Fleet summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>The production environment is on schedule</source>
        <translation>Die Produktionsumgebung ist im Plan</translation>
    </message>
    <message numerus="yes">
        <source>All %n production environments are on schedule</source>
        <translation>
            <numerusform>Die %n Produktionsumgebung ist im Plan</numerusform>
            <numerusform>Alle %n Produktionsumgebungen sind im Plan</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup schedule is known for the production environments</source>
        <translation>Für die Produktionsumgebungen ist kein Backup-Zeitplan bekannt</translation>
    </message>
    <message>
        <source>%1 of %2 production environments are on schedule; the others have no known backup schedule</source>
        <translation>%1 von %2 Produktionsumgebungen sind im Plan; für die übrigen ist kein Backup-Zeitplan bekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n production environment is behind its schedule</source>
        <translation>
            <numerusform>%n Produktionsumgebung liegt hinter ihrem Zeitplan zurück</numerusform>
            <numerusform>%n Produktionsumgebungen liegen hinter ihrem Zeitplan zurück</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n production environments are behind their schedule</source>
        <translation>
            <numerusform>%n Produktionsumgebung liegt hinter ihrem Zeitplan zurück</numerusform>
            <numerusform>%n Produktionsumgebungen liegen hinter ihrem Zeitplan zurück</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n has never been backed up</source>
        <translation>
            <numerusform>%n wurde noch nie gesichert</numerusform>
            <numerusform>%n wurden noch nie gesichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n have never been backed up</source>
        <translation>
            <numerusform>%n wurde noch nie gesichert</numerusform>
            <numerusform>%n wurden noch nie gesichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n production environment has never been backed up</source>
        <translation>
            <numerusform>%n Produktionsumgebung wurde noch nie gesichert</numerusform>
            <numerusform>%n Produktionsumgebungen wurden noch nie gesichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n production environments have never been backed up</source>
        <translation>
            <numerusform>%n Produktionsumgebung wurde noch nie gesichert</numerusform>
            <numerusform>%n Produktionsumgebungen wurden noch nie gesichert</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Show only these environments</source>
        <translation>Nur diese Umgebungen anzeigen</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message numerus="yes">
        <source>%n minute ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute</source>
        <translation>
            <numerusform>in %n Minute</numerusform>
            <numerusform>in %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minutes</source>
        <translation>
            <numerusform>in %n Minute</numerusform>
            <numerusform>in %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hours</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week ago</source>
        <translation>
            <numerusform>vor %n Woche</numerusform>
            <numerusform>vor %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks ago</source>
        <translation>
            <numerusform>vor %n Woche</numerusform>
            <numerusform>vor %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n week</source>
        <translation>
            <numerusform>in %n Woche</numerusform>
            <numerusform>in %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n weeks</source>
        <translation>
            <numerusform>in %n Woche</numerusform>
            <numerusform>in %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month ago</source>
        <translation>
            <numerusform>vor %n Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months ago</source>
        <translation>
            <numerusform>vor %n Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n month</source>
        <translation>
            <numerusform>in %n Monat</numerusform>
            <numerusform>in %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n months</source>
        <translation>
            <numerusform>in %n Monat</numerusform>
            <numerusform>in %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year ago</source>
        <translation>
            <numerusform>vor %n Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation>
            <numerusform>vor %n Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n year</source>
        <translation>
            <numerusform>in %n Jahr</numerusform>
            <numerusform>in %n Jahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n years</source>
        <translation>
            <numerusform>in %n Jahr</numerusform>
            <numerusform>in %n Jahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T. %2 h</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>weniger als eine Minute verbleibend</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
</context>
<context>
    <name>HashingWriter</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Could not truncate %1: %2</source>
        <translation>%1 konnte nicht gekürzt werden: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then resume the download.</source>
        <translation>Der Datenträger ist voll. Geben Sie Speicherplatz frei und setzen Sie dann den Download fort.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot grow any larger on this disk (a file size limit). Raise the limit or download to a folder on another disk.</source>
        <translation>%1 kann auf diesem Datenträger nicht weiter wachsen (Dateigrößenlimit). Erhöhen Sie das Limit oder laden Sie in einen Ordner auf einem anderen Datenträger herunter.</translation>
    </message>
</context>
<context>
    <name>IndexCache</name>
    <message>
        <source>Snapshot %1 is not indexed yet.</source>
        <translation>Snapshot %1 ist noch nicht indiziert.</translation>
    </message>
    <message>
        <source>Could not record the index in the cache: %1</source>
        <translation>Der Index konnte nicht im Cache vermerkt werden: %1</translation>
    </message>
    <message>
        <source>Could not record the archive in the cache: %1</source>
        <translation>Das Archiv konnte nicht im Cache vermerkt werden: %1</translation>
    </message>
</context>
<context>
    <name>IndexedCommand</name>
    <message>
        <source>Snapshot %1 is %2, not ready: it has no archive to look into.</source>
        <translation>Snapshot %1 ist %2, nicht bereit: Es gibt kein Archiv, in das man hineinsehen könnte.</translation>
    </message>
    <message>
        <source>Indexing %1…</source>
        <translation>%1 wird indiziert…</translation>
    </message>
    <message>
        <source>Downloading %1  %2%  %3 of %4</source>
        <translation>Lade %1 herunter  %2 %  %3 von %4</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Lade %1 herunter…</translation>
    </message>
    <message>
        <source>Could not look into snapshot %1: %2</source>
        <translation>In Snapshot %1 konnte nicht hineingesehen werden: %2</translation>
    </message>
    <message>
        <source>What was downloaded is kept; run the same command again to resume.</source>
        <translation>Was heruntergeladen wurde, bleibt erhalten; führen Sie denselben Befehl erneut aus, um fortzusetzen.</translation>
    </message>
    <message>
        <source>Run the command again to rebuild the index.</source>
        <translation>Führen Sie den Befehl erneut aus, um den Index neu aufzubauen.</translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; %2</source>
        <translation>der Pfad „%1“ %2</translation>
    </message>
    <message>
        <source>Look into the database component (db/) instead of the files.</source>
        <translation>In die Datenbankkomponente (db/) statt in die Dateien sehen.</translation>
    </message>
</context>
<context>
    <name>JobListCommand</name>
    <message>
        <source>Only jobs of this site (id or slug).</source>
        <translation>Nur Aufträge dieser Website (ID oder Kurzname).</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>WEBSITE</translation>
    </message>
    <message>
        <source>No jobs.</source>
        <translation>Keine Aufträge.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>UMGEBUNG</translation>
    </message>
    <message>
        <source>SNAPSHOT</source>
        <translation>SNAPSHOT</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>PHASE</source>
        <translation>PHASE</translation>
    </message>
    <message>
        <source>Only jobs that have not ended (queued or running).</source>
        <translation>Nur Jobs, die noch nicht beendet sind (wartend oder laufend).</translation>
    </message>
    <message>
        <source>No queued or running jobs.</source>
        <translation>Keine wartenden oder laufenden Jobs.</translation>
    </message>
</context>
<context>
    <name>JobShowCommand</name>
    <message>
        <source>the job id</source>
        <translation>die Auftrags-ID</translation>
    </message>
    <message>
        <source>Stopped watching. The job goes on; watch it again with &apos;mf job watch %1&apos;.</source>
        <translation>Beobachtung beendet. Der Auftrag läuft weiter; beobachten Sie ihn erneut mit „mf job watch %1“.</translation>
    </message>
    <message>
        <source>Capturing %1</source>
        <translation>Aufnahme von %1</translation>
    </message>
    <message>
        <source>Restoring into %1</source>
        <translation>Wiederherstellung in %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>The job failed: %1</source>
        <translation>Der Auftrag ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Restores</source>
        <translation>Stellt wieder her</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>JOB_ID</source>
        <translation>AUFTRAGS_ID</translation>
    </message>
    <message>
        <source>There is no job %1 that this key can see; the platform keeps jobs for 7 days.</source>
        <translation>Es gibt keinen Auftrag %1, den dieser Schlüssel sehen kann; die Plattform bewahrt Aufträge 7 Tage auf.</translation>
    </message>
    <message>
        <source>List recent jobs with &apos;mf job list&apos;.</source>
        <translation>Listen Sie die letzten Aufträge mit „mf job list“ auf.</translation>
    </message>
    <message>
        <source>No news of job %1 (%2); trying again (%3 of %4).</source>
        <translation>Keine Rückmeldung zu Auftrag %1 (%2); neuer Versuch (%3 von %4).</translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1
Job %2</source>
        <translation>%1
Auftrag %2</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>No longer followed: %1</source>
        <translation>Nicht mehr verfolgt: %1</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <source>C&amp;lear Finished</source>
        <translation>&amp;Beendete entfernen</translation>
    </message>
    <message>
        <source>No jobs. Snapshots and restores you start appear here with their progress.</source>
        <translation>Keine Aufträge. Von Ihnen gestartete Snapshots und Wiederherstellungen erscheinen hier mit ihrem Fortschritt.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Managed Desktop.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Managed Desktop.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Managed Desktop</source>
        <translation>Managed Desktop</translation>
    </message>
    <message>
        <source>The platform no longer accepts this key. Enter a new one to continue.</source>
        <translation>Die Plattform akzeptiert diesen Schlüssel nicht mehr. Geben Sie einen neuen ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reload the fleet from the platform (F5)</source>
        <translation>Übersicht neu von der Plattform laden (F5)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign out of %1? Its key is removed from the keychain; you will need it to sign in again.</source>
        <translation>Von %1 abmelden? Sein Schlüssel wird aus dem Schlüsselbund entfernt; Sie brauchen ihn, um sich erneut anzumelden.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Snapshot</source>
        <translation>&amp;Snapshot</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Managed Desktop</source>
        <translation>&amp;Über Managed Desktop</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Not signed in. Sign in with an API key to see your sites.</source>
        <translation>Nicht angemeldet. Melden Sie sich mit einem API-Schlüssel an, um Ihre Websites zu sehen.</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>Showing the fleet saved %1; refreshing…</source>
        <translation>Übersicht vom %1 wird angezeigt; wird aktualisiert…</translation>
    </message>
    <message>
        <source>The fleet could not be refreshed: %1</source>
        <translation>Die Übersicht konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Showing the fleet as it was %1.</source>
        <translation>Die Übersicht wird im Stand vom %1 angezeigt.</translation>
    </message>
    <message>
        <source>Nothing could be loaded yet.</source>
        <translation>Es konnte noch nichts geladen werden.</translation>
    </message>
    <message>
        <source>Offline: the platform cannot be reached. %1 Retrying every 30 seconds.</source>
        <translation>Offline: Die Plattform ist nicht erreichbar. %1 Neuer Versuch alle 30 Sekunden.</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;, %3</source>
        <translation>%1 &lt;%2&gt;, %3</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <source>Close Managed Desktop?</source>
        <translation>Managed Desktop schließen?</translation>
    </message>
    <message>
        <source>Switch account</source>
        <translation>Konto wechseln</translation>
    </message>
    <message>
        <source>Switch to another account?</source>
        <translation>Zu einem anderen Konto wechseln?</translation>
    </message>
    <message numerus="yes">
        <source>%n restore(s) wait for a safety snapshot and have not been sent yet: the safety snapshots are still taken, but the restores would not be sent.</source>
        <translation>
            <numerusform>%n Wiederherstellung wartet auf einen Sicherheits-Snapshot und wurde noch nicht gesendet: Der Sicherheits-Snapshot wird trotzdem erstellt, die Wiederherstellung aber nicht gesendet.</numerusform>
            <numerusform>%n Wiederherstellungen warten auf einen Sicherheits-Snapshot und wurden noch nicht gesendet: Die Sicherheits-Snapshots werden trotzdem erstellt, die Wiederherstellungen aber nicht gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close anyway?</source>
        <translation>Trotzdem schließen?</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
</context>
<context>
    <name>ManifestVerifier</name>
    <message>
        <source>The archive has no %1 folder.</source>
        <translation>Das Archiv hat keinen Ordner %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The archive has no readable manifest.json.</source>
        <translation>Das Archiv hat keine lesbare manifest.json.</translation>
    </message>
    <message>
        <source>The archive&apos;s manifest.json is not in a format this version understands.</source>
        <translation>Die manifest.json des Archivs hat ein Format, das diese Version nicht versteht.</translation>
    </message>
    <message>
        <source>The archive&apos;s manifest.json lists no components.</source>
        <translation>Die manifest.json des Archivs führt keine Bestandteile auf.</translation>
    </message>
    <message>
        <source>The manifest entry for %1 is malformed.</source>
        <translation>Der Manifest-Eintrag für %1 ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The extracted %1 do not match the snapshot: their SHA-256 is %2, the manifest says %3.</source>
        <translation>Die entpackten %1 passen nicht zum Snapshot: Ihr SHA-256 ist %2, das Manifest nennt %3.</translation>
    </message>
</context>
<context>
    <name>NotificationSettingsDialog</name>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Notifications for this account</source>
        <translation>Benachrichtigungen für dieses Konto</translation>
    </message>
    <message>
        <source>Notifications for %1</source>
        <translation>Benachrichtigungen für %1</translation>
    </message>
    <message>
        <source>&amp;Notify me when something changes</source>
        <translation>&amp;Benachrichtigen, wenn sich etwas ändert</translation>
    </message>
    <message>
        <source>An environment&apos;s backups fall &amp;behind (late, stale, never backed up)</source>
        <translation>Die Backups einer Umgebung geraten in &amp;Verzug (verspätet, veraltet, nie gesichert)</translation>
    </message>
    <message>
        <source>A &amp;snapshot fails</source>
        <translation>Ein &amp;Snapshot schlägt fehl</translation>
    </message>
    <message>
        <source>A &amp;restore ends</source>
        <translation>Eine &amp;Wiederherstellung endet</translation>
    </message>
    <message>
        <source>A daily &amp;digest of the fleet&apos;s health at</source>
        <translation>&amp;Tägliche Übersicht über den Zustand der Backups um</translation>
    </message>
    <message>
        <source>Each change is told once: an environment that stays late is not announced again, and what was already behind when the app first saw it is left to the digest.</source>
        <translation>Jede Änderung wird einmal gemeldet: Eine Umgebung, die verspätet bleibt, wird nicht erneut gemeldet, und was schon beim ersten Blick der App in Verzug war, steht in der täglichen Übersicht.</translation>
    </message>
    <message>
        <source>Watching in the background</source>
        <translation>Im Hintergrund beobachten</translation>
    </message>
    <message>
        <source>&amp;Keep watching in the notification area when the window is closed</source>
        <translation>&amp;Im Infobereich weiter beobachten, wenn das Fenster geschlossen wird</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Start in the notification area when I &amp;log in</source>
        <translation>Beim &amp;Anmelden im Infobereich starten</translation>
    </message>
    <message>
        <source>Read the fleet every:</source>
        <translation>Übersicht lesen alle:</translation>
    </message>
    <message>
        <source>This desktop has no notification area (system tray), so closing the window quits the app.</source>
        <translation>Dieser Desktop hat keinen Infobereich (System Tray), daher beendet das Schließen des Fensters die App.</translation>
    </message>
    <message>
        <source>No notification service was found on this desktop: notifications cannot be shown.</source>
        <translation>Auf diesem Desktop wurde kein Benachrichtigungsdienst gefunden: Benachrichtigungen können nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Notifications are shown by %1.</source>
        <translation>Benachrichtigungen werden von %1 angezeigt.</translation>
    </message>
</context>
<context>
    <name>NotificationsController</name>
    <message>
        <source>&amp;Notifications…</source>
        <translation>&amp;Benachrichtigungen…</translation>
    </message>
    <message>
        <source>Still watching your fleet. Quit from this icon&apos;s menu.</source>
        <translation>Die Übersicht wird weiter beobachtet. Beenden über das Menü dieses Symbols.</translation>
    </message>
    <message>
        <source>That environment is not in the fleet as shown (a search may hide it).</source>
        <translation>Diese Umgebung ist in der angezeigten Übersicht nicht enthalten (eine Suche kann sie verbergen).</translation>
    </message>
</context>
<context>
    <name>PartFile</name>
    <message>
        <source>%1 is a symbolic link. Downloads never write through a link (someone may have placed it to overwrite another file); remove it or choose another name.</source>
        <translation>%1 ist ein symbolischer Verweis. Downloads schreiben nie durch einen Verweis (jemand könnte ihn angelegt haben, um eine andere Datei zu überschreiben); entfernen Sie ihn oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file; the download does not write into it. Remove it or choose another name.</source>
        <translation>%1 ist keine reguläre Datei; der Download schreibt nicht hinein. Entfernen Sie sie oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 belongs to another user; the download does not continue a file it did not create. Remove it or choose another name.</source>
        <translation>%1 gehört einem anderen Benutzer; der Download setzt keine Datei fort, die er nicht selbst angelegt hat. Entfernen Sie sie oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 has other names (hard links); writing to it would change another file. Remove it or choose another name.</source>
        <translation>%1 hat weitere Namen (harte Verweise); ein Schreiben würde auch eine andere Datei ändern. Entfernen Sie sie oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Could not open %1: safe file creation is not available on this system.</source>
        <translation>%1 konnte nicht geöffnet werden: Sicheres Anlegen von Dateien ist auf diesem System nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>PathHistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>This path</source>
        <translation>Dieser Pfad</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Nicht vorhanden</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message numerus="yes">
        <source>%n indexed snapshot(s) looked at</source>
        <translation>
            <numerusform>%n indizierter Snapshot durchsucht</numerusform>
            <numerusform>%n indizierte Snapshots durchsucht</numerusform>
        </translation>
    </message>
    <message>
        <source>(of %1 ready ones: open a snapshot in the explorer to index it).</source>
        <translation>(von %1 fertigen: Öffnen Sie einen Snapshot im Explorer, um ihn zu indizieren).</translation>
    </message>
    <message numerus="yes">
        <source>%n index(es) could not be read and will be built again.</source>
        <translation>
            <numerusform>%n Index konnte nicht gelesen werden und wird neu erstellt.</numerusform>
            <numerusform>%n Indizes konnten nicht gelesen werden und werden neu erstellt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>A PDF can only be made by a program that can draw text.</source>
        <translation>Ein PDF kann nur von einem Programm erstellt werden, das Text zeichnen kann.</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>Das PDF konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>PolicyPanel</name>
    <message>
        <source>Backup policy</source>
        <translation>Backup-Richtlinie</translation>
    </message>
    <message>
        <source>Cadence:</source>
        <translation>Rhythmus:</translation>
    </message>
    <message>
        <source>Next run:</source>
        <translation>Nächster Lauf:</translation>
    </message>
    <message>
        <source>Retention:</source>
        <translation>Aufbewahrung:</translation>
    </message>
    <message>
        <source>Scheduled kept:</source>
        <translation>Geplante behalten:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Tarif:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Kept until deleted</source>
        <translation>Bis zum Löschen behalten</translation>
    </message>
    <message numerus="yes">
        <source>At most %n</source>
        <translation>
            <numerusform>Höchstens %n</numerusform>
            <numerusform>Höchstens %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No count limit</source>
        <translation>Keine Mengenbegrenzung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Nicht geplant</translation>
    </message>
    <message numerus="yes">
        <source>%n day after capture</source>
        <translation>
            <numerusform>%n Tag nach der Aufnahme</numerusform>
            <numerusform>%n Tage nach der Aufnahme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days after capture</source>
        <translation>
            <numerusform>%n Tag nach der Aufnahme</numerusform>
            <numerusform>%n Tage nach der Aufnahme</numerusform>
        </translation>
    </message>
    <message>
        <source>None (no scheduled backups)</source>
        <translation>Keine (keine geplanten Backups)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot create the cache folder %1</source>
        <translation>Der Cache-Ordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Only this site (slug); repeat for several. Default: every site.</source>
        <translation>Nur diese Website (Kurzname); für mehrere wiederholen. Standard: alle Websites.</translation>
    </message>
    <message>
        <source>SLUG</source>
        <translation>KURZNAME</translation>
    </message>
    <message>
        <source>First day of the period, YYYY-MM-DD. Default: 29 days before --to.</source>
        <translation>Erster Tag des Zeitraums, YYYY-MM-DD. Standard: 29 Tage vor --to.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>Last day of the period, YYYY-MM-DD. Default: today.</source>
        <translation>Letzter Tag des Zeitraums, YYYY-MM-DD. Standard: heute.</translation>
    </message>
    <message>
        <source>pdf, html or csv. Default: from the file name&apos;s extension.</source>
        <translation>pdf, html oder csv. Standard: nach der Endung des Dateinamens.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The file to write (replaced only once the report is complete).</source>
        <translation>Die zu schreibende Datei (wird erst ersetzt, wenn der Bericht vollständig ist).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a date; write it as YYYY-MM-DD, e.g. 2026-11-30.</source>
        <translation>--%1: „%2“ ist kein Datum; schreiben Sie es als YYYY-MM-DD, z. B. 2026-11-30.</translation>
    </message>
    <message>
        <source>-o FILE is needed: where to write the report.</source>
        <translation>-o DATEI wird benötigt: wohin der Bericht geschrieben wird.</translation>
    </message>
    <message>
        <source>--format: &apos;%1&apos; is not a report format; use pdf, html or csv.</source>
        <translation>--format: „%1“ ist kein Berichtsformat; verwenden Sie pdf, html oder csv.</translation>
    </message>
    <message>
        <source>--format is needed (pdf, html or csv) when the file name does not end in one of them.</source>
        <translation>--format wird benötigt (pdf, html oder csv), wenn der Dateiname nicht auf eines davon endet.</translation>
    </message>
    <message>
        <source>Reading sites: %1 of %2</source>
        <translation>Websites werden gelesen: %1 von %2</translation>
    </message>
    <message>
        <source>Wrote the report for %1 to %2.</source>
        <translation>Bericht für %1 nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>%1 · Compliance: %2</source>
        <translation>%1 · Planerfüllung: %2</translation>
    </message>
    <message>
        <source>PDF reports need mf-report-pdf, which could not be loaded (%1). Reinstall mf, or write HTML or CSV.</source>
        <translation>PDF-Berichte brauchen mf-report-pdf, das nicht geladen werden konnte (%1). Installieren Sie mf neu oder schreiben Sie HTML oder CSV.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>A report for your clients: per site and environment, the scheduled backups expected and taken, manual snapshots, failed captures and restores.</source>
        <translation>Ein Bericht für Ihre Kunden: pro Website und Umgebung die erwarteten und erstellten geplanten Backups, manuelle Snapshots, fehlgeschlagene Aufnahmen und Wiederherstellungen.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle Websites</translation>
    </message>
    <message>
        <source>Only the checked sites:</source>
        <translation>Nur die markierten Websites:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Webseite (HTML)</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Tabelle (CSV)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Sites:</source>
        <translation>Websites:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Reading sites: %1 of %2</source>
        <translation>Websites werden gelesen: %1 von %2</translation>
    </message>
    <message>
        <source>Reading the fleet…</source>
        <translation>Übersicht wird gelesen…</translation>
    </message>
    <message>
        <source>backup-report</source>
        <translation>backup-bericht</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>Check at least one site, or choose all sites.</source>
        <translation>Markieren Sie mindestens eine Website oder wählen Sie alle Websites.</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>Bericht unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>The report could not be made. %1</source>
        <translation>Der Bericht konnte nicht erstellt werden. %1</translation>
    </message>
</context>
<context>
    <name>ReportFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>No file was given for the report.</source>
        <translation>Für den Bericht wurde keine Datei angegeben.</translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation>es ist ein Ordner.</translation>
    </message>
    <message>
        <source>PDF reports cannot be drawn by this program.</source>
        <translation>Dieses Programm kann keine PDF-Berichte zeichnen.</translation>
    </message>
</context>
<context>
    <name>ReportLoader</name>
    <message>
        <source>Sign in to an account to make a report.</source>
        <translation>Melden Sie sich bei einem Konto an, um einen Bericht zu erstellen.</translation>
    </message>
    <message>
        <source>The organization&apos;s name could not be read.</source>
        <translation>Der Name der Organisation konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The list of restores could not be read.</source>
        <translation>Die Liste der Wiederherstellungen konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The list of sites could not be read.</source>
        <translation>Die Liste der Websites konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>There is no site &apos;%1&apos; in this organization.</source>
        <translation>In dieser Organisation gibt es keine Website „%1“.</translation>
    </message>
    <message>
        <source>The backup policy of %1 could not be read.</source>
        <translation>Die Backup-Richtlinie von %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The snapshots of %1 could not be read.</source>
        <translation>Die Snapshots von %1 konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>ReportRequest</name>
    <message>
        <source>The report&apos;s period needs a first and a last day.</source>
        <translation>Der Zeitraum des Berichts braucht einen ersten und einen letzten Tag.</translation>
    </message>
    <message>
        <source>The period starts on %1, after its last day %2.</source>
        <translation>Der Zeitraum beginnt am %1, nach seinem letzten Tag (%2).</translation>
    </message>
    <message>
        <source>The period starts on %1, which is in the future.</source>
        <translation>Der Zeitraum beginnt am %1 und damit in der Zukunft.</translation>
    </message>
    <message>
        <source>The period is longer than %1 days; make it shorter.</source>
        <translation>Der Zeitraum ist länger als %1 Tage; verkürzen Sie ihn.</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Backup report</source>
        <translation>Backup-Bericht</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Made on %1 with Managed Desktop.</source>
        <translation>Erstellt am %1 mit Managed Desktop.</translation>
    </message>
    <message>
        <source>Sites: %1 · Environments: %2</source>
        <translation>Websites: %1 · Umgebungen: %2</translation>
    </message>
    <message>
        <source>Scheduled backups: %1 of %2 taken (%3).</source>
        <translation>Geplante Backups: %1 von %2 erstellt (%3).</translation>
    </message>
    <message>
        <source>No scheduled backups were due in this period.</source>
        <translation>In diesem Zeitraum waren keine geplanten Backups fällig.</translation>
    </message>
    <message>
        <source>Manual snapshots: %1.</source>
        <translation>Manuelle Snapshots: %1.</translation>
    </message>
    <message>
        <source>Failed captures: %1.</source>
        <translation>Fehlgeschlagene Aufnahmen: %1.</translation>
    </message>
    <message>
        <source>Restores: %1.</source>
        <translation>Wiederherstellungen: %1.</translation>
    </message>
    <message>
        <source>Newest backup: %1.</source>
        <translation>Neuestes Backup: %1.</translation>
    </message>
    <message>
        <source>Expected: the scheduled backups the environment&apos;s backup policy calls for in the period. Compliance: scheduled backups taken divided by those expected, at most 100%.</source>
        <translation>Erwartet: die geplanten Backups, die die Backup-Richtlinie der Umgebung für den Zeitraum vorsieht. Planerfüllung: erstellte geplante Backups geteilt durch erwartete, höchstens 100 %.</translation>
    </message>
    <message>
        <source>Backups pruned since by retention still count as taken.</source>
        <translation>Backups, die inzwischen durch die Aufbewahrungsregel gelöscht wurden, zählen weiterhin als erstellt.</translation>
    </message>
    <message>
        <source>Restores come from the platform&apos;s list of jobs, which keeps jobs for 7 days: earlier restores are not counted.</source>
        <translation>Wiederherstellungen stammen aus der Auftragsliste der Plattform, die Aufträge 7 Tage aufbewahrt: Frühere Wiederherstellungen werden nicht gezählt.</translation>
    </message>
    <message>
        <source>Backups per day</source>
        <translation>Backups pro Tag</translation>
    </message>
    <message>
        <source>By site and environment</source>
        <translation>Nach Website und Umgebung</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Planerfüllung</translation>
    </message>
    <message>
        <source>Failed captures</source>
        <translation>Fehlgeschlagene Aufnahmen</translation>
    </message>
    <message>
        <source>Restores</source>
        <translation>Wiederherstellungen</translation>
    </message>
    <message>
        <source>Newest backup</source>
        <translation>Neuestes Backup</translation>
    </message>
    <message>
        <source>All environments</source>
        <translation>Alle Umgebungen</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage; French and German put a space before %</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 (%2 failed)</source>
        <translation>%1 (%2 fehlgeschlagen)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>manual snapshot</source>
        <translation>manueller Snapshot</translation>
    </message>
    <message>
        <source>scheduled backup</source>
        <translation>geplantes Backup</translation>
    </message>
    <message>
        <source>Restore Snapshot</source>
        <translation>Snapshot wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Follow Running Job</source>
        <translation>Laufendem Auftrag &amp;folgen</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Taken:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>%1 (%2), %3 / %4</source>
        <translation>%1 (%2), %3 / %4</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Bezeichnung:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>not in this snapshot</source>
        <translation>nicht in diesem Snapshot</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n file(s)</source>
        <translation>
            <numerusform>%1 in %n Datei</numerusform>
            <numerusform>%1 in %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Dateien:</translation>
    </message>
    <message>
        <source>What to restore</source>
        <translation>Was wiederhergestellt wird</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Datenbank</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>Da&amp;teien</translation>
    </message>
    <message>
        <source>Choose the database, the files or both.</source>
        <translation>Wählen Sie die Datenbank, die Dateien oder beides.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wohin</translation>
    </message>
    <message>
        <source>Target environment</source>
        <translation>Zielumgebung</translation>
    </message>
    <message>
        <source>%1 (protected)</source>
        <translation>%1 (geschützt)</translation>
    </message>
    <message>
        <source>Take a &amp;safety snapshot of the target first</source>
        <translation>Zuerst einen &amp;Sicherheits-Snapshot des Ziels erstellen</translation>
    </message>
    <message>
        <source>&amp;Into environment:</source>
        <translation>&amp;In Umgebung:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Please check before restoring&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bitte vor dem Wiederherstellen prüfen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Type the environment&apos;s name to confirm</source>
        <translation>Geben Sie zur Bestätigung den Namen der Umgebung ein</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>Fortschritt der Wiederherstellung</translation>
    </message>
    <message>
        <source>Before restoring %1</source>
        <translation>Vor der Wiederherstellung von %1</translation>
    </message>
    <message>
        <source>Safety snapshot of %1</source>
        <translation>Sicherheits-Snapshot von %1</translation>
    </message>
    <message>
        <source>Restore into %1</source>
        <translation>In %1 wiederherstellen</translation>
    </message>
    <message>
        <source>Continue in &amp;Background</source>
        <translation>Im &amp;Hintergrund fortsetzen</translation>
    </message>
    <message>
        <source>Restore finished. %1</source>
        <translation>Wiederherstellung abgeschlossen. %1</translation>
    </message>
    <message>
        <source>Restore of %1 / %2</source>
        <translation>Wiederherstellung von %1 / %2</translation>
    </message>
    <message>
        <source>Snapshot: %1 (%2, %3)</source>
        <translation>Snapshot: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Restored: %1</source>
        <translation>Wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Safety snapshot: %1</source>
        <translation>Sicherheits-Snapshot: %1</translation>
    </message>
    <message>
        <source>Job: %1</source>
        <translation>Auftrag: %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>The environment “%1” is protected. Type its name to confirm:</source>
        <translation>Die Umgebung „%1“ ist geschützt. Geben Sie zur Bestätigung ihren Namen ein:</translation>
    </message>
    <message>
        <source>Asked to restore: %1</source>
        <translation>Wiederherstellung angefordert: %1</translation>
    </message>
    <message>
        <source>Safety snapshot: “%1” (%2)</source>
        <translation>Sicherheits-Snapshot: „%1“ (%2)</translation>
    </message>
    <message>
        <source>Compare with Newest…</source>
        <translation>Mit dem neuesten vergleichen…</translation>
    </message>
    <message>
        <source>See what changed between this snapshot and the newest one (%1) before restoring</source>
        <translation>Vor dem Wiederherstellen sehen, was sich zwischen diesem Snapshot und dem neuesten (%1) geändert hat</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <source>Requesting a safety snapshot</source>
        <translation>Sicherheits-Snapshot wird angefordert</translation>
    </message>
    <message>
        <source>Checking the safety snapshot</source>
        <translation>Sicherheits-Snapshot wird geprüft</translation>
    </message>
    <message>
        <source>The safety snapshot is not ready (%1), so the restore was not started.</source>
        <translation>Der Sicherheits-Snapshot ist nicht bereit (%1), daher wurde die Wiederherstellung nicht gestartet.</translation>
    </message>
    <message>
        <source>unreadable answer</source>
        <translation>unlesbare Antwort</translation>
    </message>
    <message>
        <source>Requesting the restore</source>
        <translation>Wiederherstellung wird angefordert</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>The safety snapshot failed (%1), so the restore was not started.</source>
        <translation>Der Sicherheits-Snapshot ist fehlgeschlagen (%1), daher wurde die Wiederherstellung nicht gestartet.</translation>
    </message>
    <message>
        <source>The restore failed: %1</source>
        <translation>Die Wiederherstellung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The session ended (signed out or another account chosen) before the restore was sent or followed. Sign in again and check the environment&apos;s jobs before trying again.</source>
        <translation>Die Sitzung wurde beendet (abgemeldet oder ein anderes Konto gewählt), bevor die Wiederherstellung gesendet oder verfolgt wurde. Melden Sie sich wieder an und prüfen Sie die Jobs der Umgebung, bevor Sie es erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>RestoreSummary</name>
    <message>
        <source>those from %1</source>
        <translation>die vom %1</translation>
    </message>
    <message>
        <source>the one from %1</source>
        <translation>die vom %1</translation>
    </message>
    <message>
        <source>those from the %1 snapshot of %2</source>
        <translation>die aus dem Snapshot (%1) vom %2</translation>
    </message>
    <message>
        <source>the one from the %1 snapshot of %2</source>
        <translation>die aus dem Snapshot (%1) vom %2</translation>
    </message>
    <message>
        <source>The database and the files of %1 will be replaced by %2. Files added since then will be deleted.</source>
        <translation>Datenbank und Dateien von %1 werden durch %2 ersetzt. Seitdem hinzugekommene Dateien werden gelöscht.</translation>
    </message>
    <message>
        <source>The database of %1 will be replaced by %2. Files will not change.</source>
        <translation>Die Datenbank von %1 wird durch %2 ersetzt. Die Dateien bleiben unverändert.</translation>
    </message>
    <message>
        <source>The files of %1 will be replaced by %2; files added since then will be deleted. The database will not change.</source>
        <translation>Die Dateien von %1 werden durch %2 ersetzt; seitdem hinzugekommene Dateien werden gelöscht. Die Datenbank bleibt unverändert.</translation>
    </message>
    <message>
        <source>Nothing is selected: choose the database, the files or both.</source>
        <translation>Nichts ausgewählt: Wählen Sie die Datenbank, die Dateien oder beides.</translation>
    </message>
    <message>
        <source>First a safety snapshot of %1 / %2 is taken as it is now; the restore starts only once it is ready, so you can go back to it.</source>
        <translation>Zuerst wird ein Sicherheits-Snapshot von %1 / %2 im jetzigen Zustand erstellt; die Wiederherstellung beginnt erst, wenn er bereit ist, damit Sie zu ihm zurückkehren können.</translation>
    </message>
    <message>
        <source>No safety snapshot will be taken: the current state of %1 / %2 cannot be brought back unless another snapshot has it.</source>
        <translation>Es wird kein Sicherheits-Snapshot erstellt: Der jetzige Zustand von %1 / %2 lässt sich nur zurückholen, wenn ein anderer Snapshot ihn enthält.</translation>
    </message>
    <message>
        <source>The database and the files of %1 are now those of %2.</source>
        <translation>Datenbank und Dateien von %1 sind jetzt die von %2.</translation>
    </message>
    <message>
        <source>The database of %1 is now the one of %2. Files did not change.</source>
        <translation>Die Datenbank von %1 ist jetzt die von %2. Die Dateien haben sich nicht geändert.</translation>
    </message>
    <message>
        <source>The files of %1 are now those of %2. The database did not change.</source>
        <translation>Die Dateien von %1 sind jetzt die von %2. Die Datenbank hat sich nicht geändert.</translation>
    </message>
    <message>
        <source>the %1 snapshot of %2</source>
        <translation>der Snapshot von %1 vom %2</translation>
    </message>
</context>
<context>
    <name>SafeFileName</name>
    <message>
        <source>Could not create %1: %2</source>
        <translation>%1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existiert bereits.</translation>
    </message>
    <message>
        <source>No free file name for %1 in %2.</source>
        <translation>Kein freier Dateiname für %1 in %2.</translation>
    </message>
    <message>
        <source>The file name is empty.</source>
        <translation>Der Dateiname ist leer.</translation>
    </message>
    <message>
        <source>%1 names a folder, not a file.</source>
        <translation>%1 bezeichnet einen Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>The file name %1 contains a folder separator.</source>
        <translation>Der Dateiname %1 enthält ein Ordner-Trennzeichen.</translation>
    </message>
    <message>
        <source>The file name contains a control character.</source>
        <translation>Der Dateiname enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>The file name is too long (at most 250 bytes).</source>
        <translation>Der Dateiname ist zu lang (höchstens 250 Byte).</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Übertragungen</translation>
    </message>
</context>
<context>
    <name>Sha256</name>
    <message>
        <source>The file is shorter than expected.</source>
        <translation>Die Datei ist kürzer als erwartet.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>This is not a managed.dev API key. Keys start with mfk_live_ or mfk_test_ followed by 32 letters and digits.</source>
        <translation>Das ist kein managed.dev-API-Schlüssel. Schlüssel beginnen mit mfk_live_ oder mfk_test_, gefolgt von 32 Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The API key was refused: it is wrong, revoked or expired. Create a new key in the managed.dev dashboard.</source>
        <translation>Der API-Schlüssel wurde abgelehnt: Er ist falsch, widerrufen oder abgelaufen. Erstellen Sie im managed.dev-Dashboard einen neuen Schlüssel.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Try the local sandbox</source>
        <translation>Die lokale Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>Keep the key for this session only</source>
        <translation>Schlüssel nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Sign in to managed.dev</source>
        <translation>Bei managed.dev anmelden</translation>
    </message>
    <message>
        <source>Connect Managed Desktop to your organization with an API key. The key is checked with the platform, then kept in your system keychain — never in a file.</source>
        <translation>Verbinden Sie Managed Desktop mit einem API-Schlüssel mit Ihrer Organisation. Der Schlüssel wird bei der Plattform geprüft und dann im Schlüsselbund Ihres Systems aufbewahrt – nie in einer Datei.</translation>
    </message>
    <message>
        <source>Optional, e.g. “Agency production”</source>
        <translation>Optional, z. B. „Agentur Produktion“</translation>
    </message>
    <message>
        <source>Account display name</source>
        <translation>Anzeigename des Kontos</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>API-URL</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Use a mf-sandbox running on this computer (%1)</source>
        <translation>Eine mf-sandbox verwenden, die auf diesem Computer läuft (%1)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>API-&amp;URL:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Checking the key with the platform…</source>
        <translation>Schlüssel wird bei der Plattform geprüft…</translation>
    </message>
    <message>
        <source>Saving the key in the keychain…</source>
        <translation>Schlüssel wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>%1… (enter the whole key)</source>
        <translation>%1… (geben Sie den ganzen Schlüssel ein)</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
    <message>
        <source>Signed in. The key is kept for this session only and forgotten when you quit.</source>
        <translation>Angemeldet. Der Schlüssel wird nur für diese Sitzung behalten und beim Beenden vergessen.</translation>
    </message>
    <message>
        <source>Signed in. The key is stored in your system keychain.</source>
        <translation>Angemeldet. Der Schlüssel ist im Schlüsselbund Ihres Systems gespeichert.</translation>
    </message>
    <message>
        <source>Account: %1 &lt;%2&gt;
Organization: %3
Plan: %4
Key: %5… (%6)
Scopes: %7</source>
        <translation>Konto: %1 &lt;%2&gt;
Organisation: %3
Tarif: %4
Schlüssel: %5… (%6)
Berechtigungen: %7</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <source>No system keychain is available, so the key cannot be stored safely. You can keep it in memory for this session only: you will be asked for it again next time.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar, daher kann der Schlüssel nicht sicher gespeichert werden. Sie können ihn nur für diese Sitzung im Speicher behalten: Beim nächsten Mal werden Sie erneut danach gefragt.</translation>
    </message>
    <message>
        <source>Start the sandbox with “mf-sandbox --seed demo” and paste the API key it printed. For a sandbox that is already running, “mf-sandbox keys create --data DIR” makes a new key.</source>
        <translation>Starten Sie die Sandbox mit „mf-sandbox --seed demo“ und fügen Sie den API-Schlüssel ein, den sie ausgegeben hat. Für eine Sandbox, die schon läuft, erstellt „mf-sandbox keys create --data ORDNER“ einen neuen Schlüssel.</translation>
    </message>
</context>
<context>
    <name>SiteListCommand</name>
    <message>
        <source>Only sites whose slug or name contains TEXT.</source>
        <translation>Nur Websites, deren Kurzname oder Name TEXT enthält.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--filter is limited to 200 characters</source>
        <translation>--filter darf höchstens 200 Zeichen lang sein</translation>
    </message>
    <message>
        <source>No sites.</source>
        <translation>Keine Websites.</translation>
    </message>
    <message>
        <source>No site matches &apos;%1&apos;.</source>
        <translation>Keine Website passt zu „%1“.</translation>
    </message>
    <message>
        <source>SLUG</source>
        <translation>KURZNAME</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>TARIF</translation>
    </message>
    <message>
        <source>ENVIRONMENTS</source>
        <translation>UMGEBUNGEN</translation>
    </message>
    <message>
        <source>on schedule</source>
        <translation>im Plan</translation>
    </message>
    <message>
        <source>late</source>
        <translation>verspätet</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>never backed up</source>
        <translation>nie gesichert</translation>
    </message>
    <message>
        <source>protected</source>
        <translation>geschützt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SiteShowCommand</name>
    <message>
        <source>the site (id or slug)</source>
        <translation>die Website (ID oder Kurzname)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No environments.</source>
        <translation>Keine Umgebungen.</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>UMGEBUNG</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>PROTECTED</source>
        <translation>GESCHÜTZT</translation>
    </message>
    <message>
        <source>LAST SNAPSHOT</source>
        <translation>LETZTER SNAPSHOT</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>WEBSITE</translation>
    </message>
</context>
<context>
    <name>SnapshotCatCommand</name>
    <message>
        <source>The site (id or slug).</source>
        <translation>Die Website (ID oder Slug).</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>WEBSITE</translation>
    </message>
    <message>
        <source>the snapshot id and the path of a file</source>
        <translation>die Snapshot-ID und der Pfad einer Datei</translation>
    </message>
    <message>
        <source>give the path of a file</source>
        <translation>geben Sie den Pfad einer Datei an</translation>
    </message>
    <message>
        <source>There is no &quot;%1&quot; in snapshot %2.</source>
        <translation>In Snapshot %2 gibt es kein „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file.</source>
        <translation>„%1“ ist keine Datei.</translation>
    </message>
    <message>
        <source>List it with &apos;mf snapshot ls&apos;.</source>
        <translation>Listen Sie ihn mit „mf snapshot ls“ auf.</translation>
    </message>
    <message>
        <source>SNAPSHOT_ID PATH</source>
        <translation>SNAPSHOT_ID PFAD</translation>
    </message>
</context>
<context>
    <name>SnapshotDiffCommand</name>
    <message>
        <source>The site (id or slug).</source>
        <translation>Die Website (ID oder Slug).</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>WEBSITE</translation>
    </message>
    <message>
        <source>the older and the newer snapshot id</source>
        <translation>die ältere und die neuere Snapshot-ID</translation>
    </message>
    <message>
        <source>There is no snapshot &apos;%1&apos; or &apos;%2&apos; of site &apos;%3&apos;.</source>
        <translation>Es gibt keinen Snapshot „%1“ oder „%2“ der Website „%3“.</translation>
    </message>
    <message>
        <source>Files: %1 added, %2 removed, %3 changed.</source>
        <translation>Dateien: %1 hinzugefügt, %2 entfernt, %3 geändert.</translation>
    </message>
    <message>
        <source>  + %1  (%2)</source>
        <translation>  + %1  (%2)</translation>
    </message>
    <message>
        <source>  - %1  (%2)</source>
        <translation>  - %1  (%2)</translation>
    </message>
    <message>
        <source>  ~ %1  (%2 → %3, %4)</source>
        <translation>  ~ %1  (%2 → %3, %4)</translation>
    </message>
    <message>
        <source>Database: not in both snapshots.</source>
        <translation>Datenbank: nicht in beiden Snapshots.</translation>
    </message>
    <message>
        <source>Database: changed, with the same tables and row counts.</source>
        <translation>Datenbank: geändert, mit denselben Tabellen und Zeilenzahlen.</translation>
    </message>
    <message>
        <source>Database: unchanged.</source>
        <translation>Datenbank: unverändert.</translation>
    </message>
    <message>
        <source>Database, tables that differ: %1.</source>
        <translation>Datenbank, abweichende Tabellen: %1.</translation>
    </message>
    <message>
        <source>  + table %1  (%2 rows)</source>
        <translation>  + Tabelle %1  (%2 Zeilen)</translation>
    </message>
    <message>
        <source>  - table %1  (%2 rows)</source>
        <translation>  - Tabelle %1  (%2 Zeilen)</translation>
    </message>
    <message>
        <source>  ~ table %1  (rows %2 → %3, schema changed)</source>
        <translation>  ~ Tabelle %1  (Zeilen %2 → %3, Schema geändert)</translation>
    </message>
    <message>
        <source>  ~ table %1  (rows %2 → %3)</source>
        <translation>  ~ Tabelle %1  (Zeilen %2 → %3)</translation>
    </message>
    <message>
        <source>OLD_SNAPSHOT_ID NEW_SNAPSHOT_ID</source>
        <translation>ALTE_SNAPSHOT_ID NEUE_SNAPSHOT_ID</translation>
    </message>
</context>
<context>
    <name>SnapshotDownloadCommand</name>
    <message>
        <source>The site (id or slug).</source>
        <translation>Die Website (ID oder Kurzname).</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>WEBSITE</translation>
    </message>
    <message>
        <source>Only the database.</source>
        <translation>Nur die Datenbank.</translation>
    </message>
    <message>
        <source>Only the files.</source>
        <translation>Nur die Dateien.</translation>
    </message>
    <message>
        <source>Where to write: a folder (the server&apos;s file name is used) or a file name. Default: the current folder.</source>
        <translation>Wohin geschrieben wird: ein Ordner (der Dateiname des Servers wird verwendet) oder ein Dateiname. Standard: der aktuelle Ordner.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>Replace the file named by --output if it exists.</source>
        <translation>Die mit --output angegebene Datei ersetzen, wenn sie existiert.</translation>
    </message>
    <message>
        <source>the snapshot id</source>
        <translation>die Snapshot-ID</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>Resuming %1 at %2.</source>
        <translation>%1 wird bei %2 fortgesetzt.</translation>
    </message>
    <message>
        <source>Requesting the archive…</source>
        <translation>Archiv wird angefordert…</translation>
    </message>
    <message>
        <source>Paused with %1 downloaded. Run the same command again to resume.</source>
        <translation>Angehalten, %1 heruntergeladen. Führen Sie denselben Befehl erneut aus, um fortzusetzen.</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>Downloading %1  %2%  %3 of %4</source>
        <translation>%1 wird heruntergeladen  %2 %  %3 von %4</translation>
    </message>
    <message>
        <source>Downloaded %1 (%2), SHA-256 verified.</source>
        <translation>%1 heruntergeladen (%2), SHA-256 geprüft.</translation>
    </message>
    <message>
        <source>What was downloaded is kept; run the same command again to resume.</source>
        <translation>Bereits Heruntergeladenes bleibt erhalten; führen Sie denselben Befehl erneut aus, um fortzusetzen.</translation>
    </message>
    <message>
        <source>Choose another --output, or add --force to replace it.</source>
        <translation>Wählen Sie ein anderes --output oder ergänzen Sie --force, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>SNAPSHOT_ID</source>
        <translation>SNAPSHOT_ID</translation>
    </message>
    <message>
        <source>Then unpack the verified archive into DIR (new or empty) and check every component against its manifest.</source>
        <translation>Danach das geprüfte Archiv in ORDNER (neu oder leer) entpacken und jede Komponente mit seinem Manifest abgleichen.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>Extracting into %1…</source>
        <translation>Wird nach %1 entpackt …</translation>
    </message>
    <message>
        <source>The verified archive is kept as %1.</source>
        <translation>Das geprüfte Archiv bleibt als %1 erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>Extracted %n entries into %1; checked against the archive&apos;s manifest: %2.</source>
        <translation>
            <numerusform>%n Eintrag nach %1 entpackt; mit dem Manifest des Archivs abgeglichen: %2.</numerusform>
            <numerusform>%n Einträge nach %1 entpackt; mit dem Manifest des Archivs abgeglichen: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnapshotFetch</name>
    <message>
        <source>&quot;%1&quot; is not a snapshot id.</source>
        <translation>„%1“ ist keine Snapshot-ID.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The archive of snapshot %1 cannot be downloaded here.</source>
        <translation>Das Archiv von Snapshot %1 kann hier nicht heruntergeladen werden.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not move the archive into the cache at %1.</source>
        <translation>Das Archiv konnte nicht in den Cache unter %1 verschoben werden.</translation>
    </message>
    <message>
        <source>The download of snapshot %1 was cancelled.</source>
        <translation>Der Download von Snapshot %1 wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>SnapshotHistoryCommand</name>
    <message>
        <source>The site (id or slug).</source>
        <translation>Die Website (ID oder Slug).</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>WEBSITE</translation>
    </message>
    <message>
        <source>The environment.</source>
        <translation>Die Umgebung.</translation>
    </message>
    <message>
        <source>ENV</source>
        <translation>UMGEBUNG</translation>
    </message>
    <message>
        <source>Look at the newest N ready snapshots (default 10).</source>
        <translation>Die neuesten N bereiten Snapshots betrachten (Standard 10).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Only snapshots indexed already: download nothing.</source>
        <translation>Nur bereits indizierte Snapshots: nichts herunterladen.</translation>
    </message>
    <message>
        <source>the path</source>
        <translation>der Pfad</translation>
    </message>
    <message>
        <source>--last must be a number from 1 to 1000</source>
        <translation>--last muss eine Zahl von 1 bis 1000 sein</translation>
    </message>
    <message>
        <source>Environment &apos;%1&apos; of site &apos;%2&apos; has no ready snapshots.</source>
        <translation>Die Umgebung „%1“ der Website „%2“ hat keine bereiten Snapshots.</translation>
    </message>
    <message>
        <source>None of these snapshots is indexed yet; run without --cached to index them.</source>
        <translation>Keiner dieser Snapshots ist schon indiziert; ohne --cached ausführen, um sie zu indizieren.</translation>
    </message>
    <message>
        <source>SNAPSHOT</source>
        <translation>SNAPSHOT</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>ÄNDERUNG</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>Not indexed yet: %1 of %2 snapshots.</source>
        <translation>Noch nicht indiziert: %1 von %2 Snapshots.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
</context>
<context>
    <name>SnapshotIndex</name>
    <message>
        <source>The index is incomplete.</source>
        <translation>Der Index ist unvollständig.</translation>
    </message>
    <message>
        <source>The index %1 cannot be read: %2</source>
        <translation>Der Index %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it does not exist.</source>
        <translation>er existiert nicht.</translation>
    </message>
    <message>
        <source>it was made by another version (format %1).</source>
        <translation>er wurde von einer anderen Version erstellt (Format %1).</translation>
    </message>
</context>
<context>
    <name>SnapshotListCommand</name>
    <message>
        <source>The site (id or slug).</source>
        <translation>Die Website (ID oder Kurzname).</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>WEBSITE</translation>
    </message>
    <message>
        <source>Only this environment.</source>
        <translation>Nur diese Umgebung.</translation>
    </message>
    <message>
        <source>ENV</source>
        <translation>UMGEBUNG</translation>
    </message>
    <message>
        <source>Only manual or scheduled snapshots.</source>
        <translation>Nur manuelle oder geplante Snapshots.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>Only pending, capturing, ready, failed or expired ones.</source>
        <translation>Nur ausstehende, laufende, bereite, fehlgeschlagene oder abgelaufene.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>--kind must be manual or scheduled</source>
        <translation>--kind muss manual oder scheduled sein</translation>
    </message>
    <message>
        <source>--status must be one of %1</source>
        <translation>--status muss einer dieser Werte sein: %1</translation>
    </message>
    <message>
        <source>No snapshots.</source>
        <translation>Keine Snapshots.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>UMGEBUNG</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>LÄUFT AB</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>BEZEICHNUNG</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Site %1 has no environment &apos;%2&apos; (or this key cannot see the site).</source>
        <translation>Website %1 hat keine Umgebung „%2“ (oder dieser Schlüssel kann die Website nicht sehen).</translation>
    </message>
    <message>
        <source>List the sites with &apos;mf site list&apos;.</source>
        <translation>Listen Sie die Websites mit „mf site list“ auf.</translation>
    </message>
</context>
<context>
    <name>SnapshotLoader</name>
    <message>
        <source>Signed out: sign in again to look inside this snapshot.</source>
        <translation>Abgemeldet: Melden Sie sich erneut an, um in diesen Snapshot zu schauen.</translation>
    </message>
    <message>
        <source>Reading the archive’s contents…</source>
        <translation>Inhalt des Archivs wird gelesen…</translation>
    </message>
    <message>
        <source>Downloading the archive: %1 of %2</source>
        <translation>Archiv wird heruntergeladen: %1 von %2</translation>
    </message>
    <message>
        <source>Downloading the archive: %1</source>
        <translation>Archiv wird heruntergeladen: %1</translation>
    </message>
    <message>
        <source>The snapshot could not be read.</source>
        <translation>Der Snapshot konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>SnapshotLsCommand</name>
    <message>
        <source>The site (id or slug).</source>
        <translation>Die Website (ID oder Slug).</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>WEBSITE</translation>
    </message>
    <message>
        <source>expected the snapshot id and at most one path</source>
        <translation>erwartet werden die Snapshot-ID und höchstens ein Pfad</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>%1 =&gt; %2</source>
        <translation>%1 =&gt; %2</translation>
    </message>
    <message>
        <source>There is no &quot;%1&quot; in snapshot %2.</source>
        <translation>In Snapshot %2 gibt es kein „%1“.</translation>
    </message>
    <message>
        <source>List its parent folder to see what is there.</source>
        <translation>Listen Sie den übergeordneten Ordner auf, um zu sehen, was dort ist.</translation>
    </message>
    <message>
        <source>The folder is empty.</source>
        <translation>Der Ordner ist leer.</translation>
    </message>
    <message>
        <source>This snapshot has no such component.</source>
        <translation>Dieser Snapshot hat diese Komponente nicht.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>MODIFIED</source>
        <translation>GEÄNDERT</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>TABELLE</translation>
    </message>
    <message>
        <source>ROWS</source>
        <translation>ZEILEN</translation>
    </message>
    <message>
        <source>SNAPSHOT_ID [PATH]</source>
        <translation>SNAPSHOT_ID [PFAD]</translation>
    </message>
</context>
<context>
    <name>SnapshotPane</name>
    <message>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <source>Only snapshots where the files changed</source>
        <translation>Nur Snapshots, in denen sich Dateien geändert haben</translation>
    </message>
    <message>
        <source>Show only the snapshots whose files differ from the snapshot before, told from the checksums without downloading anything</source>
        <translation>Nur die Snapshots zeigen, deren Dateien sich vom vorherigen unterscheiden – anhand der Prüfsummen, ohne etwas herunterzuladen</translation>
    </message>
</context>
<context>
    <name>SnapshotRestoreCommand</name>
    <message>
        <source>The site (id or slug).</source>
        <translation>Die Website (ID oder Kurzname).</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>WEBSITE</translation>
    </message>
    <message>
        <source>Restore the database (alone, unless --files is given too).</source>
        <translation>Die Datenbank wiederherstellen (allein, außer wenn auch --files angegeben ist).</translation>
    </message>
    <message>
        <source>Restore the files (alone, unless --db is given too).</source>
        <translation>Die Dateien wiederherstellen (allein, außer wenn auch --db angegeben ist).</translation>
    </message>
    <message>
        <source>Restore into this environment of the site (default: the snapshot&apos;s own).</source>
        <translation>In diese Umgebung der Website wiederherstellen (Standard: die des Snapshots).</translation>
    </message>
    <message>
        <source>ENV</source>
        <translation>UMGEBUNG</translation>
    </message>
    <message>
        <source>First take a snapshot of the target and wait until it is ready.</source>
        <translation>Zuerst einen Snapshot des Ziels erstellen und warten, bis er bereit ist.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation, even for a protected environment.</source>
        <translation>Nicht um Bestätigung bitten, auch nicht bei einer geschützten Umgebung.</translation>
    </message>
    <message>
        <source>Wait until the restore has finished (progress on a terminal).</source>
        <translation>Warten, bis die Wiederherstellung abgeschlossen ist (Fortschritt im Terminal).</translation>
    </message>
    <message>
        <source>the snapshot id</source>
        <translation>die Snapshot-ID</translation>
    </message>
    <message>
        <source>Snapshot %1 is %2: only a ready snapshot can be restored.</source>
        <translation>Snapshot %1 ist %2: Nur ein bereiter Snapshot kann wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Site %1 has no environment named &apos;%2&apos;.</source>
        <translation>Website %1 hat keine Umgebung namens „%2“.</translation>
    </message>
    <message>
        <source>%1 of %2 is a protected environment and there is no terminal to confirm on. Nothing was restored.</source>
        <translation>%1 von %2 ist eine geschützte Umgebung, und es gibt kein Terminal zur Bestätigung. Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>Add --yes to restore into it from a script.</source>
        <translation>Ergänzen Sie --yes, um aus einem Skript heraus dorthin wiederherzustellen.</translation>
    </message>
    <message>
        <source>Restore the %1 of snapshot %2 (%3, taken %4)</source>
        <translation>%1 aus Snapshot %2 wiederherstellen (%3, erstellt %4)</translation>
    </message>
    <message>
        <source>, labelled &quot;%1&quot;</source>
        <translation>, Bezeichnung „%1“</translation>
    </message>
    <message>
        <source>into %1 of %2, a PROTECTED environment. Its current %3 will be replaced.</source>
        <translation>in %1 von %2, eine GESCHÜTZTE Umgebung. Der jetzige Stand (%3) wird ersetzt.</translation>
    </message>
    <message>
        <source>Type the environment name (%1) to confirm: </source>
        <translation>Geben Sie zur Bestätigung den Umgebungsnamen (%1) ein: </translation>
    </message>
    <message>
        <source>The name did not match. Nothing was restored.</source>
        <translation>Der Name stimmte nicht überein. Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>Before restoring %1</source>
        <translation>Vor der Wiederherstellung von %1</translation>
    </message>
    <message>
        <source>Restoring into %1  %2%  %3</source>
        <translation>Wiederherstellung in %1  %2 %  %3</translation>
    </message>
    <message>
        <source>Safety snapshot %1 of %2 is ready.</source>
        <translation>Sicherheits-Snapshot %1 von %2 ist bereit.</translation>
    </message>
    <message>
        <source>Requesting the restore…</source>
        <translation>Wiederherstellung wird angefordert…</translation>
    </message>
    <message>
        <source>Restore of the %1 of %2 into %3/%4 was accepted (job %5).</source>
        <translation>Wiederherstellung (%1) von %2 in %3/%4 wurde angenommen (Auftrag %5).</translation>
    </message>
    <message>
        <source>Follow it with &apos;mf job watch %1&apos;.</source>
        <translation>Verfolgen Sie sie mit „mf job watch %1“.</translation>
    </message>
    <message>
        <source>Restored the %1 of %2 into %3/%4 (job %5).</source>
        <translation>Wiederhergestellt (%1) von %2 in %3/%4 (Auftrag %5).</translation>
    </message>
    <message>
        <source>The restore may already have been accepted; check with &apos;mf job list --running&apos;.</source>
        <translation>Die Wiederherstellung wurde möglicherweise bereits angenommen; prüfen Sie das mit „mf job list --running“.</translation>
    </message>
    <message>
        <source>The restore was already accepted and goes on; follow it with &apos;mf job watch %1&apos;.</source>
        <translation>Die Wiederherstellung wurde bereits angenommen und läuft weiter; verfolgen Sie sie mit „mf job watch %1“.</translation>
    </message>
    <message>
        <source>SNAPSHOT_ID</source>
        <translation>SNAPSHOT_ID</translation>
    </message>
    <message>
        <source>Site %1 has no snapshot %2 or no environment &apos;%3&apos; (or this key cannot see the site).</source>
        <translation>Website %1 hat keinen Snapshot %2 oder keine Umgebung „%3“ (oder dieser Schlüssel kann die Website nicht sehen).</translation>
    </message>
    <message>
        <source>List them with &apos;mf snapshot list --site %1&apos;.</source>
        <translation>Listen Sie sie mit „mf snapshot list --site %1“ auf.</translation>
    </message>
    <message>
        <source>Restore into %1/%2 was accepted (job %3); waiting for it to end.</source>
        <translation>Wiederherstellung in %1/%2 wurde angenommen (Job %3); warte auf ihr Ende.</translation>
    </message>
</context>
<context>
    <name>SnapshotShowCommand</name>
    <message>
        <source>The site (id or slug).</source>
        <translation>Die Website (ID oder Kurzname).</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>WEBSITE</translation>
    </message>
    <message>
        <source>the snapshot id</source>
        <translation>die Snapshot-ID</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n file</source>
        <translation>
            <numerusform>%1 in %n Datei</numerusform>
            <numerusform>%1 in %n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n files</source>
        <translation>
            <numerusform>%1 in %n Datei</numerusform>
            <numerusform>%1 in %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, sha256 %2</source>
        <translation>%1, SHA-256 %2</translation>
    </message>
    <message>
        <source>List them with &apos;mf snapshot list --site %1&apos;.</source>
        <translation>Auflisten mit „mf snapshot list --site %1“.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Archive size</source>
        <translation>Archivgröße</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>the backup schedule</source>
        <translation>der Backup-Zeitplan</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>SNAPSHOT_ID</source>
        <translation>SNAPSHOT_ID</translation>
    </message>
</context>
<context>
    <name>SnapshotTableModel</name>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message numerus="yes">
        <source>%n file</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Database and files</source>
        <translation>Datenbank und Dateien</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Keine Änderung</translation>
    </message>
    <message>
        <source>Database: changed since the snapshot before</source>
        <translation>Datenbank: seit dem vorherigen Snapshot geändert</translation>
    </message>
    <message>
        <source>Database: unchanged (same checksum as the snapshot before)</source>
        <translation>Datenbank: unverändert (gleiche Prüfsumme wie der vorherige Snapshot)</translation>
    </message>
    <message>
        <source>Database: unknown (no earlier snapshot with a database to compare with)</source>
        <translation>Datenbank: unbekannt (kein früherer Snapshot mit Datenbank zum Vergleich)</translation>
    </message>
    <message>
        <source>Files: changed since the snapshot before</source>
        <translation>Dateien: seit dem vorherigen Snapshot geändert</translation>
    </message>
    <message>
        <source>Files: unchanged (same checksum as the snapshot before)</source>
        <translation>Dateien: unverändert (gleiche Prüfsumme wie der vorherige Snapshot)</translation>
    </message>
    <message>
        <source>Files: unknown (no earlier snapshot with files to compare with)</source>
        <translation>Dateien: unbekannt (kein früherer Snapshot mit Dateien zum Vergleich)</translation>
    </message>
</context>
<context>
    <name>SnapshotTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>Enthält</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>rows unknown</source>
        <translation>Zeilen unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>link to %1</source>
        <translation>Verknüpfung auf %1</translation>
    </message>
</context>
<context>
    <name>TakeSnapshotDialog</name>
    <message>
        <source>Take Snapshot</source>
        <translation>Snapshot erstellen</translation>
    </message>
    <message>
        <source>Take a snapshot of &lt;b&gt;%1 / %2&lt;/b&gt;</source>
        <translation>Snapshot von &lt;b&gt;%1 / %2&lt;/b&gt; erstellen</translation>
    </message>
    <message>
        <source>The database and the files are captured as they are now. The snapshot appears in the timeline at once as pending and becomes ready when the capture has finished; the Jobs panel shows its progress.</source>
        <translation>Datenbank und Dateien werden im jetzigen Zustand aufgenommen. Der Snapshot erscheint sofort als ausstehend in der Zeitleiste und wird bereit, sobald die Aufnahme abgeschlossen ist; der Bereich „Aufträge“ zeigt den Fortschritt.</translation>
    </message>
    <message>
        <source>Optional, e.g. Before updating plugins</source>
        <translation>Optional, z. B. Vor dem Plugin-Update</translation>
    </message>
    <message>
        <source>Snapshot label</source>
        <translation>Snapshot-Bezeichnung</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>&amp;Take Snapshot</source>
        <translation>Snapshot &amp;erstellen</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Requesting…</source>
        <translation>Wird angefordert…</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Follow Running Job</source>
        <translation>Laufendem Auftrag &amp;folgen</translation>
    </message>
    <message>
        <source>The session ended (signed out or another account chosen): nothing was requested. Sign in again and take the snapshot from there.</source>
        <translation>Die Sitzung wurde beendet (abgemeldet oder ein anderes Konto gewählt): Es wurde nichts angefordert. Melden Sie sich wieder an und erstellen Sie den Snapshot von dort aus.</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Snapshot timeline</source>
        <translation>Snapshot-Zeitleiste</translation>
    </message>
    <message>
        <source>Scroll the timeline</source>
        <translation>Zeitleiste scrollen</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>No snapshots yet</source>
        <translation>Noch keine Snapshots</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>%1 snapshot</source>
        <translation>%1 Snapshot</translation>
    </message>
    <message>
        <source>%1 snapshot “%2”</source>
        <translation>%1 Snapshot „%2“</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Created: %1 (%2)</source>
        <translation>Erstellt: %1 (%2)</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Größe: %1</translation>
    </message>
    <message>
        <source>Expires: %1 (%2)</source>
        <translation>Läuft ab: %1 (%2)</translation>
    </message>
    <message>
        <source>Kept until deleted</source>
        <translation>Bis zum Löschen behalten</translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot</source>
        <translation>
            <numerusform>%n Snapshot</numerusform>
            <numerusform>%n Snapshots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snapshots</source>
        <translation>
            <numerusform>%n Snapshot</numerusform>
            <numerusform>%n Snapshots</numerusform>
        </translation>
    </message>
    <message>
        <source>Database changed since the snapshot before</source>
        <translation>Datenbank seit dem vorherigen Snapshot geändert</translation>
    </message>
    <message>
        <source>Files changed since the snapshot before</source>
        <translation>Dateien seit dem vorherigen Snapshot geändert</translation>
    </message>
</context>
<context>
    <name>TransferInfo</name>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>TransfersModel</name>
    <message>
        <source>database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1
Request id: %2</source>
        <translation>%1
Anfrage-ID: %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Time Left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1: %2 (request id %3)</source>
        <translation>%1: %2 (Anfrage-ID %3)</translation>
    </message>
    <message>
        <source>%1
SHA-256: %2</source>
        <translation>%1
SHA-256: %2</translation>
    </message>
    <message>
        <source>Completed, SHA-256 verified</source>
        <translation>Abgeschlossen, SHA-256 geprüft</translation>
    </message>
</context>
<context>
    <name>TransfersPanel</name>
    <message>
        <source>Transfers</source>
        <translation>Übertragungen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <source>&amp;Extract to Folder…</source>
        <translation>In Ordner &amp;entpacken…</translation>
    </message>
    <message>
        <source>C&amp;lear Finished</source>
        <translation>Beendete entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>No downloads. Select a ready snapshot and choose Download (Ctrl+Shift+D).</source>
        <translation>Keine Downloads. Wählen Sie einen bereiten Snapshot und dann Herunterladen (Ctrl+Shift+D).</translation>
    </message>
    <message>
        <source>Extract Into Folder</source>
        <translation>In Ordner entpacken</translation>
    </message>
    <message>
        <source>Extracting %1 into %2…</source>
        <translation>%1 wird nach %2 entpackt…</translation>
    </message>
    <message>
        <source>Extracting: %1 (%2%)</source>
        <translation>Wird entpackt: %1 (%2 %)</translation>
    </message>
    <message>
        <source>The extraction was stopped.</source>
        <translation>Das Entpacken wurde angehalten.</translation>
    </message>
    <message>
        <source>database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Extracted into %1. Checked against the manifest: %2.</source>
        <translation>Nach %1 entpackt. Mit dem Manifest abgeglichen: %2.</translation>
    </message>
    <message>
        <source>Nothing was extracted into %1: %2</source>
        <translation>Nach %1 wurde nichts entpackt: %2</translation>
    </message>
    <message>
        <source>Download &amp;Again</source>
        <translation>Erneut &amp;herunterladen</translation>
    </message>
</context>
<context>
    <name>TrayMode</name>
    <message>
        <source>&amp;Show Managed Desktop</source>
        <translation>Managed Desktop an&amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>Jetzt &amp;aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>the notification area&apos;s balloons</source>
        <translation>die Sprechblasen des Infobereichs</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Snapshots and backups for the managed.dev platform.</source>
        <translation>Snapshots und Backups für die Plattform managed.dev.</translation>
    </message>
    <message>
        <source>Sign in to the API at &lt;url&gt; with the key in MF_API_KEY, without a dialog.</source>
        <translation>Ohne Dialog mit dem Schlüssel aus MF_API_KEY bei der API unter &lt;url&gt; anmelden.</translation>
    </message>
    <message>
        <source>MF_API_KEY is not set: enter the key for %1.</source>
        <translation>MF_API_KEY ist nicht gesetzt: Geben Sie den Schlüssel für %1 ein.</translation>
    </message>
    <message>
        <source>Start in the notification area without showing the window, when tray mode is on.</source>
        <translation>Im Infobereich starten, ohne das Fenster zu zeigen, wenn der Infobereich-Modus an ist.</translation>
    </message>
</context>
</TS>
