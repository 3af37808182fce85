<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Managed Desktop</source>
        <translation>À propos de Managed Desktop</translation>
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
        <translation>Snapshots et sauvegardes des sites hébergés sur la plateforme managed.dev : les créer, les restaurer et les télécharger, pour un site ou tout un parc.</translation>
    </message>
    <message>
        <source>Copyright © 2026 managed.dev. Provided to managed.dev customers for use with the platform; the libraries below keep their own licences.</source>
        <translation>Copyright © 2026 managed.dev. Fourni aux clients de managed.dev pour l’utilisation de la plateforme ; les bibliothèques ci-dessous conservent leurs propres licences.</translation>
    </message>
    <message>
        <source>Libraries used</source>
        <translation>Bibliothèques utilisées</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <source>Libraries used:</source>
        <translation>Bibliothèques utilisées :</translation>
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
        <translation>Déconnecté&#xa0;; la clé a été retirée du trousseau.</translation>
    </message>
    <message>
        <source>Could not sign out: %1</source>
        <translation>Impossible de se déconnecter&#xa0;: %1</translation>
    </message>
    <message>
        <source>The platform no longer accepts the key of %1 (%2). Enter a new key to continue.</source>
        <translation>La plateforme n’accepte plus la clé de %1 (%2). Saisissez une nouvelle clé pour continuer.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>No keychain available: the key is kept for this session only.</source>
        <translation>Aucun trousseau disponible&#xa0;: la clé n’est conservée que pour cette session.</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Impossible de se connecter à %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>The account is incomplete and was not saved.</source>
        <translation>Le compte est incomplet et n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>There is no such account.</source>
        <translation>Ce compte n’existe pas.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation>Le fichier de paramètres %1 n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged.</source>
        <translation>Le fichier de paramètres %1 est endommagé.</translation>
    </message>
</context>
<context>
    <name>AccountSwitcher</name>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Switch account</source>
        <translation>Changer de compte</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Ajouter un compte…</translation>
    </message>
</context>
<context>
    <name>ActionController</name>
    <message>
        <source>&amp;Take Snapshot…</source>
        <translation>&amp;Créer un snapshot…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Take a snapshot of the selected environment now</source>
        <translation>Créer maintenant un snapshot de l’environnement sélectionné</translation>
    </message>
    <message>
        <source>Take Snapshots of &amp;Selected…</source>
        <translation>Créer des snapshots de la &amp;sélection…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Take a snapshot of every selected environment</source>
        <translation>Créer un snapshot de chaque environnement sélectionné</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Restore the selected snapshot&apos;s database, files or both</source>
        <translation>Restaurer la base de données, les fichiers ou les deux à partir du snapshot sélectionné</translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>&amp;Télécharger…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Download the selected snapshot as an archive</source>
        <translation>Télécharger le snapshot sélectionné sous forme d’archive</translation>
    </message>
    <message numerus="yes">
        <source>Take Snapshots of %n Environment(s)…</source>
        <translation>
            <numerusform>Créer le snapshot de %n environnement…</numerusform>
            <numerusform>Créer les snapshots de %n environnements…</numerusform>
        </translation>
    </message>
    <message>
        <source>Extraction finished</source>
        <translation>Extraction terminée</translation>
    </message>
    <message>
        <source>Extraction failed</source>
        <translation>Échec de l’extraction</translation>
    </message>
    <message>
        <source>Taking a snapshot of %1 / %2…</source>
        <translation>Création d’un snapshot de %1 / %2…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n snapshot(s) taken.</source>
        <translation>
            <numerusform>%1 snapshot sur %n créé.</numerusform>
            <numerusform>%1 snapshots sur %n créés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Snapshots finished</source>
        <translation>Snapshots terminés</translation>
    </message>
    <message>
        <source>Restore finished</source>
        <translation>Restauration terminée</translation>
    </message>
    <message>
        <source>%1 was restored.</source>
        <translation>%1 a été restauré.</translation>
    </message>
    <message>
        <source>Restore of %1 failed</source>
        <translation>Échec de la restauration de %1</translation>
    </message>
    <message>
        <source>Snapshot ready</source>
        <translation>Snapshot prêt</translation>
    </message>
    <message>
        <source>Snapshot failed</source>
        <translation>Échec du snapshot</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Échec de la restauration</translation>
    </message>
    <message>
        <source>Download finished</source>
        <translation>Téléchargement terminé</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>Échec du téléchargement</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No snapshot of %1 / %2 was taken: %3</source>
        <translation>Aucun snapshot de %1 / %2 n’a été créé : %3</translation>
    </message>
    <message>
        <source>the snapshot of %1 / %2 from %3</source>
        <translation>le snapshot de %1 / %2 du %3</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Téléchargement de %1…</translation>
    </message>
    <message>
        <source>(job %1)</source>
        <translation>(tâche %1)</translation>
    </message>
</context>
<context>
    <name>AnnouncementText</name>
    <message>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>obsolète</translation>
    </message>
    <message>
        <source>never backed up</source>
        <translation>jamais sauvegardé</translation>
    </message>
    <message>
        <source>fresh</source>
        <translation>à jour</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>non planifié</translation>
    </message>
    <message>
        <source>Backups are scheduled every %1, but there is none yet.</source>
        <translation>Des sauvegardes sont planifiées toutes les %1, mais il n’y en a encore aucune.</translation>
    </message>
    <message>
        <source>Last backup %1; scheduled every %2.</source>
        <translation>Dernière sauvegarde %1&#xa0;; planifiée toutes les %2.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has never been backed up</source>
        <translation>%1 n’a jamais été sauvegardé</translation>
    </message>
    <message>
        <source>Backups of %1 are stale</source>
        <translation>Les sauvegardes de %1 sont obsolètes</translation>
    </message>
    <message>
        <source>Backups of %1 are late</source>
        <translation>Les sauvegardes de %1 sont en retard</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n production environment(s) fell behind</source>
        <translation>
            <numerusform>%n environnement de production a pris du retard</numerusform>
            <numerusform>%n environnements de production ont pris du retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s) fell behind</source>
        <translation>
            <numerusform>%n environnement a pris du retard</numerusform>
            <numerusform>%n environnements ont pris du retard</numerusform>
        </translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
    <message>
        <source>%1 (job %2)</source>
        <translation>%1 (tâche %2)</translation>
    </message>
    <message>
        <source>Snapshot of %1 failed</source>
        <translation>Échec du snapshot de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) failed</source>
        <translation>
            <numerusform>%n snapshot a échoué</numerusform>
            <numerusform>%n snapshots ont échoué</numerusform>
        </translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>failed: %1 (job %2)</source>
        <translation>échec&#xa0;: %1 (tâche %2)</translation>
    </message>
    <message>
        <source>Restore of %1 finished</source>
        <translation>Restauration de %1 terminée</translation>
    </message>
    <message>
        <source>Restore of %1 failed</source>
        <translation>Échec de la restauration de %1</translation>
    </message>
    <message>
        <source>The environment now holds the restored snapshot.</source>
        <translation>L’environnement contient maintenant le snapshot restauré.</translation>
    </message>
    <message numerus="yes">
        <source>%n restore(s) ended, some failed</source>
        <translation>
            <numerusform>%n restauration terminée, en échec</numerusform>
            <numerusform>%n restaurations terminées, certaines en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restore(s) finished</source>
        <translation>
            <numerusform>%n restauration terminée</numerusform>
            <numerusform>%n restaurations terminées</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup digest: every scheduled environment is fresh</source>
        <translation>Résumé des sauvegardes&#xa0;: chaque environnement planifié est à jour</translation>
    </message>
    <message numerus="yes">
        <source>Backup digest: %n environment(s) need attention</source>
        <translation>
            <numerusform>Résumé des sauvegardes&#xa0;: %n environnement demande votre attention</numerusform>
            <numerusform>Résumé des sauvegardes&#xa0;: %n environnements demandent votre attention</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 fresh, %2 late, %3 stale, %4 never backed up</source>
        <translation>%1 à jour, %2 en retard, %3 obsolètes, %4 jamais sauvegardés</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) failed in the last 24 hours.</source>
        <translation>
            <numerusform>%n snapshot a échoué ces dernières 24 heures.</numerusform>
            <numerusform>%n snapshots ont échoué ces dernières 24 heures.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>No API address is set.</source>
        <translation>Aucune adresse d’API n’est définie.</translation>
    </message>
    <message>
        <source>The API address is not a valid URL.</source>
        <translation>L’adresse d’API n’est pas une URL valide.</translation>
    </message>
    <message>
        <source>The API address must not contain a user name or password.</source>
        <translation>L’adresse d’API ne doit contenir ni nom d’utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>The API address must not contain a query or fragment.</source>
        <translation>L’adresse d’API ne doit contenir ni requête ni fragment.</translation>
    </message>
    <message>
        <source>The API address must use https://. Plain http:// is only allowed to this computer (localhost, 127.0.0.1 or ::1), because the API key would travel unencrypted.</source>
        <translation>L’adresse d’API doit utiliser https://. Le http:// non chiffré n’est autorisé que vers cet ordinateur (localhost, 127.0.0.1 ou&#xa0;::1), car la clé d’API circulerait sinon en clair.</translation>
    </message>
    <message>
        <source>The API address must start with https://.</source>
        <translation>L’adresse d’API doit commencer par https://.</translation>
    </message>
</context>
<context>
    <name>ArchiveExtractor</name>
    <message>
        <source>has an empty name.</source>
        <translation>a un nom vide.</translation>
    </message>
    <message>
        <source>has an absolute path.</source>
        <translation>a un chemin absolu.</translation>
    </message>
    <message>
        <source>has a backslash in its path.</source>
        <translation>contient une barre oblique inverse dans son chemin.</translation>
    </message>
    <message>
        <source>has a control character in its name.</source>
        <translation>contient un caractère de contrôle dans son nom.</translation>
    </message>
    <message>
        <source>climbs out of the folder with &quot;..&quot;.</source>
        <translation>sort du dossier avec «&#xa0;..&#xa0;».</translation>
    </message>
    <message>
        <source>is a link to nothing.</source>
        <translation>est un lien vers rien.</translation>
    </message>
    <message>
        <source>is a link to an absolute path outside the folder.</source>
        <translation>est un lien vers un chemin absolu hors du dossier.</translation>
    </message>
    <message>
        <source>is a link to a place outside the folder.</source>
        <translation>est un lien vers un emplacement hors du dossier.</translation>
    </message>
    <message>
        <source>%1 already exists and is not an empty folder.</source>
        <translation>%1 existe déjà et n’est pas un dossier vide.</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Could not move the extracted files to %1.</source>
        <translation>Les fichiers extraits n’ont pas pu être déplacés vers %1.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Could not create a folder in %1.</source>
        <translation>Impossible de créer un dossier dans %1.</translation>
    </message>
    <message>
        <source>The archive was refused: entry &quot;%1&quot; %2</source>
        <translation>L’archive a été refusée&#xa0;: l’entrée «&#xa0;%1&#xa0;» %2</translation>
    </message>
    <message>
        <source>is a hard link to a place outside the folder.</source>
        <translation>est un lien physique vers un emplacement hors du dossier.</translation>
    </message>
    <message>
        <source>is a device file, FIFO or socket.</source>
        <translation>est un fichier de périphérique, un FIFO ou un socket.</translation>
    </message>
    <message>
        <source>The archive is damaged: %1</source>
        <translation>L’archive est endommagée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not write the extracted files: %1</source>
        <translation>Impossible d’écrire les fichiers extraits&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not open the archive: %1</source>
        <translation>Impossible d’ouvrir l’archive&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not extract &quot;%1&quot;: %2</source>
        <translation>Impossible d’extraire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Extracting</source>
        <translation>Extraction</translation>
    </message>
    <message>
        <source>Could not finish writing the extracted files: %1</source>
        <translation>Impossible de terminer l’écriture des fichiers extraits&#xa0;: %1</translation>
    </message>
    <message>
        <source>The archive was refused: entry &quot;%1&quot; has mode %2, which would keep its own owner from reading it.</source>
        <translation>L’archive a été refusée&#xa0;: l’entrée «&#xa0;%1&#xa0;» a le mode&#xa0;%2, qui empêcherait son propre propriétaire de la lire.</translation>
    </message>
    <message>
        <source>The archive was refused: it holds more data than its manifest declares (%1 bytes); &quot;%2&quot; would go beyond that.</source>
        <translation>L’archive a été refusée&#xa0;: elle contient plus de données que ne l’indique son manifeste (%1 octets)&#xa0;; «&#xa0;%2&#xa0;» dépasserait cette limite.</translation>
    </message>
    <message>
        <source>The archive expands to more than the %1 bytes free in %2; nothing was extracted. Free some space, or extract into another folder.</source>
        <translation>Une fois extraite, l’archive dépasse les&#xa0;%1 octets libres dans&#xa0;%2&#xa0;; rien n’a été extrait. Libérez de l’espace ou extrayez-la dans un autre dossier.</translation>
    </message>
    <message>
        <source>Its partly extracted files could not all be removed from %1.</source>
        <translation>Les fichiers partiellement extraits n’ont pas tous pu être supprimés de&#xa0;%1.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier&#xa0;%1 n’existe pas.</translation>
    </message>
</context>
<context>
    <name>ArchiveIndexer</name>
    <message>
        <source>The archive is damaged: %1</source>
        <translation>L’archive est endommagée : %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The download did not complete.</source>
        <translation>Le téléchargement n’a pas abouti.</translation>
    </message>
    <message>
        <source>Could not open the archive: %1</source>
        <translation>Impossible d’ouvrir l’archive : %1</translation>
    </message>
    <message numerus="yes">
        <source>The archive has more than %n entries, too many to index.</source>
        <translation>
            <numerusform>L’archive a plus de %n entrée, trop pour l’indexer.</numerusform>
            <numerusform>L’archive a plus de %n entrées, trop pour l’indexer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The archive was refused: entry &quot;%1&quot; %2</source>
        <translation>L’archive a été refusée : l’entrée « %1 » %2</translation>
    </message>
    <message>
        <source>The archive was refused: entry &quot;%1&quot; is a hard link to a place outside its component.</source>
        <translation>L’archive a été refusée : l’entrée « %1 » est un lien physique vers un emplacement hors de son composant.</translation>
    </message>
    <message>
        <source>The archive was refused: entry &quot;%1&quot; is a file where a folder must be.</source>
        <translation>L’archive a été refusée : l’entrée « %1 » est un fichier là où doit se trouver un dossier.</translation>
    </message>
    <message>
        <source>The archive was refused: entry &quot;%1&quot; has data outside its declared size.</source>
        <translation>L’archive a été refusée : l’entrée « %1 » contient des données hors de sa taille déclarée.</translation>
    </message>
    <message>
        <source>The archive was refused: entry &quot;%1&quot; holds more data than its header says.</source>
        <translation>L’archive a été refusée : l’entrée « %1 » contient plus de données que son en-tête ne l’indique.</translation>
    </message>
    <message>
        <source>Could not move the index into place at %1.</source>
        <translation>Impossible de placer l’index à %1.</translation>
    </message>
    <message>
        <source>Could not create the index %1: %2</source>
        <translation>Impossible de créer l’index %1 : %2</translation>
    </message>
    <message>
        <source>Could not write the index: %1</source>
        <translation>Impossible d’écrire l’index : %1</translation>
    </message>
    <message>
        <source>The archive was refused: &quot;%1&quot; is both a file and a folder.</source>
        <translation>L’archive a été refusée : « %1 » est à la fois un fichier et un dossier.</translation>
    </message>
    <message>
        <source>Could not compute a checksum.</source>
        <translation>Impossible de calculer une somme de contrôle.</translation>
    </message>
</context>
<context>
    <name>Arguments</name>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 est obligatoire</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a site id (site_…) or slug (like acme-store)</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni un identifiant de site (site_…) ni un nom court (comme acme-store)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an environment name (like production)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom d’environnement (comme production)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a snapshot id (snap_ and 26 characters)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant de snapshot (snap_ et 26 caractères)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a job id (job_ and 26 characters)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant de tâche (job_ et 26 caractères)</translation>
    </message>
    <message>
        <source>a label is limited to 200 characters</source>
        <translation>un libellé est limité à 200 caractères</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 manquant</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>AuthLoginCommand</name>
    <message>
        <source>The API to sign in to (default: MF_API_URL, else https://api.managed.dev/v1).</source>
        <translation>L’API à laquelle se connecter (par défaut&#xa0;: MF_API_URL, sinon https://api.managed.dev/v1).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Read the API key from standard input (for scripts).</source>
        <translation>Lire la clé d’API sur l’entrée standard (pour les scripts).</translation>
    </message>
    <message>
        <source>A name for this account in lists.</source>
        <translation>Un nom pour ce compte dans les listes.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>the API key is not accepted as an argument (it would be visible to other programs); type it at the prompt or use --key-stdin</source>
        <translation>la clé d’API n’est pas acceptée en argument (elle serait visible par d’autres programmes)&#xa0;; saisissez-la à l’invite ou utilisez --key-stdin</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a URL like https://api.managed.dev/v1</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une URL comme https://api.managed.dev/v1</translation>
    </message>
    <message>
        <source>No API key was given on standard input.</source>
        <translation>Aucune clé d’API n’a été fournie sur l’entrée standard.</translation>
    </message>
    <message>
        <source>API key for %1 (input is hidden): </source>
        <translation>Clé d’API pour %1 (saisie masquée)&#xa0;: </translation>
    </message>
    <message>
        <source>No API key was given.</source>
        <translation>Aucune clé d’API n’a été fournie.</translation>
    </message>
    <message>
        <source>Checking the key with %1…</source>
        <translation>Vérification de la clé auprès de %1…</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (%3, plan %4).</source>
        <translation>Connecté à %1 en tant que %2 (%3, formule %4).</translation>
    </message>
    <message>
        <source>The key %1… is kept in the keychain.</source>
        <translation>La clé %1… est conservée dans le trousseau.</translation>
    </message>
    <message>
        <source>The key is valid but was not saved. Without a keychain, set MF_API_KEY (and MF_API_URL) in the environment of the commands that need it.</source>
        <translation>La clé est valide mais n’a pas été enregistrée. Sans trousseau, définissez MF_API_KEY (et MF_API_URL) dans l’environnement des commandes qui en ont besoin.</translation>
    </message>
    <message>
        <source>It may: %1.</source>
        <translation>Elle peut&#xa0;: %1.</translation>
    </message>
    <message>
        <source>nothing (the key has no scopes)</source>
        <translation>rien (la clé n’a aucune autorisation)</translation>
    </message>
</context>
<context>
    <name>AuthLogoutCommand</name>
    <message>
        <source>Sign out of every stored account, not just the current one.</source>
        <translation>Se déconnecter de tous les comptes enregistrés, pas seulement du compte actuel.</translation>
    </message>
    <message>
        <source>Note: MF_API_KEY is set in the environment; signing out does not change it.</source>
        <translation>Remarque&#xa0;: MF_API_KEY est défini dans l’environnement&#xa0;; la déconnexion ne le modifie pas.</translation>
    </message>
    <message>
        <source>The account stays listed so that its key is not left behind; try again.</source>
        <translation>Le compte reste listé afin que sa clé ne soit pas oubliée&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Signed out of %1; its key was removed from the keychain.</source>
        <translation>Déconnecté de %1&#xa0;; sa clé a été retirée du trousseau.</translation>
    </message>
</context>
<context>
    <name>AuthStatusCommand</name>
    <message>
        <source>from MF_API_KEY</source>
        <translation>depuis MF_API_KEY</translation>
    </message>
    <message>
        <source>from the keychain</source>
        <translation>depuis le trousseau</translation>
    </message>
    <message>
        <source>kept for this session only</source>
        <translation>conservée pour cette session uniquement</translation>
    </message>
    <message>
        <source>Signed in to %1
</source>
        <translation>Connecté à %1
</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
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
        <translation>%1 (formule %2)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>%1… (%2, %3)</source>
        <translation>%1… (%2, %3)</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Key expires</source>
        <translation>Expiration de la clé</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Le dossier %1 n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n’a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>%1 n’a pas pu être supprimé.</translation>
    </message>
</context>
<context>
    <name>BackupCreateCommand</name>
    <message>
        <source>The site (id or slug).</source>
        <translation>Le site (identifiant ou nom court).</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>SITE</translation>
    </message>
    <message>
        <source>The environment to capture.</source>
        <translation>L’environnement à capturer.</translation>
    </message>
    <message>
        <source>ENV</source>
        <translation>ENV</translation>
    </message>
    <message>
        <source>A label for the snapshot (up to 200 characters).</source>
        <translation>Un libellé pour le snapshot (jusqu’à 200 caractères).</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>LIBELLÉ</translation>
    </message>
    <message>
        <source>Wait until the snapshot is ready (progress on a terminal).</source>
        <translation>Attendre que le snapshot soit prêt (progression dans le terminal).</translation>
    </message>
    <message>
        <source>Requesting a snapshot of %1/%2…</source>
        <translation>Demande d’un snapshot de %1/%2…</translation>
    </message>
    <message>
        <source>Snapshot %1 of %2/%3 was requested (job %4).</source>
        <translation>Le snapshot %1 de %2/%3 a été demandé (tâche %4).</translation>
    </message>
    <message>
        <source>Follow it with &apos;mf job watch %1&apos;.</source>
        <translation>Suivez-le avec «&#xa0;mf job watch %1&#xa0;».</translation>
    </message>
    <message>
        <source>The snapshot of %1/%2 failed: %3</source>
        <translation>Le snapshot de %1/%2 a échoué&#xa0;: %3</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Snapshot %1 of %2/%3 is ready: %4, expires %5.</source>
        <translation>Le snapshot %1 de %2/%3 est prêt&#xa0;: %4, expire %5.</translation>
    </message>
    <message>
        <source>Snapshot %1 of %2/%3 is %4.</source>
        <translation>Le snapshot %1 de %2/%3 est %4.</translation>
    </message>
    <message>
        <source>Stopped waiting. The capture goes on; follow it with &apos;mf job watch %1&apos;.</source>
        <translation>Attente arrêtée. La capture continue&#xa0;; suivez-la avec «&#xa0;mf job watch %1&#xa0;».</translation>
    </message>
    <message>
        <source>Site %1 has no environment &apos;%2&apos; (or this key cannot see the site).</source>
        <translation>Le site %1 n’a pas d’environnement «&#xa0;%2&#xa0;» (ou cette clé ne voit pas le site).</translation>
    </message>
    <message>
        <source>List its environments with &apos;mf env list --site %1&apos;.</source>
        <translation>Listez ses environnements avec «&#xa0;mf env list --site %1&#xa0;».</translation>
    </message>
    <message>
        <source>Snapshot %1 of %2/%3 was requested (job %4); waiting for it to end.</source>
        <translation>Le snapshot %1 de %2/%3 a été demandé (tâche %4)&#xa0;; attente de sa fin.</translation>
    </message>
    <message>
        <source>one --site for a single environment; several need --all-sites</source>
        <translation>un seul --site pour un environnement ; plusieurs demandent --all-sites</translation>
    </message>
    <message>
        <source>--concurrency needs --all-sites</source>
        <translation>--concurrency demande --all-sites</translation>
    </message>
</context>
<context>
    <name>BackupPolicyCommand</name>
    <message>
        <source>The site (id or slug).</source>
        <translation>Le site (identifiant ou nom court).</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>SITE</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Formule&#xa0;: %1</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>ENVIRONNEMENT</translation>
    </message>
    <message>
        <source>CADENCE</source>
        <translation>FRÉQUENCE</translation>
    </message>
    <message>
        <source>NEXT RUN</source>
        <translation>PROCHAINE EXÉCUTION</translation>
    </message>
    <message>
        <source>RETENTION</source>
        <translation>RÉTENTION</translation>
    </message>
    <message>
        <source>KEEPS AT MOST</source>
        <translation>CONSERVE AU PLUS</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>aucune limite</translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled snapshot</source>
        <translation>
            <numerusform>%n snapshot planifié</numerusform>
            <numerusform>%n snapshots planifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled snapshots</source>
        <translation>
            <numerusform>%n snapshot planifié</numerusform>
            <numerusform>%n snapshots planifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>List the sites with &apos;mf site list&apos;.</source>
        <translation>Listez les sites avec «&#xa0;mf site list&#xa0;».</translation>
    </message>
</context>
<context>
    <name>BulkBackupCommand</name>
    <message>
        <source>Snapshot every site&apos;s environments (narrowed by --env, --site, --sites-from).</source>
        <translation>Créer un snapshot des environnements de chaque site (restreint par --env, --site, --sites-from).</translation>
    </message>
    <message>
        <source>With --all-sites: only the sites in FILE, one slug or id a line (&apos;-&apos; reads standard input).</source>
        <translation>Avec --all-sites : seulement les sites de FILE, un slug ou un identifiant par ligne (« - » lit l’entrée standard).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>With --all-sites: at most N captures in flight (default: as many as the rate limit allows).</source>
        <translation>Avec --all-sites : au plus N captures en cours (par défaut : autant que la limite de débit le permet).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--sites-from needs --all-sites</source>
        <translation>--sites-from demande --all-sites</translation>
    </message>
    <message>
        <source>--all-sites needs --wait: a bulk run is followed until every environment has its snapshot</source>
        <translation>--all-sites demande --wait : une exécution groupée est suivie jusqu’à ce que chaque environnement ait son snapshot</translation>
    </message>
    <message>
        <source>--concurrency needs a number from 1 to 10000</source>
        <translation>--concurrency demande un nombre de 1 à 10000</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MiB; a list of sites is far smaller</source>
        <translation>%1 dépasse 4 Mio ; une liste de sites est bien plus petite</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>%1 names no site (one slug or id a line; # starts a comment)</source>
        <translation>%1 ne nomme aucun site (un slug ou un identifiant par ligne ; # commence un commentaire)</translation>
    </message>
    <message>
        <source>Listing sites…</source>
        <translation>Liste des sites…</translation>
    </message>
    <message>
        <source>List the sites with &apos;mf site list&apos;.</source>
        <translation>Listez les sites avec «&#xa0;mf site list&#xa0;».</translation>
    </message>
    <message>
        <source>There is no environment to snapshot.</source>
        <translation>Aucun environnement à sauvegarder.</translation>
    </message>
    <message>
        <source>None of these sites has an environment named &apos;%1&apos;.</source>
        <translation>Aucun de ces sites n’a d’environnement nommé « %1 ».</translation>
    </message>
    <message>
        <source>Continuing the run started %1: %2 of %3 environments already have their snapshot.</source>
        <translation>Reprise de l’exécution commencée le %1 : %2 environnements sur %3 ont déjà leur snapshot.</translation>
    </message>
    <message numerus="yes">
        <source>Taking a snapshot of %n environment(s); if this is interrupted, the same command continues the run.</source>
        <translation>
            <numerusform>Snapshot de %n environnement ; en cas d’interruption, la même commande reprend l’exécution.</numerusform>
            <numerusform>Snapshot de %n environnements ; en cas d’interruption, la même commande reprend l’exécution.</numerusform>
        </translation>
    </message>
    <message>
        <source>estimating time left</source>
        <translation>estimation du temps restant</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>environ %1 restant</translation>
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
        <translation>%1 sur %2 terminés, %3 en cours, %4 en échec, %5</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n environment(s) got their snapshot.</source>
        <translation>
            <numerusform>%1 environnement sur %n a reçu son snapshot.</numerusform>
            <numerusform>%1 environnements sur %n ont reçu leur snapshot.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the same command again to continue: what is done stays done.</source>
        <translation>Relancez la même commande pour continuer : ce qui est fait reste fait.</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>SITE</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>ENVIRONNEMENT</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>RÉSULTAT</translation>
    </message>
    <message>
        <source>SNAPSHOT</source>
        <translation>SNAPSHOT</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>DÉTAIL</translation>
    </message>
    <message>
        <source>joined a capture that was already running</source>
        <translation>rattaché à une capture déjà en cours</translation>
    </message>
    <message>
        <source>done by an earlier start of this run</source>
        <translation>fait par un lancement précédent de cette exécution</translation>
    </message>
    <message>
        <source>(request id %1)</source>
        <translation>(identifiant de requête %1)</translation>
    </message>
    <message>
        <source>Stopped waiting. Captures already started go on; the same command continues the run.</source>
        <translation>Attente arrêtée. Les captures déjà lancées continuent ; la même commande reprend l’exécution.</translation>
    </message>
    <message numerus="yes">
        <source>Stopping: no new captures; following the %n already started (Ctrl-C again to stop waiting).</source>
        <translation>
            <numerusform>Arrêt : aucune nouvelle capture ; suivi de la %n déjà lancée (Ctrl-C à nouveau pour ne plus attendre).</numerusform>
            <numerusform>Arrêt : aucune nouvelle capture ; suivi des %n déjà lancées (Ctrl-C à nouveau pour ne plus attendre).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkRunJournal</name>
    <message>
        <source>Cannot create the folder %1 where runs are kept.</source>
        <translation>Impossible de créer le dossier %1 où les exécutions sont conservées.</translation>
    </message>
    <message>
        <source>This run is already going on in another process (%1, pid %2).</source>
        <translation>Cette exécution est déjà en cours dans un autre processus (%1, pid %2).</translation>
    </message>
    <message>
        <source>Cannot lock %1 to keep this run to one process.</source>
        <translation>Impossible de verrouiller %1 pour réserver cette exécution à un seul processus.</translation>
    </message>
    <message>
        <source>The saved state of this run (%1) cannot be read. It holds what keeps the environments from a second snapshot; remove it only to start the run afresh.</source>
        <translation>L’état enregistré de cette exécution (%1) ne peut pas être lu. Il empêche un second snapshot des environnements ; supprimez-le seulement pour recommencer l’exécution.</translation>
    </message>
    <message>
        <source>The saved state of this run (%1) is damaged. It holds what keeps the environments from a second snapshot; remove it only to start the run afresh.</source>
        <translation>L’état enregistré de cette exécution (%1) est endommagé. Il empêche un second snapshot des environnements ; supprimez-le seulement pour recommencer l’exécution.</translation>
    </message>
    <message>
        <source>Cannot save the state of this run to %1: %2</source>
        <translation>Impossible d’enregistrer l’état de cette exécution dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>BulkSnapshotDialog</name>
    <message>
        <source>Take Snapshots</source>
        <translation>Créer des snapshots</translation>
    </message>
    <message numerus="yes">
        <source>A snapshot will be taken of each of these %n environment(s).</source>
        <translation>
            <numerusform>Un snapshot sera créé pour cet environnement (%n).</numerusform>
            <numerusform>Un snapshot sera créé pour chacun de ces %n environnements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Optional, e.g. Before the PHP 8.3 upgrade</source>
        <translation>Facultatif, p. ex. Avant la mise à niveau vers PHP 8.3</translation>
    </message>
    <message>
        <source>Snapshot label</source>
        <translation>Libellé du snapshot</translation>
    </message>
    <message>
        <source>&amp;Wait for the running job to end, then take the snapshot</source>
        <translation>&amp;Attendre la fin de la tâche en cours, puis créer le snapshot</translation>
    </message>
    <message>
        <source>S&amp;kip it and say so in the report</source>
        <translation>L’i&amp;gnorer et le signaler dans le rapport</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé&#xa0;:</translation>
    </message>
    <message>
        <source>If an environment is busy:</source>
        <translation>Si un environnement est occupé&#xa0;:</translation>
    </message>
    <message>
        <source>Environments and results</source>
        <translation>Environnements et résultats</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non démarré</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>&amp;Copier le rapport</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Take %n Snapshot(s)</source>
        <translation>
            <numerusform>&amp;Créer %n snapshot</numerusform>
            <numerusform>&amp;Créer %n snapshots</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Start no more snapshots; the ones already running finish.</source>
        <translation>Ne plus démarrer de snapshots&#xa0;; ceux déjà en cours se terminent.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>At most %n snapshot(s) are taken at the same time.</source>
        <translation>
            <numerusform>Au plus %n snapshot est créé à la fois.</numerusform>
            <numerusform>Au plus %n snapshots sont créés en même temps.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Continue in &amp;Background</source>
        <translation>Continuer en &amp;arrière-plan</translation>
    </message>
    <message numerus="yes">
        <source>Taking a snapshot of each of these %n environment(s).</source>
        <translation>
            <numerusform>Création d’un snapshot de cet environnement (%n).</numerusform>
            <numerusform>Création d’un snapshot de chacun de ces %n environnements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n done</source>
        <translation>
            <numerusform>%1 sur %n terminé</numerusform>
            <numerusform>%1 sur %n terminés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignoré</numerusform>
            <numerusform>%n ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>The snapshot is ready.</source>
        <translation>Le snapshot est prêt.</translation>
    </message>
    <message>
        <source>Snapshot id: %1</source>
        <translation>Identifiant du snapshot : %1</translation>
    </message>
    <message>
        <source>(request id %1)</source>
        <translation>(identifiant de requête %1)</translation>
    </message>
    <message>
        <source>Environments to snapshot</source>
        <translation>Environnements à sauvegarder</translation>
    </message>
    <message numerus="yes">
        <source>The selected environments (%n)</source>
        <translation>
            <numerusform>L’environnement sélectionné (%n)</numerusform>
            <numerusform>Les environnements sélectionnés (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Use a capture already running there as its snapshot (wait for a restore)</source>
        <translation>&amp;Utiliser une capture déjà en cours comme son snapshot (attendre une restauration)</translation>
    </message>
    <message>
        <source>&amp;Environments:</source>
        <translation>&amp;Environnements :</translation>
    </message>
    <message>
        <source>Snapshots are requested as fast as the platform&apos;s rate limit allows.</source>
        <translation>Les snapshots sont demandés aussi vite que la limite de débit de la plateforme le permet.</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message numerus="yes">
        <source>All production environments (%n)</source>
        <translation>
            <numerusform>Tous les environnements de production (%n)</numerusform>
            <numerusform>Tous les environnements de production (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Late or stale environments (%n)</source>
        <translation>
            <numerusform>Environnements en retard ou périmés (%n)</numerusform>
            <numerusform>Environnements en retard ou périmés (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sites on the %1 plan (%n environment(s))</source>
        <translation>
            <numerusform>Sites de l’offre %1 (%n environnement)</numerusform>
            <numerusform>Sites de l’offre %1 (%n environnements)</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished. The report says what happened to each environment; Copy Report puts it on the clipboard, Export CSV… saves it.</source>
        <translation>Terminé. Le rapport indique ce qui est arrivé à chaque environnement ; « Copier le rapport » le place dans le presse-papiers, « Exporter en CSV… » l’enregistre.</translation>
    </message>
    <message>
        <source>The snapshot is ready (a capture that was already running).</source>
        <translation>Le snapshot est prêt (une capture déjà en cours).</translation>
    </message>
    <message>
        <source>The snapshot is ready (taken by an earlier start of this run).</source>
        <translation>Le snapshot est prêt (pris par un lancement précédent de cette exécution).</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exporter un rapport</translation>
    </message>
    <message>
        <source>snapshots-report.csv</source>
        <translation>rapport-snapshots.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>Le rapport n’a pas pu être enregistré dans %1 : %2</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Rapport enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>BulkSnapshotReport</name>
    <message>
        <source>Queued</source>
        <translation>En file d’attente</translation>
    </message>
    <message>
        <source>Requesting</source>
        <translation>Demande en cours</translation>
    </message>
    <message>
        <source>Capturing</source>
        <translation>Capture en cours</translation>
    </message>
    <message>
        <source>Waiting (environment busy)</source>
        <translation>En attente (environnement occupé)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>identifiant de requête %1</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Identifiant de requête</translation>
    </message>
    <message>
        <source>Joined a capture that was already running.</source>
        <translation>Rattaché à une capture déjà en cours.</translation>
    </message>
</context>
<context>
    <name>BulkSnapshotRunner</name>
    <message>
        <source>Cancelled before it started.</source>
        <translation>Annulé avant le démarrage.</translation>
    </message>
    <message>
        <source>Another capture or restore is running on this environment.</source>
        <translation>Une capture ou une restauration est déjà en cours sur cet environnement.</translation>
    </message>
    <message>
        <source>Waiting for the running job to end</source>
        <translation>En attente de la fin de la tâche en cours</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Nouvelle tentative</translation>
    </message>
    <message>
        <source>The capture failed without saying why.</source>
        <translation>La capture a échoué sans en donner la raison.</translation>
    </message>
    <message>
        <source>The session ended (signed out or another account chosen); check this environment&apos;s snapshots after signing in again.</source>
        <translation>La session a pris fin (déconnexion ou autre compte choisi)&#xa0;; vérifiez les snapshots de cet environnement après vous être reconnecté.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Without a keychain, set MF_API_KEY (and MF_API_URL) in the environment instead.</source>
        <translation>Sans trousseau, définissez plutôt MF_API_KEY (et MF_API_URL) dans l’environnement.</translation>
    </message>
    <message>
        <source>Run &apos;mf auth login&apos;, or set MF_API_KEY.</source>
        <translation>Exécutez «&#xa0;mf auth login&#xa0;» ou définissez MF_API_KEY.</translation>
    </message>
    <message>
        <source>The key in MF_API_KEY (%1…) is revoked or expired, or not valid.</source>
        <translation>La clé de MF_API_KEY (%1…) est révoquée, expirée ou invalide.</translation>
    </message>
    <message>
        <source>The key %1… is revoked or expired, or not valid. Sign in again with &apos;mf auth login&apos;.</source>
        <translation>La clé %1… est révoquée, expirée ou invalide. Reconnectez-vous avec «&#xa0;mf auth login&#xa0;».</translation>
    </message>
    <message>
        <source>Follow the running job with &apos;mf job watch %1&apos;.</source>
        <translation>Suivez la tâche en cours avec «&#xa0;mf job watch %1&#xa0;».</translation>
    </message>
    <message>
        <source>mf: error: %1</source>
        <translation>mf: erreur: %1</translation>
    </message>
    <message>
        <source>mf: request id: %1</source>
        <translation>mf: identifiant de requête: %1</translation>
    </message>
    <message>
        <source>mf: hint: %1</source>
        <translation>mf: astuce: %1</translation>
    </message>
    <message>
        <source>There is no site &apos;%1&apos; that this key can see.</source>
        <translation>Aucun site «&#xa0;%1&#xa0;» n’est visible avec cette clé.</translation>
    </message>
    <message>
        <source>Site %1 has no snapshot %2 (or this key cannot see the site).</source>
        <translation>Le site %1 n’a pas de snapshot %2 (ou cette clé ne voit pas le site).</translation>
    </message>
</context>
<context>
    <name>CommandCatalog</name>
    <message>
        <source>Sign in with an API key (checked, then kept in the keychain)</source>
        <translation>Se connecter avec une clé d’API (vérifiée, puis conservée dans le trousseau)</translation>
    </message>
    <message>
        <source>Sign out: remove the key from the keychain</source>
        <translation>Se déconnecter&#xa0;: retirer la clé du trousseau</translation>
    </message>
    <message>
        <source>Show who you are signed in as and check the key</source>
        <translation>Afficher sous quelle identité vous êtes connecté et vérifier la clé</translation>
    </message>
    <message>
        <source>List the organization&apos;s sites</source>
        <translation>Lister les sites de l’organisation</translation>
    </message>
    <message>
        <source>List a site&apos;s environments</source>
        <translation>Lister les environnements d’un site</translation>
    </message>
    <message>
        <source>Take a snapshot of an environment now</source>
        <translation>Créer maintenant un snapshot d’un environnement</translation>
    </message>
    <message>
        <source>Show scheduled backups and retention</source>
        <translation>Afficher les sauvegardes planifiées et la rétention</translation>
    </message>
    <message>
        <source>List a site&apos;s snapshots, newest first</source>
        <translation>Lister les snapshots d’un site, du plus récent au plus ancien</translation>
    </message>
    <message>
        <source>Restore a snapshot&apos;s database and/or files</source>
        <translation>Restaurer la base de données et/ou les fichiers d’un snapshot</translation>
    </message>
    <message>
        <source>Download a snapshot archive and verify it</source>
        <translation>Télécharger l’archive d’un snapshot et la vérifier</translation>
    </message>
    <message>
        <source>Show a capture or restore job</source>
        <translation>Afficher une tâche de capture ou de restauration</translation>
    </message>
    <message>
        <source>Follow a job until it ends</source>
        <translation>Suivre une tâche jusqu’à sa fin</translation>
    </message>
    <message>
        <source>List recent jobs</source>
        <translation>Lister les tâches récentes</translation>
    </message>
    <message>
        <source>Sign in, sign out, show the account</source>
        <translation>Se connecter, se déconnecter, afficher le compte</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Environments of a site</source>
        <translation>Environnements d’un site</translation>
    </message>
    <message>
        <source>Take snapshots, show the backup policy</source>
        <translation>Créer des snapshots, afficher la politique de sauvegarde</translation>
    </message>
    <message>
        <source>Capture and restore jobs</source>
        <translation>Tâches de capture et de restauration</translation>
    </message>
    <message>
        <source>Show one site and its environments</source>
        <translation>Afficher un site et ses environnements</translation>
    </message>
    <message>
        <source>Show one snapshot: status, expiry, sizes and checksums</source>
        <translation>Afficher un snapshot : état, expiration, tailles et sommes de contrôle</translation>
    </message>
    <message>
        <source>List, show, restore and download snapshots</source>
        <translation>Lister, afficher, restaurer et télécharger des snapshots</translation>
    </message>
    <message>
        <source>Check every scheduled backup is on time (monitoring exit codes)</source>
        <translation>Vérifier que chaque sauvegarde planifiée est dans les temps (codes de sortie pour la supervision)</translation>
    </message>
    <message>
        <source>Write a client report (PDF, HTML or CSV) of a period&apos;s backups</source>
        <translation>Générer un rapport client (PDF, HTML ou CSV) des sauvegardes d’une période</translation>
    </message>
    <message>
        <source>The whole fleet&apos;s backup health</source>
        <translation>État des sauvegardes de toute la flotte</translation>
    </message>
    <message>
        <source>Client reports of backups over a period</source>
        <translation>Rapports clients des sauvegardes d’une période</translation>
    </message>
    <message>
        <source>List what a snapshot holds in a folder, from its index</source>
        <translation>Lister le contenu d’un dossier d’un instantané, d’après son index</translation>
    </message>
    <message>
        <source>Compare two snapshots: files and database tables</source>
        <translation>Comparer deux instantanés : fichiers et tables de la base de données</translation>
    </message>
    <message>
        <source>Write one file of a snapshot to stdout</source>
        <translation>Écrire un fichier d’un instantané sur stdout</translation>
    </message>
    <message>
        <source>Show the versions of one path across an environment&apos;s snapshots</source>
        <translation>Afficher les versions d’un chemin dans les instantanés d’un environnement</translation>
    </message>
</context>
<context>
    <name>CommandContext</name>
    <message>
        <source>%1 Trying again in %2 (attempt %3 of %4 failed).</source>
        <translation>%1 Nouvelle tentative dans&#xa0;%2 (échec de la tentative&#xa0;%3 sur&#xa0;%4).</translation>
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
        <translation>Usage&#xa0;: mf [--json] GROUPE COMMANDE [options] [arguments]

Snapshots et sauvegardes des sites managed.dev, pour les scripts et les terminaux.

Commandes&#xa0;:
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
Options (à chaque niveau)&#xa0;:
  --json        sortie lisible par machine sur stdout (erreurs en JSON sur stderr)
  -h, --help    aide de mf, d’un groupe (mf snapshot --help) ou d’une commande
  --version     la version de mf

Variables d’environnement&#xa0;:
  MF_API_KEY    utiliser cette clé d’API au lieu du compte connecté (scripts, CI)
  MF_API_URL    l’API à utiliser avec MF_API_KEY (par défaut&#xa0;: celle du compte, sinon
                https://api.managed.dev/v1)

</translation>
    </message>
    <message>
        <source>
Run &apos;mf GROUP COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>
Exécutez «&#xa0;mf GROUPE COMMANDE --help&#xa0;» pour les options d’une commande.
</translation>
    </message>
    <message>
        <source>Usage: mf %1 COMMAND [options]

%2

Commands:
</source>
        <translation>Usage&#xa0;: mf %1 COMMANDE [options]

%2

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>
Run &apos;mf %1 COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>
Exécutez «&#xa0;mf %1 COMMANDE --help&#xa0;» pour les options d’une commande.
</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>option inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a command is needed</source>
        <translation>une commande est nécessaire</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;mf %1&apos; needs a command</source>
        <translation>«&#xa0;mf %1&#xa0;» nécessite une commande</translation>
    </message>
    <message>
        <source>unknown command &apos;%1 %2&apos;</source>
        <translation>commande inconnue «&#xa0;%1 %2&#xa0;»</translation>
    </message>
    <message>
        <source>Show the version of mf.</source>
        <translation>Afficher la version de mf.</translation>
    </message>
    <message>
        <source>Machine-readable output on stdout.</source>
        <translation>Sortie lisible par machine sur stdout.</translation>
    </message>
    <message>
        <source>Usage: mf %1 %2 [options]</source>
        <translation>Usage&#xa0;: mf %1 %2 [options]</translation>
    </message>
    <message>
        <source>mf: %1</source>
        <translation>mf: %1</translation>
    </message>
    <message>
        <source>Run &apos;%1&apos; for usage.</source>
        <translation>Exécutez «&#xa0;%1&#xa0;» pour l’usage.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare snapshots of %1 · %2</source>
        <translation>Comparer les snapshots de %1 · %2</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Size change</source>
        <translation>Écart de taille</translation>
    </message>
    <message>
        <source>Size before → after</source>
        <translation>Taille avant → après</translation>
    </message>
    <message>
        <source>Choose a changed text file to see its lines side by side.</source>
        <translation>Choisissez un fichier texte modifié pour comparer ses lignes.</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Avant :</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Après :</translation>
    </message>
    <message>
        <source>Reading both snapshots…</source>
        <translation>Lecture des deux snapshots…</translation>
    </message>
    <message>
        <source>No difference: the same files and the same database.</source>
        <translation>Aucune différence : mêmes fichiers et même base de données.</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed; files %4; %5</source>
        <translation>%1 ajoutés, %2 supprimés, %3 modifiés ; fichiers %4 ; %5</translation>
    </message>
    <message>
        <source>database not in both</source>
        <translation>base de données absente de l’un des deux</translation>
    </message>
    <message>
        <source>database changed</source>
        <translation>base de données modifiée</translation>
    </message>
    <message>
        <source>database unchanged</source>
        <translation>base de données inchangée</translation>
    </message>
    <message>
        <source>Files changed (%1)</source>
        <translation>Fichiers modifiés (%1)</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Files added (%1)</source>
        <translation>Fichiers ajoutés (%1)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Files removed (%1)</source>
        <translation>Fichiers supprimés (%1)</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n de plus</numerusform>
            <numerusform>… et %n de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>Database tables changed (%1)</source>
        <translation>Tables de la base modifiées (%1)</translation>
    </message>
    <message>
        <source>Schema changed</source>
        <translation>Schéma modifié</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the content of regular files is compared line by line.</source>
        <translation>Seul le contenu des fichiers ordinaires est comparé ligne par ligne.</translation>
    </message>
    <message>
        <source>Too large for a text diff (over %1): the sizes and checksums above tell what changed.</source>
        <translation>Trop volumineux pour une comparaison de texte (plus de %1) : les tailles et sommes de contrôle ci-dessus indiquent ce qui a changé.</translation>
    </message>
    <message>
        <source>Reading both versions…</source>
        <translation>Lecture des deux versions…</translation>
    </message>
    <message>
        <source>This file could not be read from the archive.</source>
        <translation>Ce fichier n’a pas pu être lu dans l’archive.</translation>
    </message>
    <message>
        <source>Not a text file: the sizes and checksums above tell what changed.</source>
        <translation>Pas un fichier texte : les tailles et sommes de contrôle ci-dessus indiquent ce qui a changé.</translation>
    </message>
    <message>
        <source>Too many changes for a line-by-line match: the old text is shown removed and the new one added.</source>
        <translation>Trop de modifications pour une correspondance ligne par ligne : l’ancien texte est affiché supprimé et le nouveau ajouté.</translation>
    </message>
</context>
<context>
    <name>CredentialReply</name>
    <message>
        <source>No API key is stored for this account. Sign in again.</source>
        <translation>Aucune clé d’API n’est enregistrée pour ce compte. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>No keychain is available to keep the API key safely (no Secret Service such as GNOME Keyring or KWallet is running). Start and unlock one, or keep the key for this session only.</source>
        <translation>Aucun trousseau n’est disponible pour conserver la clé d’API en sécurité (aucun Secret Service tel que GNOME Keyring ou KWallet n’est lancé). Lancez-en un et déverrouillez-le, ou conservez la clé pour cette session uniquement.</translation>
    </message>
    <message>
        <source>The keychain refused access to the API key. Unlock the keychain and allow Managed Desktop to use it.</source>
        <translation>Le trousseau a refusé l’accès à la clé d’API. Déverrouillez le trousseau et autorisez Managed Desktop à l’utiliser.</translation>
    </message>
    <message>
        <source>The API key could not be read from the keychain: %1</source>
        <translation>La clé d’API n’a pas pu être lue dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>The API key could not be saved in the keychain: %1</source>
        <translation>La clé d’API n’a pas pu être enregistrée dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>The API key could not be removed from the keychain: %1</source>
        <translation>La clé d’API n’a pas pu être retirée du trousseau&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CredentialResolver</name>
    <message>
        <source>MF_API_KEY does not hold a managed.dev API key (mfk_live_… or mfk_test_…).</source>
        <translation>MF_API_KEY ne contient pas de clé d’API managed.dev (mfk_live_… ou mfk_test_…).</translation>
    </message>
    <message>
        <source>Not signed in. Sign in with an API key first, or set MF_API_KEY.</source>
        <translation>Non connecté. Connectez-vous d’abord avec une clé d’API, ou définissez MF_API_KEY.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Il n’existe pas de compte %1.</translation>
    </message>
    <message>
        <source>The API key of %1 is no longer in the keychain. Sign in again.</source>
        <translation>La clé d’API de %1 n’est plus dans le trousseau. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>MF_API_KEY holds a live key, which is only sent over https, and the signed-in account&apos;s API %1 is not https. Set MF_API_URL to the platform&apos;s https address, or use a test key (mfk_test_…) for a local sandbox.</source>
        <translation>MF_API_KEY contient une clé live, qui n’est envoyée que via https, et l’API&#xa0;%1 du compte connecté n’utilise pas https. Définissez MF_API_URL sur l’adresse https de la plateforme, ou utilisez une clé de test (mfk_test_…) pour un bac à sable local.</translation>
    </message>
    <message>
        <source>MF_API_KEY holds a live key, which is only sent over https, and MF_API_URL (%1) is not https. Set MF_API_URL to the platform&apos;s https address, or use a test key (mfk_test_…) for a local sandbox.</source>
        <translation>MF_API_KEY contient une clé live, qui n’est envoyée que via https, et MF_API_URL (%1) n’utilise pas https. Définissez MF_API_URL sur l’adresse https de la plateforme, ou utilisez une clé de test (mfk_test_…) pour un bac à sable local.</translation>
    </message>
</context>
<context>
    <name>DBusNotifier</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Take snapshot now</source>
        <translation>Prendre un snapshot maintenant</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>database and files</source>
        <translation>base de données et fichiers</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base de données</translation>
    </message>
    <message>
        <source>files</source>
        <translation>fichiers</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2&#xa0;%</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Préproduction</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Capturing</source>
        <translation>Capture en cours</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>Toutes les heures</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Quotidien</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <source>No scheduled backups</source>
        <translation>Aucune sauvegarde planifiée</translation>
    </message>
    <message>
        <source>On schedule</source>
        <translation>Dans les temps</translation>
    </message>
    <message>
        <source>Late: a scheduled backup was missed</source>
        <translation>En retard&#xa0;: une sauvegarde planifiée a été manquée</translation>
    </message>
    <message>
        <source>Stale: older than twice the backup cadence</source>
        <translation>Obsolète&#xa0;: plus ancienne que deux fois la fréquence de sauvegarde</translation>
    </message>
    <message>
        <source>No ready snapshot</source>
        <translation>Aucun snapshot prêt</translation>
    </message>
    <message>
        <source>No backup schedule known</source>
        <translation>Aucun calendrier de sauvegarde connu</translation>
    </message>
</context>
<context>
    <name>Download</name>
    <message>
        <source>The download address is not secure (https is required except on this computer).</source>
        <translation>L’adresse de téléchargement n’est pas sécurisée (https est obligatoire, sauf sur cet ordinateur).</translation>
    </message>
    <message>
        <source>The server did not send the archive&apos;s checksum, so the download cannot be verified.</source>
        <translation>Le serveur n’a pas envoyé la somme de contrôle de l’archive&#xa0;: le téléchargement ne peut pas être vérifié.</translation>
    </message>
    <message>
        <source>The server sent a different part of the archive than the one asked for.</source>
        <translation>Le serveur a envoyé une autre partie de l’archive que celle demandée.</translation>
    </message>
    <message>
        <source>Not enough free space in %1: the archive needs %2 more bytes, %3 are available.</source>
        <translation>Espace libre insuffisant dans %1&#xa0;: l’archive nécessite %2 octets de plus, %3 sont disponibles.</translation>
    </message>
    <message>
        <source>The server sent more bytes than the archive&apos;s size.</source>
        <translation>Le serveur a envoyé plus d’octets que la taille de l’archive.</translation>
    </message>
    <message>
        <source>The server redirected the download too often or nowhere.</source>
        <translation>Le serveur a redirigé le téléchargement trop souvent ou vers nulle part.</translation>
    </message>
    <message>
        <source>The archive kept changing during the download.</source>
        <translation>L’archive n’a cessé de changer pendant le téléchargement.</translation>
    </message>
    <message>
        <source>The downloaded archive is damaged: its SHA-256 is %1 but the server announced %2. The damaged file was deleted; download it again.</source>
        <translation>L’archive téléchargée est endommagée&#xa0;: son SHA-256 est %1 alors que le serveur a annoncé %2. Le fichier endommagé a été supprimé&#xa0;; téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <source>%1 already exists; the verified download was kept as %2.</source>
        <translation>%1 existe déjà&#xa0;; le téléchargement vérifié a été conservé sous %2.</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2.</source>
        <translation>Impossible de renommer %1 en %2.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Could not replace %1 with the verified download kept as %2: %3</source>
        <translation>Impossible de remplacer %1 par le téléchargement vérifié, conservé sous %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>DownloadDialog</name>
    <message>
        <source>Download Snapshot</source>
        <translation>Télécharger le snapshot</translation>
    </message>
    <message>
        <source>Snapshot of &lt;b&gt;%1 / %2&lt;/b&gt; taken %3</source>
        <translation>Snapshot de &lt;b&gt;%1 / %2&lt;/b&gt; créé %3</translation>
    </message>
    <message>
        <source>What to download</source>
        <translation>Éléments à télécharger</translation>
    </message>
    <message>
        <source>&amp;Database (%1)</source>
        <translation>&amp;Base de données (%1)</translation>
    </message>
    <message>
        <source>&amp;Database (not in this snapshot)</source>
        <translation>&amp;Base de données (absente de ce snapshot)</translation>
    </message>
    <message>
        <source>&amp;Files (not in this snapshot)</source>
        <translation>&amp;Fichiers (absents de ce snapshot)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Files (%1 in %n file(s))</source>
        <translation>
            <numerusform>&amp;Fichiers (%1 en %n fichier)</numerusform>
            <numerusform>&amp;Fichiers (%1 en %n fichiers)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Files (%1)</source>
        <translation>&amp;Fichiers (%1)</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>Dossier de destination</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Save in:</source>
        <translation>&amp;Enregistrer dans&#xa0;:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille&#xa0;:</translation>
    </message>
    <message>
        <source>Save Snapshot In</source>
        <translation>Enregistrer le snapshot dans</translation>
    </message>
    <message>
        <source>Choose the database, the files or both.</source>
        <translation>Choisissez la base de données, les fichiers ou les deux.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist and could not be created.</source>
        <translation>Le dossier %1 n’existe pas et n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 n’est pas un dossier.</translation>
    </message>
    <message>
        <source>You cannot write to %1. Choose another folder.</source>
        <translation>Vous ne pouvez pas écrire dans %1. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>There is not enough free space in %1: the archive needs about %2, %3 are free.</source>
        <translation>Espace libre insuffisant dans %1&#xa0;: l’archive nécessite environ %2, %3 sont libres.</translation>
    </message>
    <message>
        <source>%1 (compressed archive)</source>
        <translation>%1 (archive compressée)</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>au plus %1</translation>
    </message>
    <message>
        <source>Down&amp;load</source>
        <translation>Té&amp;lécharger</translation>
    </message>
</context>
<context>
    <name>EntryExtractor</name>
    <message>
        <source>The archive is damaged: %1</source>
        <translation>L’archive est endommagée : %1</translation>
    </message>
    <message>
        <source>Could not open the archive: %1</source>
        <translation>Impossible d’ouvrir l’archive : %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file.</source>
        <translation>« %1 » n’est pas un fichier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in this snapshot&apos;s archive.</source>
        <translation>« %1 » ne figure pas dans l’archive de cet instantané.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existe déjà.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1: a hard link to a file outside the saved folder</source>
        <translation>%1 : un lien physique vers un fichier hors du dossier enregistré</translation>
    </message>
    <message>
        <source>%1: a link to a place outside the saved folder</source>
        <translation>%1 : un lien vers un emplacement hors du dossier enregistré</translation>
    </message>
    <message>
        <source>%1: a device file, FIFO or socket</source>
        <translation>%1 : un fichier de périphérique, une FIFO ou un socket</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2</source>
        <translation>Impossible d’écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>Could not write: %1</source>
        <translation>Échec de l’écriture : %1</translation>
    </message>
    <message>
        <source>Could not finish writing: %1</source>
        <translation>Impossible de terminer l’écriture : %1</translation>
    </message>
    <message>
        <source>Could not create a folder in %1.</source>
        <translation>Impossible de créer un dossier dans %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a path inside the snapshot.</source>
        <translation>« %1 » n’est pas un chemin à l’intérieur de l’instantané.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a file nor a folder.</source>
        <translation>« %1 » n’est ni un fichier ni un dossier.</translation>
    </message>
    <message>
        <source>Could not move the saved files to %1.</source>
        <translation>Impossible de déplacer les fichiers enregistrés vers %1.</translation>
    </message>
</context>
<context>
    <name>EnvListCommand</name>
    <message>
        <source>The site (id or slug).</source>
        <translation>Le site (identifiant ou nom court).</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>SITE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>PROTECTED</source>
        <translation>PROTÉGÉ</translation>
    </message>
    <message>
        <source>LAST SNAPSHOT</source>
        <translation>DERNIER SNAPSHOT</translation>
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
        <translation>jamais</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>List the sites with &apos;mf site list&apos;.</source>
        <translation>Listez les sites avec «&#xa0;mf site list&#xa0;».</translation>
    </message>
</context>
<context>
    <name>EnvironmentView</name>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom avant (Ctrl++)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom arrière (Ctrl+-)</translation>
    </message>
    <message>
        <source>Show all snapshots (Ctrl+0)</source>
        <translation>Afficher tous les snapshots (Ctrl+0)</translation>
    </message>
    <message>
        <source>No environment selected</source>
        <translation>Aucun environnement sélectionné</translation>
    </message>
    <message>
        <source>Pick an environment in the fleet on the left to see its snapshots and backups.</source>
        <translation>Choisissez un environnement dans la flotte à gauche pour voir ses snapshots et sauvegardes.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>protected</source>
        <translation>protégé</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Expand the site and pick one of its environments to see its snapshots.</source>
        <translation>Dépliez le site et choisissez l’un de ses environnements pour voir ses snapshots.</translation>
    </message>
    <message>
        <source>Could not load the snapshots of %1: %2</source>
        <translation>Impossible de charger les snapshots de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The snapshots could not be loaded.
%1</source>
        <translation>Les snapshots n’ont pas pu être chargés.
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n environment</source>
        <translation>
            <numerusform>%n environnement</numerusform>
            <numerusform>%n environnements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n environments</source>
        <translation>
            <numerusform>%n environnement</numerusform>
            <numerusform>%n environnements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorDetails</name>
    <message>
        <source>Request id: %1</source>
        <translation>Identifiant de requête&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (request id %2)</source>
        <translation>%1 (identifiant de requête %2)</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The server refused the connection. It may be down, or the API address may be wrong.</source>
        <translation>Le serveur a refusé la connexion. Il est peut-être arrêté, ou l’adresse d’API est erronée.</translation>
    </message>
    <message>
        <source>The server&apos;s address could not be found. Check the API address and your internet connection.</source>
        <translation>L’adresse du serveur est introuvable. Vérifiez l’adresse d’API et votre connexion Internet.</translation>
    </message>
    <message>
        <source>The server closed the connection unexpectedly. Try again in a moment.</source>
        <translation>Le serveur a fermé la connexion de manière inattendue. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your connection and try again.</source>
        <translation>Le serveur n’a pas répondu à temps. Vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to the server could not be established: its certificate was not accepted. Nothing was sent. Check the API address, or your network may be intercepting secure connections.</source>
        <translation>Impossible d’établir une connexion sécurisée (TLS) avec le serveur&#xa0;: son certificat n’a pas été accepté. Rien n’a été envoyé. Vérifiez l’adresse d’API&#xa0;; votre réseau intercepte peut-être les connexions sécurisées.</translation>
    </message>
    <message>
        <source>The network is not available. Check your connection and try again.</source>
        <translation>Le réseau n’est pas disponible. Vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
        <source>The proxy server could not be used. Check your proxy settings.</source>
        <translation>Le serveur proxy n’a pas pu être utilisé. Vérifiez vos paramètres de proxy.</translation>
    </message>
    <message>
        <source>The server redirected the request in a way that is not allowed.</source>
        <translation>Le serveur a redirigé la requête d’une manière non autorisée.</translation>
    </message>
    <message>
        <source>A network error occurred (%1).</source>
        <translation>Une erreur réseau s’est produite (%1).</translation>
    </message>
    <message>
        <source>A network error occurred. Check your connection and try again.</source>
        <translation>Une erreur réseau s’est produite. Vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
        <source>The API key was revoked or has expired, or it is not valid. Enter a new API key.</source>
        <translation>La clé d’API a été révoquée, a expiré ou n’est pas valide. Saisissez une nouvelle clé d’API.</translation>
    </message>
    <message>
        <source>This API key is not allowed to do this. Ask an administrator of your organization for a key with the needed access.</source>
        <translation>Cette clé d’API n’est pas autorisée à faire cela. Demandez à un administrateur de votre organisation une clé disposant des accès nécessaires.</translation>
    </message>
    <message>
        <source>It was not found. It may have been deleted, or you may not have access to it.</source>
        <translation>Introuvable. L’élément a peut-être été supprimé, ou vous n’y avez pas accès.</translation>
    </message>
    <message>
        <source>Another snapshot or restore is already running on this environment. Wait for it to finish, then try again.</source>
        <translation>Un autre snapshot ou une restauration est déjà en cours sur cet environnement. Attendez la fin, puis réessayez.</translation>
    </message>
    <message>
        <source>This snapshot is not ready. Only a ready snapshot can be restored or downloaded.</source>
        <translation>Ce snapshot n’est pas prêt. Seul un snapshot prêt peut être restauré ou téléchargé.</translation>
    </message>
    <message>
        <source>This snapshot is not ready (it is %1). Only a ready snapshot can be restored or downloaded.</source>
        <translation>Ce snapshot n’est pas prêt (état&#xa0;: %1). Seul un snapshot prêt peut être restauré ou téléchargé.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests were made with this API key. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Trop de requêtes ont été faites avec cette clé d’API. Attendez %n seconde et réessayez.</numerusform>
            <numerusform>Trop de requêtes ont été faites avec cette clé d’API. Attendez %n secondes et réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests were made with this API key. Wait a moment and try again.</source>
        <translation>Trop de requêtes ont été faites avec cette clé d’API. Patientez un instant et réessayez.</translation>
    </message>
    <message>
        <source>This action was already submitted with different settings, so it was not repeated. Start it again as a new action.</source>
        <translation>Cette action a déjà été envoyée avec d’autres paramètres&#xa0;; elle n’a donc pas été répétée. Relancez-la comme une nouvelle action.</translation>
    </message>
    <message>
        <source>The platform refused the request: %1</source>
        <translation>La plateforme a refusé la requête&#xa0;: %1</translation>
    </message>
    <message>
        <source>The platform refused the request because a value was not valid.</source>
        <translation>La plateforme a refusé la requête car une valeur n’était pas valide.</translation>
    </message>
    <message>
        <source>The platform could not understand the request. This is a bug in the app; please report it with the request id.</source>
        <translation>La plateforme n’a pas compris la requête. C’est un bogue de l’application&#xa0;; merci de le signaler avec l’identifiant de requête.</translation>
    </message>
    <message>
        <source>The download could not be resumed where it stopped.</source>
        <translation>Le téléchargement n’a pas pu reprendre là où il s’était arrêté.</translation>
    </message>
    <message>
        <source>The platform is temporarily unavailable (maintenance or overload). Try again later.</source>
        <translation>La plateforme est temporairement indisponible (maintenance ou surcharge). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The platform had an internal error. Try again later; if it keeps happening, contact support with the request id.</source>
        <translation>La plateforme a rencontré une erreur interne. Réessayez plus tard&#xa0;; si le problème persiste, contactez le support avec l’identifiant de requête.</translation>
    </message>
    <message>
        <source>The platform could not understand the request (HTTP 400).</source>
        <translation>La plateforme n’a pas compris la requête (HTTP 400).</translation>
    </message>
    <message>
        <source>The API key was revoked or has expired, or it is not valid (HTTP 401). Enter a new API key.</source>
        <translation>La clé d’API a été révoquée, a expiré ou n’est pas valide (HTTP 401). Saisissez une nouvelle clé d’API.</translation>
    </message>
    <message>
        <source>Access was denied (HTTP 403).</source>
        <translation>L’accès a été refusé (HTTP 403).</translation>
    </message>
    <message>
        <source>It was not found (HTTP 404).</source>
        <translation>Introuvable (HTTP 404).</translation>
    </message>
    <message>
        <source>The request conflicts with work already in progress (HTTP 409). Try again later.</source>
        <translation>La requête est en conflit avec un travail déjà en cours (HTTP 409). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The request was too large for the server (HTTP 413).</source>
        <translation>La requête était trop volumineuse pour le serveur (HTTP 413).</translation>
    </message>
    <message>
        <source>The platform refused the request as invalid (HTTP 422).</source>
        <translation>La plateforme a refusé la requête comme invalide (HTTP 422).</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests (HTTP 429). Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Trop de requêtes (HTTP 429). Attendez %n seconde et réessayez.</numerusform>
            <numerusform>Trop de requêtes (HTTP 429). Attendez %n secondes et réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests (HTTP 429). Wait a moment and try again.</source>
        <translation>Trop de requêtes (HTTP 429). Patientez un instant et réessayez.</translation>
    </message>
    <message>
        <source>The platform had an internal error (HTTP 500). Try again later.</source>
        <translation>La plateforme a rencontré une erreur interne (HTTP 500). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>A gateway in front of the platform failed (HTTP 502). Try again in a moment.</source>
        <translation>Une passerelle devant la plateforme a échoué (HTTP 502). Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The platform is temporarily unavailable (HTTP 503). Try again later.</source>
        <translation>La plateforme est temporairement indisponible (HTTP 503). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>A gateway in front of the platform timed out (HTTP 504). Try again in a moment.</source>
        <translation>Une passerelle devant la plateforme a expiré (HTTP 504). Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The server failed with HTTP status %1. Try again later.</source>
        <translation>Le serveur a échoué avec le code HTTP %1. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server refused the request with HTTP status %1.</source>
        <translation>Le serveur a refusé la requête avec le code HTTP %1.</translation>
    </message>
    <message>
        <source>The server redirected the request to another address. It was not followed, so that the API key is never sent anywhere else.</source>
        <translation>Le serveur a redirigé la requête vers une autre adresse. La redirection n’a pas été suivie, afin que la clé d’API ne soit jamais envoyée ailleurs.</translation>
    </message>
    <message>
        <source>The server sent a response the app could not understand (%1).</source>
        <translation>Le serveur a envoyé une réponse que l’application n’a pas comprise (%1).</translation>
    </message>
    <message>
        <source>The server sent a response the app could not understand.</source>
        <translation>Le serveur a envoyé une réponse que l’application n’a pas comprise.</translation>
    </message>
    <message>
        <source>The server did not answer in time, even after several tries. Check your connection and try again.</source>
        <translation>Le serveur n’a pas répondu à temps, même après plusieurs tentatives. Vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
        <source>The API address is not allowed: it must use https (plain http only to this computer).</source>
        <translation>L’adresse d’API n’est pas autorisée&#xa0;: elle doit utiliser https (http simple uniquement vers cet ordinateur).</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>No API key is set up for this account. Add an API key first.</source>
        <translation>Aucune clé d’API n’est configurée pour ce compte. Ajoutez d’abord une clé d’API.</translation>
    </message>
    <message>
        <source>Too many requests were made with this API key, and the platform asks to wait %1 before the next one. Try again later.</source>
        <translation>Trop de requêtes ont été faites avec cette clé d’API, et la plateforme demande d’attendre&#xa0;%1 avant la suivante. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The platform is temporarily unavailable and asks to wait %1 before trying again.</source>
        <translation>La plateforme est temporairement indisponible et demande d’attendre&#xa0;%1 avant de réessayer.</translation>
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
        <translation>Codes de sortie&#xa0;:
  0    succès
  1    erreur (erreur du serveur, tâche en échec, erreur de fichier, …)
  2    usage&#xa0;: arguments incorrects, ou confirmation requise (--yes) sans terminal
  3    authentification&#xa0;: non connecté, clé absente, révoquée, expirée ou non autorisée
  4    introuvable&#xa0;: site, environnement, snapshot ou tâche inexistant
  5    conflit&#xa0;: environnement occupé, snapshot non prêt, limite de requêtes atteinte
  6    réseau&#xa0;: la plateforme est injoignable
  7    vérification échouée&#xa0;: un téléchargement ne correspond pas à sa somme de contrôle
  130  interrompu (Ctrl-C)
</translation>
    </message>
</context>
<context>
    <name>ExplorerActions</name>
    <message>
        <source>&amp;Explore Snapshot…</source>
        <translation>&amp;Explorer le snapshot…</translation>
    </message>
    <message>
        <source>C&amp;ompare Snapshots…</source>
        <translation>C&amp;omparer les snapshots…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Look inside the selected snapshot: its files and database tables</source>
        <translation>Regarder dans le snapshot choisi : ses fichiers et les tables de sa base</translation>
    </message>
    <message>
        <source>What changed between the selected snapshot and the one before it</source>
        <translation>Ce qui a changé entre le snapshot choisi et le précédent</translation>
    </message>
</context>
<context>
    <name>ExplorerDialog</name>
    <message>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparer…</translation>
    </message>
    <message>
        <source>Snapshot of %1 · %2</source>
        <translation>Snapshot de %1 · %2</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Rechercher par nom</translation>
    </message>
    <message numerus="yes">
        <source>The first %n match(es) are shown; type more to narrow the search.</source>
        <translation>
            <numerusform>Le premier résultat (%n) est affiché ; précisez la recherche.</numerusform>
            <numerusform>Les %n premiers résultats sont affichés ; précisez la recherche.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>Snapshot contents</source>
        <translation>Contenu du snapshot</translation>
    </message>
    <message>
        <source>Save the chosen file or folder; the archive is downloaded first when it is not here yet</source>
        <translation>Enregistrer le fichier ou dossier choisi ; l’archive est d’abord téléchargée si elle n’est pas encore ici</translation>
    </message>
    <message>
        <source>The versions of the chosen path across this environment’s indexed snapshots</source>
        <translation>Les versions du chemin choisi dans les snapshots indexés de cet environnement</translation>
    </message>
    <message>
        <source>What changed between the snapshot before and this one</source>
        <translation>Ce qui a changé entre le snapshot précédent et celui-ci</translation>
    </message>
    <message>
        <source>Opening the snapshot…</source>
        <translation>Ouverture du snapshot…</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n file(s)</source>
        <translation>
            <numerusform>%1 dans %n fichier</numerusform>
            <numerusform>%1 dans %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Folder As</source>
        <translation>Enregistrer le dossier sous</translation>
    </message>
    <message>
        <source>Save File As</source>
        <translation>Enregistrer le fichier sous</translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation>Enregistrement de « %1 »…</translation>
    </message>
    <message>
        <source>Saving was cancelled.</source>
        <translation>L’enregistrement a été annulé.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) (%1) to %2</source>
        <translation>
            <numerusform>%n fichier (%1) enregistré dans %2</numerusform>
            <numerusform>%n fichiers (%1) enregistrés dans %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
</context>
<context>
    <name>FleetHealthCommand</name>
    <message>
        <source>Exit status (the monitoring-plugin convention): 0 every scheduled environment is fresh; 1 some are late (older than their cadence); 2 some are stale (older than twice their cadence) or were never backed up; 3 the fleet could not be read.</source>
        <translation>Code de sortie (convention des plugins de supervision)&#xa0;: 0 chaque environnement planifié est à jour&#xa0;; 1 certains sont en retard (plus anciens que leur fréquence)&#xa0;; 2 certains sont obsolètes (plus anciens que deux fois leur fréquence) ou n’ont jamais été sauvegardés&#xa0;; 3 la flotte n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>Only environments named NAME (e.g. production).</source>
        <translation>Uniquement les environnements nommés NOM (p. ex. production).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--env needs an environment name</source>
        <translation>--env nécessite un nom d’environnement</translation>
    </message>
    <message>
        <source>fresh</source>
        <translation>à jour</translation>
    </message>
    <message>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>obsolète</translation>
    </message>
    <message>
        <source>never backed up</source>
        <translation>jamais sauvegardé</translation>
    </message>
    <message>
        <source>the fleet could not be read: %1</source>
        <translation>la flotte n’a pas pu être lue&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>no site has an environment named &apos;%1&apos;</source>
        <translation>aucun site n’a d’environnement nommé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No environment has scheduled backups.</source>
        <translation>Aucun environnement n’a de sauvegardes planifiées.</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>SITE</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>ENVIRONNEMENT</translation>
    </message>
    <message>
        <source>CADENCE</source>
        <translation>FRÉQUENCE</translation>
    </message>
    <message>
        <source>LAST BACKUP</source>
        <translation>DERNIÈRE SAUVEGARDE</translation>
    </message>
    <message>
        <source>FRESHNESS</source>
        <translation>FRAÎCHEUR</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1 scheduled: %2 fresh, %3 late, %4 stale, %5 never backed up</source>
        <translation>%1 planifiés&#xa0;:&#xa0;%2 à jour,&#xa0;%3 en retard,&#xa0;%4 obsolètes,&#xa0;%5 jamais sauvegardés</translation>
    </message>
</context>
<context>
    <name>FleetModel</name>
    <message>
        <source>Site / environment</source>
        <translation>Site / environnement</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Dernière sauvegarde</translation>
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
Nom court&#xa0;: %2
Région&#xa0;: %3
Formule&#xa0;: %4</translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation>Site %1</translation>
    </message>
    <message>
        <source>%1 — protected: restores ask for explicit confirmation</source>
        <translation>%1 — protégé&#xa0;: les restaurations demandent une confirmation explicite</translation>
    </message>
    <message>
        <source>Newest ready snapshot: %1</source>
        <translation>Snapshot prêt le plus récent&#xa0;: %1</translation>
    </message>
    <message>
        <source>A capture or restore is running</source>
        <translation>Une capture ou une restauration est en cours</translation>
    </message>
    <message>
        <source>Environment %1 of %2</source>
        <translation>Environnement %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n environment</source>
        <translation>
            <numerusform>%n environnement</numerusform>
            <numerusform>%n environnements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n environments</source>
        <translation>
            <numerusform>%n environnement</numerusform>
            <numerusform>%n environnements</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled backups: %1</source>
        <translation>Sauvegardes planifiées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FleetView</name>
    <message>
        <source>Search sites and environments (Ctrl+F)</source>
        <translation>Rechercher des sites et des environnements (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the fleet</source>
        <translation>Rechercher dans la flotte</translation>
    </message>
    <message>
        <source>Fleet summary; press to show only these environments</source>
        <translation>Résumé de la flotte&#xa0;; cliquez pour n’afficher que ces environnements</translation>
    </message>
    <message>
        <source>Sites and environments</source>
        <translation>Sites et environnements</translation>
    </message>
    <message>
        <source>No production environments yet</source>
        <translation>Aucun environnement de production pour l’instant</translation>
    </message>
    <message>
        <source>showing only these; click to show all</source>
        <translation>seuls ceux-ci sont affichés&#xa0;; cliquez pour tout afficher</translation>
    </message>
    <message>
        <source>Fleet summary</source>
        <translation>Résumé de la flotte</translation>
    </message>
    <message>
        <source>The production environment is on schedule</source>
        <translation>L’environnement de production est dans les temps</translation>
    </message>
    <message numerus="yes">
        <source>All %n production environments are on schedule</source>
        <translation>
            <numerusform>L’environnement de production (%n) est dans les temps</numerusform>
            <numerusform>Les&#xa0;%n environnements de production sont tous dans les temps</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup schedule is known for the production environments</source>
        <translation>Aucun calendrier de sauvegarde n’est connu pour les environnements de production</translation>
    </message>
    <message>
        <source>%1 of %2 production environments are on schedule; the others have no known backup schedule</source>
        <translation>%1 environnements de production sur&#xa0;%2 sont dans les temps&#xa0;; les autres n’ont pas de calendrier de sauvegarde connu</translation>
    </message>
    <message numerus="yes">
        <source>%n production environment is behind its schedule</source>
        <translation>
            <numerusform>%n environnement de production est en retard sur son calendrier</numerusform>
            <numerusform>%n environnements de production sont en retard sur leur calendrier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n production environments are behind their schedule</source>
        <translation>
            <numerusform>%n environnement de production est en retard sur son calendrier</numerusform>
            <numerusform>%n environnements de production sont en retard sur leur calendrier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n has never been backed up</source>
        <translation>
            <numerusform>%n n’a jamais été sauvegardé</numerusform>
            <numerusform>%n n’ont jamais été sauvegardés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n have never been backed up</source>
        <translation>
            <numerusform>%n n’a jamais été sauvegardé</numerusform>
            <numerusform>%n n’ont jamais été sauvegardés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n production environment has never been backed up</source>
        <translation>
            <numerusform>%n environnement de production n’a jamais été sauvegardé</numerusform>
            <numerusform>%n environnements de production n’ont jamais été sauvegardés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n production environments have never been backed up</source>
        <translation>
            <numerusform>%n environnement de production n’a jamais été sauvegardé</numerusform>
            <numerusform>%n environnements de production n’ont jamais été sauvegardés</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>Show only these environments</source>
        <translation>N’afficher que ces environnements</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message numerus="yes">
        <source>%n minute ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute</source>
        <translation>
            <numerusform>dans %n minute</numerusform>
            <numerusform>dans %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minutes</source>
        <translation>
            <numerusform>dans %n minute</numerusform>
            <numerusform>dans %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour</source>
        <translation>
            <numerusform>dans %n heure</numerusform>
            <numerusform>dans %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hours</source>
        <translation>
            <numerusform>dans %n heure</numerusform>
            <numerusform>dans %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week ago</source>
        <translation>
            <numerusform>il y a %n semaine</numerusform>
            <numerusform>il y a %n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks ago</source>
        <translation>
            <numerusform>il y a %n semaine</numerusform>
            <numerusform>il y a %n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n week</source>
        <translation>
            <numerusform>dans %n semaine</numerusform>
            <numerusform>dans %n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n weeks</source>
        <translation>
            <numerusform>dans %n semaine</numerusform>
            <numerusform>dans %n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month ago</source>
        <translation>
            <numerusform>il y a %n mois</numerusform>
            <numerusform>il y a %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months ago</source>
        <translation>
            <numerusform>il y a %n mois</numerusform>
            <numerusform>il y a %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n month</source>
        <translation>
            <numerusform>dans %n mois</numerusform>
            <numerusform>dans %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n months</source>
        <translation>
            <numerusform>dans %n mois</numerusform>
            <numerusform>dans %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year ago</source>
        <translation>
            <numerusform>il y a %n an</numerusform>
            <numerusform>il y a %n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation>
            <numerusform>il y a %n an</numerusform>
            <numerusform>il y a %n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n year</source>
        <translation>
            <numerusform>dans %n an</numerusform>
            <numerusform>dans %n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n years</source>
        <translation>
            <numerusform>dans %n an</numerusform>
            <numerusform>dans %n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
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
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>moins d’une minute restante</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>environ %1 restant</translation>
    </message>
</context>
<context>
    <name>HashingWriter</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not truncate %1: %2</source>
        <translation>Impossible de tronquer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then resume the download.</source>
        <translation>Le disque est plein. Libérez de l’espace, puis reprenez le téléchargement.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot grow any larger on this disk (a file size limit). Raise the limit or download to a folder on another disk.</source>
        <translation>%1 ne peut plus grossir sur ce disque (limite de taille de fichier). Relevez la limite ou téléchargez dans un dossier situé sur un autre disque.</translation>
    </message>
</context>
<context>
    <name>IndexCache</name>
    <message>
        <source>Snapshot %1 is not indexed yet.</source>
        <translation>L’instantané %1 n’est pas encore indexé.</translation>
    </message>
    <message>
        <source>Could not record the index in the cache: %1</source>
        <translation>Impossible d’enregistrer l’index dans le cache : %1</translation>
    </message>
    <message>
        <source>Could not record the archive in the cache: %1</source>
        <translation>Impossible d’enregistrer l’archive dans le cache : %1</translation>
    </message>
</context>
<context>
    <name>IndexedCommand</name>
    <message>
        <source>Snapshot %1 is %2, not ready: it has no archive to look into.</source>
        <translation>L’instantané %1 est %2, pas prêt : il n’a pas d’archive à examiner.</translation>
    </message>
    <message>
        <source>Indexing %1…</source>
        <translation>Indexation de %1…</translation>
    </message>
    <message>
        <source>Downloading %1  %2%  %3 of %4</source>
        <translation>Téléchargement de %1  %2 %  %3 sur %4</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Téléchargement de %1…</translation>
    </message>
    <message>
        <source>Could not look into snapshot %1: %2</source>
        <translation>Impossible d’examiner l’instantané %1 : %2</translation>
    </message>
    <message>
        <source>What was downloaded is kept; run the same command again to resume.</source>
        <translation>Ce qui a été téléchargé est conservé ; relancez la même commande pour reprendre.</translation>
    </message>
    <message>
        <source>Run the command again to rebuild the index.</source>
        <translation>Relancez la commande pour reconstruire l’index.</translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; %2</source>
        <translation>le chemin « %1 » %2</translation>
    </message>
    <message>
        <source>Look into the database component (db/) instead of the files.</source>
        <translation>Examiner le composant base de données (db/) au lieu des fichiers.</translation>
    </message>
</context>
<context>
    <name>JobListCommand</name>
    <message>
        <source>Only jobs of this site (id or slug).</source>
        <translation>Uniquement les tâches de ce site (identifiant ou nom court).</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>SITE</translation>
    </message>
    <message>
        <source>No jobs.</source>
        <translation>Aucune tâche.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>ENVIRONNEMENT</translation>
    </message>
    <message>
        <source>SNAPSHOT</source>
        <translation>SNAPSHOT</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CRÉÉE</translation>
    </message>
    <message>
        <source>PHASE</source>
        <translation>PHASE</translation>
    </message>
    <message>
        <source>Only jobs that have not ended (queued or running).</source>
        <translation>Seulement les tâches non terminées (en attente ou en cours).</translation>
    </message>
    <message>
        <source>No queued or running jobs.</source>
        <translation>Aucune tâche en attente ou en cours.</translation>
    </message>
</context>
<context>
    <name>JobShowCommand</name>
    <message>
        <source>the job id</source>
        <translation>l’identifiant de la tâche</translation>
    </message>
    <message>
        <source>Stopped watching. The job goes on; watch it again with &apos;mf job watch %1&apos;.</source>
        <translation>Suivi arrêté. La tâche continue&#xa0;; suivez-la de nouveau avec «&#xa0;mf job watch %1&#xa0;».</translation>
    </message>
    <message>
        <source>Capturing %1</source>
        <translation>Capture de %1</translation>
    </message>
    <message>
        <source>Restoring into %1</source>
        <translation>Restauration dans %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
    <message>
        <source>The job failed: %1</source>
        <translation>La tâche a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Restores</source>
        <translation>Restaure</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>JOB_ID</source>
        <translation>ID_TÂCHE</translation>
    </message>
    <message>
        <source>There is no job %1 that this key can see; the platform keeps jobs for 7 days.</source>
        <translation>Aucune tâche %1 n’est visible avec cette clé&#xa0;; la plateforme conserve les tâches 7&#xa0;jours.</translation>
    </message>
    <message>
        <source>List recent jobs with &apos;mf job list&apos;.</source>
        <translation>Listez les tâches récentes avec «&#xa0;mf job list&#xa0;».</translation>
    </message>
    <message>
        <source>No news of job %1 (%2); trying again (%3 of %4).</source>
        <translation>Aucune nouvelle de la tâche&#xa0;%1 (%2)&#xa0;; nouvelle tentative (%3 sur&#xa0;%4).</translation>
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
        <translation>Restauration</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d’attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
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
Tâche %2</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Tâche %1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>No longer followed: %1</source>
        <translation>Plus suivi : %1</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <source>C&amp;lear Finished</source>
        <translation>&amp;Effacer les terminées</translation>
    </message>
    <message>
        <source>No jobs. Snapshots and restores you start appear here with their progress.</source>
        <translation>Aucune tâche. Les snapshots et restaurations que vous lancez apparaissent ici avec leur progression.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Managed Desktop.</source>
        <translation>La nouvelle langue s’applique au prochain démarrage de Managed Desktop.</translation>
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
        <translation>La plateforme n’accepte plus cette clé. Saisissez-en une nouvelle pour continuer.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Reload the fleet from the platform (F5)</source>
        <translation>Recharger la flotte depuis la plateforme (F5)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Sign out of %1? Its key is removed from the keychain; you will need it to sign in again.</source>
        <translation>Se déconnecter de %1&#xa0;? Sa clé sera retirée du trousseau&#xa0;; vous en aurez besoin pour vous reconnecter.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Snapshot</source>
        <translation>&amp;Snapshot</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Managed Desktop</source>
        <translation>À &amp;propos de Managed Desktop</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Not signed in. Sign in with an API key to see your sites.</source>
        <translation>Non connecté. Connectez-vous avec une clé d’API pour voir vos sites.</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Showing the fleet saved %1; refreshing…</source>
        <translation>Affichage de la flotte enregistrée %1&#xa0;; actualisation…</translation>
    </message>
    <message>
        <source>The fleet could not be refreshed: %1</source>
        <translation>La flotte n’a pas pu être actualisée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Showing the fleet as it was %1.</source>
        <translation>La flotte est affichée telle qu’elle était %1.</translation>
    </message>
    <message>
        <source>Nothing could be loaded yet.</source>
        <translation>Rien n’a encore pu être chargé.</translation>
    </message>
    <message>
        <source>Offline: the platform cannot be reached. %1 Retrying every 30 seconds.</source>
        <translation>Hors ligne&#xa0;: la plateforme est injoignable. %1 Nouvelle tentative toutes les 30 secondes.</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;, %3</source>
        <translation>%1 &lt;%2&gt;, %3</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Actualisé %1</translation>
    </message>
    <message>
        <source>Close Managed Desktop?</source>
        <translation>Fermer Managed Desktop&#xa0;?</translation>
    </message>
    <message>
        <source>Switch account</source>
        <translation>Changer de compte</translation>
    </message>
    <message>
        <source>Switch to another account?</source>
        <translation>Passer à un autre compte&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%n restore(s) wait for a safety snapshot and have not been sent yet: the safety snapshots are still taken, but the restores would not be sent.</source>
        <translation>
            <numerusform>%n restauration attend un snapshot de sécurité et n’a pas encore été envoyée&#xa0;: le snapshot de sécurité est tout de même pris, mais la restauration ne serait pas envoyée.</numerusform>
            <numerusform>%n restaurations attendent un snapshot de sécurité et n’ont pas encore été envoyées&#xa0;: les snapshots de sécurité sont tout de même pris, mais les restaurations ne seraient pas envoyées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close anyway?</source>
        <translation>Fermer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exporter un rapport…</translation>
    </message>
</context>
<context>
    <name>ManifestVerifier</name>
    <message>
        <source>The archive has no %1 folder.</source>
        <translation>L’archive n’a pas de dossier %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The archive has no readable manifest.json.</source>
        <translation>L’archive n’a pas de manifest.json lisible.</translation>
    </message>
    <message>
        <source>The archive&apos;s manifest.json is not in a format this version understands.</source>
        <translation>Le manifest.json de l’archive est dans un format que cette version ne comprend pas.</translation>
    </message>
    <message>
        <source>The archive&apos;s manifest.json lists no components.</source>
        <translation>Le manifest.json de l’archive ne liste aucun composant.</translation>
    </message>
    <message>
        <source>The manifest entry for %1 is malformed.</source>
        <translation>L’entrée du manifeste pour %1 est mal formée.</translation>
    </message>
    <message>
        <source>The extracted %1 do not match the snapshot: their SHA-256 is %2, the manifest says %3.</source>
        <translation>Les %1 extraits ne correspondent pas au snapshot&#xa0;: leur SHA-256 est %2, le manifeste indique %3.</translation>
    </message>
</context>
<context>
    <name>NotificationSettingsDialog</name>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Notifications for this account</source>
        <translation>Notifications pour ce compte</translation>
    </message>
    <message>
        <source>Notifications for %1</source>
        <translation>Notifications pour %1</translation>
    </message>
    <message>
        <source>&amp;Notify me when something changes</source>
        <translation>Me &amp;notifier quand quelque chose change</translation>
    </message>
    <message>
        <source>An environment&apos;s backups fall &amp;behind (late, stale, never backed up)</source>
        <translation>Les sauvegardes d’un environnement prennent du re&amp;tard (en retard, obsolètes, jamais sauvegardées)</translation>
    </message>
    <message>
        <source>A &amp;snapshot fails</source>
        <translation>Un &amp;snapshot échoue</translation>
    </message>
    <message>
        <source>A &amp;restore ends</source>
        <translation>Une &amp;restauration se termine</translation>
    </message>
    <message>
        <source>A daily &amp;digest of the fleet&apos;s health at</source>
        <translation>&amp;Un résumé quotidien de l’état de la flotte à</translation>
    </message>
    <message>
        <source>Each change is told once: an environment that stays late is not announced again, and what was already behind when the app first saw it is left to the digest.</source>
        <translation>Chaque changement est signalé une fois&#xa0;: un environnement qui reste en retard n’est pas signalé à nouveau, et ce qui était déjà en retard quand l’application l’a vu pour la première fois est laissé au résumé.</translation>
    </message>
    <message>
        <source>Watching in the background</source>
        <translation>Surveillance en arrière-plan</translation>
    </message>
    <message>
        <source>&amp;Keep watching in the notification area when the window is closed</source>
        <translation>&amp;Continuer la surveillance dans la zone de notification quand la fenêtre est fermée</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Start in the notification area when I &amp;log in</source>
        <translation>Démarrer dans la zone de notification à l’ou&amp;verture de session</translation>
    </message>
    <message>
        <source>Read the fleet every:</source>
        <translation>Lire la flotte toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>This desktop has no notification area (system tray), so closing the window quits the app.</source>
        <translation>Ce bureau n’a pas de zone de notification (barre système)&#xa0;; fermer la fenêtre quitte donc l’application.</translation>
    </message>
    <message>
        <source>No notification service was found on this desktop: notifications cannot be shown.</source>
        <translation>Aucun service de notification n’a été trouvé sur ce bureau&#xa0;: les notifications ne peuvent pas être affichées.</translation>
    </message>
    <message>
        <source>Notifications are shown by %1.</source>
        <translation>Les notifications sont affichées par %1.</translation>
    </message>
</context>
<context>
    <name>NotificationsController</name>
    <message>
        <source>&amp;Notifications…</source>
        <translation>&amp;Notifications…</translation>
    </message>
    <message>
        <source>Still watching your fleet. Quit from this icon&apos;s menu.</source>
        <translation>La flotte reste surveillée. Quittez depuis le menu de cette icône.</translation>
    </message>
    <message>
        <source>That environment is not in the fleet as shown (a search may hide it).</source>
        <translation>Cet environnement n’est pas dans la flotte affichée (une recherche peut le masquer).</translation>
    </message>
</context>
<context>
    <name>PartFile</name>
    <message>
        <source>%1 is a symbolic link. Downloads never write through a link (someone may have placed it to overwrite another file); remove it or choose another name.</source>
        <translation>%1 est un lien symbolique. Les téléchargements n’écrivent jamais à travers un lien (quelqu’un a pu le placer pour écraser un autre fichier)&#xa0;; supprimez-le ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d’ouvrir&#xa0;%1&#xa0;:&#xa0;%2</translation>
    </message>
    <message>
        <source>%1 is not a regular file; the download does not write into it. Remove it or choose another name.</source>
        <translation>%1 n’est pas un fichier ordinaire&#xa0;; le téléchargement n’y écrit pas. Supprimez-le ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>%1 belongs to another user; the download does not continue a file it did not create. Remove it or choose another name.</source>
        <translation>%1 appartient à un autre utilisateur&#xa0;; le téléchargement ne reprend pas un fichier qu’il n’a pas créé. Supprimez-le ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>%1 has other names (hard links); writing to it would change another file. Remove it or choose another name.</source>
        <translation>%1 a d’autres noms (liens physiques)&#xa0;; y écrire modifierait un autre fichier. Supprimez-le ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Could not open %1: safe file creation is not available on this system.</source>
        <translation>Impossible d’ouvrir&#xa0;%1&#xa0;: la création sécurisée de fichiers n’est pas disponible sur ce système.</translation>
    </message>
</context>
<context>
    <name>PathHistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>Historique de %1</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>This path</source>
        <translation>Ce chemin</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message numerus="yes">
        <source>%n indexed snapshot(s) looked at</source>
        <translation>
            <numerusform>%n snapshot indexé consulté</numerusform>
            <numerusform>%n snapshots indexés consultés</numerusform>
        </translation>
    </message>
    <message>
        <source>(of %1 ready ones: open a snapshot in the explorer to index it).</source>
        <translation>(sur %1 prêts : ouvrez un snapshot dans l’explorateur pour l’indexer).</translation>
    </message>
    <message numerus="yes">
        <source>%n index(es) could not be read and will be built again.</source>
        <translation>
            <numerusform>%n index n’a pas pu être lu et sera reconstruit.</numerusform>
            <numerusform>%n index n’ont pas pu être lus et seront reconstruits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>A PDF can only be made by a program that can draw text.</source>
        <translation>Un PDF ne peut être produit que par un programme capable de dessiner du texte.</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>Le PDF n’a pas pu être écrit.</translation>
    </message>
</context>
<context>
    <name>PolicyPanel</name>
    <message>
        <source>Backup policy</source>
        <translation>Politique de sauvegarde</translation>
    </message>
    <message>
        <source>Cadence:</source>
        <translation>Fréquence&#xa0;:</translation>
    </message>
    <message>
        <source>Next run:</source>
        <translation>Prochaine exécution&#xa0;:</translation>
    </message>
    <message>
        <source>Retention:</source>
        <translation>Rétention&#xa0;:</translation>
    </message>
    <message>
        <source>Scheduled kept:</source>
        <translation>Planifiés conservés&#xa0;:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Formule&#xa0;:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Kept until deleted</source>
        <translation>Conservé jusqu’à suppression</translation>
    </message>
    <message numerus="yes">
        <source>At most %n</source>
        <translation>
            <numerusform>Au plus %n</numerusform>
            <numerusform>Au plus %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No count limit</source>
        <translation>Aucune limite de nombre</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Non planifié</translation>
    </message>
    <message numerus="yes">
        <source>%n day after capture</source>
        <translation>
            <numerusform>%n jour après la capture</numerusform>
            <numerusform>%n jours après la capture</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days after capture</source>
        <translation>
            <numerusform>%n jour après la capture</numerusform>
            <numerusform>%n jours après la capture</numerusform>
        </translation>
    </message>
    <message>
        <source>None (no scheduled backups)</source>
        <translation>Aucune (pas de sauvegardes planifiées)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot create the cache folder %1</source>
        <translation>Impossible de créer le dossier de cache %1</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Only this site (slug); repeat for several. Default: every site.</source>
        <translation>Uniquement ce site (nom court)&#xa0;; à répéter pour plusieurs. Par défaut&#xa0;: tous les sites.</translation>
    </message>
    <message>
        <source>SLUG</source>
        <translation>NOM_COURT</translation>
    </message>
    <message>
        <source>First day of the period, YYYY-MM-DD. Default: 29 days before --to.</source>
        <translation>Premier jour de la période, YYYY-MM-DD. Par défaut&#xa0;: 29 jours avant --to.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Last day of the period, YYYY-MM-DD. Default: today.</source>
        <translation>Dernier jour de la période, YYYY-MM-DD. Par défaut&#xa0;: aujourd’hui.</translation>
    </message>
    <message>
        <source>pdf, html or csv. Default: from the file name&apos;s extension.</source>
        <translation>pdf, html ou csv. Par défaut&#xa0;: d’après l’extension du nom de fichier.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The file to write (replaced only once the report is complete).</source>
        <translation>Le fichier à écrire (remplacé seulement une fois le rapport terminé).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a date; write it as YYYY-MM-DD, e.g. 2026-11-30.</source>
        <translation>--%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une date&#xa0;; écrivez-la sous la forme YYYY-MM-DD, p. ex. 2026-11-30.</translation>
    </message>
    <message>
        <source>-o FILE is needed: where to write the report.</source>
        <translation>-o FICHIER est nécessaire&#xa0;: où écrire le rapport.</translation>
    </message>
    <message>
        <source>--format: &apos;%1&apos; is not a report format; use pdf, html or csv.</source>
        <translation>--format&#xa0;: «&#xa0;%1&#xa0;» n’est pas un format de rapport&#xa0;; utilisez pdf, html ou csv.</translation>
    </message>
    <message>
        <source>--format is needed (pdf, html or csv) when the file name does not end in one of them.</source>
        <translation>--format est nécessaire (pdf, html ou csv) quand le nom de fichier ne se termine par aucune de ces extensions.</translation>
    </message>
    <message>
        <source>Reading sites: %1 of %2</source>
        <translation>Lecture des sites&#xa0;:&#xa0;%1 sur&#xa0;%2</translation>
    </message>
    <message>
        <source>Wrote the report for %1 to %2.</source>
        <translation>Rapport pour&#xa0;%1 écrit dans&#xa0;%2.</translation>
    </message>
    <message>
        <source>%1 · Compliance: %2</source>
        <translation>%1 · Conformité&#xa0;:&#xa0;%2</translation>
    </message>
    <message>
        <source>PDF reports need mf-report-pdf, which could not be loaded (%1). Reinstall mf, or write HTML or CSV.</source>
        <translation>Les rapports PDF ont besoin de mf-report-pdf, qui n’a pas pu être chargé (%1). Réinstallez mf, ou écrivez du HTML ou du CSV.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Exporter un rapport</translation>
    </message>
    <message>
        <source>A report for your clients: per site and environment, the scheduled backups expected and taken, manual snapshots, failed captures and restores.</source>
        <translation>Un rapport pour vos clients&#xa0;: par site et environnement, les sauvegardes planifiées attendues et effectuées, les snapshots manuels, les captures en échec et les restaurations.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>Only the checked sites:</source>
        <translation>Uniquement les sites cochés&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Page web (HTML)</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Feuille de calcul (CSV)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <source>Sites:</source>
        <translation>Sites&#xa0;:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Reading sites: %1 of %2</source>
        <translation>Lecture des sites&#xa0;:&#xa0;%1 sur&#xa0;%2</translation>
    </message>
    <message>
        <source>Reading the fleet…</source>
        <translation>Lecture de la flotte…</translation>
    </message>
    <message>
        <source>backup-report</source>
        <translation>rapport-sauvegardes</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers&#xa0;%1 (*.%2)</translation>
    </message>
    <message>
        <source>Check at least one site, or choose all sites.</source>
        <translation>Cochez au moins un site, ou choisissez tous les sites.</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>Rapport enregistré dans&#xa0;%1.</translation>
    </message>
    <message>
        <source>The report could not be made. %1</source>
        <translation>Le rapport n’a pas pu être généré.&#xa0;%1</translation>
    </message>
</context>
<context>
    <name>ReportFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire&#xa0;%1&#xa0;:&#xa0;%2</translation>
    </message>
    <message>
        <source>No file was given for the report.</source>
        <translation>Aucun fichier n’a été indiqué pour le rapport.</translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation>c’est un dossier.</translation>
    </message>
    <message>
        <source>PDF reports cannot be drawn by this program.</source>
        <translation>Ce programme ne peut pas dessiner de rapports PDF.</translation>
    </message>
</context>
<context>
    <name>ReportLoader</name>
    <message>
        <source>Sign in to an account to make a report.</source>
        <translation>Connectez-vous à un compte pour générer un rapport.</translation>
    </message>
    <message>
        <source>The organization&apos;s name could not be read.</source>
        <translation>Le nom de l’organisation n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The list of restores could not be read.</source>
        <translation>La liste des restaurations n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>The list of sites could not be read.</source>
        <translation>La liste des sites n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>There is no site &apos;%1&apos; in this organization.</source>
        <translation>Il n’y a pas de site «&#xa0;%1&#xa0;» dans cette organisation.</translation>
    </message>
    <message>
        <source>The backup policy of %1 could not be read.</source>
        <translation>La politique de sauvegarde de&#xa0;%1 n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>The snapshots of %1 could not be read.</source>
        <translation>Les snapshots de&#xa0;%1 n’ont pas pu être lus.</translation>
    </message>
</context>
<context>
    <name>ReportRequest</name>
    <message>
        <source>The report&apos;s period needs a first and a last day.</source>
        <translation>La période du rapport doit avoir un premier et un dernier jour.</translation>
    </message>
    <message>
        <source>The period starts on %1, after its last day %2.</source>
        <translation>La période commence le&#xa0;%1, après son dernier jour (%2).</translation>
    </message>
    <message>
        <source>The period starts on %1, which is in the future.</source>
        <translation>La période commence le&#xa0;%1, une date dans le futur.</translation>
    </message>
    <message>
        <source>The period is longer than %1 days; make it shorter.</source>
        <translation>La période dépasse&#xa0;%1 jours&#xa0;; raccourcissez-la.</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Backup report</source>
        <translation>Rapport de sauvegarde</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 –&#xa0;%2</translation>
    </message>
    <message>
        <source>Made on %1 with Managed Desktop.</source>
        <translation>Généré le&#xa0;%1 avec Managed Desktop.</translation>
    </message>
    <message>
        <source>Sites: %1 · Environments: %2</source>
        <translation>Sites&#xa0;:&#xa0;%1 · Environnements&#xa0;:&#xa0;%2</translation>
    </message>
    <message>
        <source>Scheduled backups: %1 of %2 taken (%3).</source>
        <translation>Sauvegardes planifiées&#xa0;:&#xa0;%1 sur&#xa0;%2 effectuées (%3).</translation>
    </message>
    <message>
        <source>No scheduled backups were due in this period.</source>
        <translation>Aucune sauvegarde planifiée n’était prévue sur cette période.</translation>
    </message>
    <message>
        <source>Manual snapshots: %1.</source>
        <translation>Snapshots manuels&#xa0;:&#xa0;%1.</translation>
    </message>
    <message>
        <source>Failed captures: %1.</source>
        <translation>Captures en échec&#xa0;:&#xa0;%1.</translation>
    </message>
    <message>
        <source>Restores: %1.</source>
        <translation>Restaurations&#xa0;:&#xa0;%1.</translation>
    </message>
    <message>
        <source>Newest backup: %1.</source>
        <translation>Sauvegarde la plus récente&#xa0;:&#xa0;%1.</translation>
    </message>
    <message>
        <source>Expected: the scheduled backups the environment&apos;s backup policy calls for in the period. Compliance: scheduled backups taken divided by those expected, at most 100%.</source>
        <translation>Attendues&#xa0;: les sauvegardes planifiées que la politique de sauvegarde de l’environnement prévoit sur la période. Conformité&#xa0;: sauvegardes planifiées effectuées divisées par celles attendues, 100&#xa0;% au plus.</translation>
    </message>
    <message>
        <source>Backups pruned since by retention still count as taken.</source>
        <translation>Les sauvegardes supprimées depuis par la rétention comptent toujours comme effectuées.</translation>
    </message>
    <message>
        <source>Restores come from the platform&apos;s list of jobs, which keeps jobs for 7 days: earlier restores are not counted.</source>
        <translation>Les restaurations proviennent de la liste des tâches de la plateforme, qui conserve les tâches 7 jours&#xa0;: les restaurations antérieures ne sont pas comptées.</translation>
    </message>
    <message>
        <source>Backups per day</source>
        <translation>Sauvegardes par jour</translation>
    </message>
    <message>
        <source>By site and environment</source>
        <translation>Par site et environnement</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiés</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuels</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendues</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Effectuées</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <source>Failed captures</source>
        <translation>Captures en échec</translation>
    </message>
    <message>
        <source>Restores</source>
        <translation>Restaurations</translation>
    </message>
    <message>
        <source>Newest backup</source>
        <translation>Sauvegarde la plus récente</translation>
    </message>
    <message>
        <source>All environments</source>
        <translation>Tous les environnements</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>Toutes les heures</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Quotidien</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage; French and German put a space before %</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 (%2 failed)</source>
        <translation>%1 (%2 en échec)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>manual snapshot</source>
        <translation>snapshot manuel</translation>
    </message>
    <message>
        <source>scheduled backup</source>
        <translation>sauvegarde planifiée</translation>
    </message>
    <message>
        <source>Restore Snapshot</source>
        <translation>Restaurer le snapshot</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <source>&amp;Follow Running Job</source>
        <translation>&amp;Suivre la tâche en cours</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Taken:</source>
        <translation>Créé&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2), %3 / %4</source>
        <translation>%1 (%2), %3 / %4</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Libellé&#xa0;:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>not in this snapshot</source>
        <translation>absent de ce snapshot</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n file(s)</source>
        <translation>
            <numerusform>%1 en %n fichier</numerusform>
            <numerusform>%1 en %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Fichiers&#xa0;:</translation>
    </message>
    <message>
        <source>What to restore</source>
        <translation>Éléments à restaurer</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Base de données</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Fichiers</translation>
    </message>
    <message>
        <source>Choose the database, the files or both.</source>
        <translation>Choisissez la base de données, les fichiers ou les deux.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Target environment</source>
        <translation>Environnement cible</translation>
    </message>
    <message>
        <source>%1 (protected)</source>
        <translation>%1 (protégé)</translation>
    </message>
    <message>
        <source>Take a &amp;safety snapshot of the target first</source>
        <translation>Créer d’abord un snapshot de &amp;sécurité de la cible</translation>
    </message>
    <message>
        <source>&amp;Into environment:</source>
        <translation>&amp;Dans l’environnement&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Please check before restoring&lt;/b&gt;</source>
        <translation>&lt;b&gt;Veuillez vérifier avant de restaurer&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Type the environment&apos;s name to confirm</source>
        <translation>Saisissez le nom de l’environnement pour confirmer</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>Progression de la restauration</translation>
    </message>
    <message>
        <source>Before restoring %1</source>
        <translation>Avant la restauration de %1</translation>
    </message>
    <message>
        <source>Safety snapshot of %1</source>
        <translation>Snapshot de sécurité de %1</translation>
    </message>
    <message>
        <source>Restore into %1</source>
        <translation>Restaurer dans %1</translation>
    </message>
    <message>
        <source>Continue in &amp;Background</source>
        <translation>Continuer en &amp;arrière-plan</translation>
    </message>
    <message>
        <source>Restore finished. %1</source>
        <translation>Restauration terminée. %1</translation>
    </message>
    <message>
        <source>Restore of %1 / %2</source>
        <translation>Restauration de %1 / %2</translation>
    </message>
    <message>
        <source>Snapshot: %1 (%2, %3)</source>
        <translation>Snapshot&#xa0;: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base de données</translation>
    </message>
    <message>
        <source>files</source>
        <translation>fichiers</translation>
    </message>
    <message>
        <source>Restored: %1</source>
        <translation>Restauré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Safety snapshot: %1</source>
        <translation>Snapshot de sécurité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Job: %1</source>
        <translation>Tâche&#xa0;: %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Identifiant de requête&#xa0;: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The environment “%1” is protected. Type its name to confirm:</source>
        <translation>L’environnement «&#xa0;%1&#xa0;» est protégé. Saisissez son nom pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>Asked to restore: %1</source>
        <translation>Restauration demandée : %1</translation>
    </message>
    <message>
        <source>Safety snapshot: “%1” (%2)</source>
        <translation>Snapshot de sécurité : « %1 » (%2)</translation>
    </message>
    <message>
        <source>Compare with Newest…</source>
        <translation>Comparer avec le plus récent…</translation>
    </message>
    <message>
        <source>See what changed between this snapshot and the newest one (%1) before restoring</source>
        <translation>Voir ce qui a changé entre ce snapshot et le plus récent (%1) avant de restaurer</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <source>Requesting a safety snapshot</source>
        <translation>Demande du snapshot de sécurité</translation>
    </message>
    <message>
        <source>Checking the safety snapshot</source>
        <translation>Vérification du snapshot de sécurité</translation>
    </message>
    <message>
        <source>The safety snapshot is not ready (%1), so the restore was not started.</source>
        <translation>Le snapshot de sécurité n’est pas prêt (%1)&#xa0;; la restauration n’a donc pas été lancée.</translation>
    </message>
    <message>
        <source>unreadable answer</source>
        <translation>réponse illisible</translation>
    </message>
    <message>
        <source>Requesting the restore</source>
        <translation>Demande de la restauration</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
    <message>
        <source>The safety snapshot failed (%1), so the restore was not started.</source>
        <translation>Le snapshot de sécurité a échoué (%1)&#xa0;; la restauration n’a donc pas été lancée.</translation>
    </message>
    <message>
        <source>The restore failed: %1</source>
        <translation>La restauration a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The session ended (signed out or another account chosen) before the restore was sent or followed. Sign in again and check the environment&apos;s jobs before trying again.</source>
        <translation>La session a pris fin (déconnexion ou autre compte choisi) avant que la restauration soit envoyée ou suivie. Reconnectez-vous et vérifiez les tâches de l’environnement avant de réessayer.</translation>
    </message>
</context>
<context>
    <name>RestoreSummary</name>
    <message>
        <source>those from %1</source>
        <translation>ceux du %1</translation>
    </message>
    <message>
        <source>the one from %1</source>
        <translation>celle du %1</translation>
    </message>
    <message>
        <source>those from the %1 snapshot of %2</source>
        <translation>ceux du snapshot (%1) du %2</translation>
    </message>
    <message>
        <source>the one from the %1 snapshot of %2</source>
        <translation>celle du snapshot (%1) du %2</translation>
    </message>
    <message>
        <source>The database and the files of %1 will be replaced by %2. Files added since then will be deleted.</source>
        <translation>La base de données et les fichiers de %1 seront remplacés par %2. Les fichiers ajoutés depuis seront supprimés.</translation>
    </message>
    <message>
        <source>The database of %1 will be replaced by %2. Files will not change.</source>
        <translation>La base de données de %1 sera remplacée par %2. Les fichiers ne changeront pas.</translation>
    </message>
    <message>
        <source>The files of %1 will be replaced by %2; files added since then will be deleted. The database will not change.</source>
        <translation>Les fichiers de %1 seront remplacés par %2&#xa0;; les fichiers ajoutés depuis seront supprimés. La base de données ne changera pas.</translation>
    </message>
    <message>
        <source>Nothing is selected: choose the database, the files or both.</source>
        <translation>Rien n’est sélectionné&#xa0;: choisissez la base de données, les fichiers ou les deux.</translation>
    </message>
    <message>
        <source>First a safety snapshot of %1 / %2 is taken as it is now; the restore starts only once it is ready, so you can go back to it.</source>
        <translation>Un snapshot de sécurité de %1 / %2 est d’abord créé dans son état actuel&#xa0;; la restauration ne démarre qu’une fois celui-ci prêt, pour que vous puissiez y revenir.</translation>
    </message>
    <message>
        <source>No safety snapshot will be taken: the current state of %1 / %2 cannot be brought back unless another snapshot has it.</source>
        <translation>Aucun snapshot de sécurité ne sera créé&#xa0;: l’état actuel de %1 / %2 ne pourra être récupéré que si un autre snapshot le contient.</translation>
    </message>
    <message>
        <source>The database and the files of %1 are now those of %2.</source>
        <translation>La base de données et les fichiers de %1 sont désormais ceux de %2.</translation>
    </message>
    <message>
        <source>The database of %1 is now the one of %2. Files did not change.</source>
        <translation>La base de données de %1 est désormais celle de %2. Les fichiers n’ont pas changé.</translation>
    </message>
    <message>
        <source>The files of %1 are now those of %2. The database did not change.</source>
        <translation>Les fichiers de %1 sont désormais ceux de %2. La base de données n’a pas changé.</translation>
    </message>
    <message>
        <source>the %1 snapshot of %2</source>
        <translation>le snapshot de %1 du %2</translation>
    </message>
</context>
<context>
    <name>SafeFileName</name>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existe déjà.</translation>
    </message>
    <message>
        <source>No free file name for %1 in %2.</source>
        <translation>Aucun nom de fichier libre pour %1 dans %2.</translation>
    </message>
    <message>
        <source>The file name is empty.</source>
        <translation>Le nom de fichier est vide.</translation>
    </message>
    <message>
        <source>%1 names a folder, not a file.</source>
        <translation>%1 désigne un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>The file name %1 contains a folder separator.</source>
        <translation>Le nom de fichier&#xa0;%1 contient un séparateur de dossier.</translation>
    </message>
    <message>
        <source>The file name contains a control character.</source>
        <translation>Le nom de fichier contient un caractère de contrôle.</translation>
    </message>
    <message>
        <source>The file name is too long (at most 250 bytes).</source>
        <translation>Le nom de fichier est trop long (250 octets au plus).</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
</context>
<context>
    <name>Sha256</name>
    <message>
        <source>The file is shorter than expected.</source>
        <translation>Le fichier est plus court que prévu.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>This is not a managed.dev API key. Keys start with mfk_live_ or mfk_test_ followed by 32 letters and digits.</source>
        <translation>Ce n’est pas une clé d’API managed.dev. Les clés commencent par mfk_live_ ou mfk_test_, suivis de 32 lettres et chiffres.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>The API key was refused: it is wrong, revoked or expired. Create a new key in the managed.dev dashboard.</source>
        <translation>La clé d’API a été refusée&#xa0;: elle est erronée, révoquée ou expirée. Créez une nouvelle clé dans le tableau de bord managed.dev.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Try the local sandbox</source>
        <translation>Essayer le bac à sable local</translation>
    </message>
    <message>
        <source>Keep the key for this session only</source>
        <translation>Conserver la clé pour cette session uniquement</translation>
    </message>
    <message>
        <source>Sign in to managed.dev</source>
        <translation>Se connecter à managed.dev</translation>
    </message>
    <message>
        <source>Connect Managed Desktop to your organization with an API key. The key is checked with the platform, then kept in your system keychain — never in a file.</source>
        <translation>Connectez Managed Desktop à votre organisation avec une clé d’API. La clé est vérifiée auprès de la plateforme, puis conservée dans le trousseau de votre système — jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Optional, e.g. “Agency production”</source>
        <translation>Facultatif, p. ex. «&#xa0;Agence production&#xa0;»</translation>
    </message>
    <message>
        <source>Account display name</source>
        <translation>Nom affiché du compte</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>URL de l’API</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>Use a mf-sandbox running on this computer (%1)</source>
        <translation>Utiliser un mf-sandbox lancé sur cet ordinateur (%1)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>&amp;URL de l’API&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d’API&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Checking the key with the platform…</source>
        <translation>Vérification de la clé auprès de la plateforme…</translation>
    </message>
    <message>
        <source>Saving the key in the keychain…</source>
        <translation>Enregistrement de la clé dans le trousseau…</translation>
    </message>
    <message>
        <source>%1… (enter the whole key)</source>
        <translation>%1… (saisissez la clé complète)</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Bac à sable local</translation>
    </message>
    <message>
        <source>Signed in. The key is kept for this session only and forgotten when you quit.</source>
        <translation>Connecté. La clé est conservée pour cette session uniquement et oubliée à la fermeture.</translation>
    </message>
    <message>
        <source>Signed in. The key is stored in your system keychain.</source>
        <translation>Connecté. La clé est enregistrée dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>Account: %1 &lt;%2&gt;
Organization: %3
Plan: %4
Key: %5… (%6)
Scopes: %7</source>
        <translation>Compte&#xa0;: %1 &lt;%2&gt;
Organisation&#xa0;: %3
Formule&#xa0;: %4
Clé&#xa0;: %5… (%6)
Portées&#xa0;: %7</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Identifiant de requête&#xa0;: %1</translation>
    </message>
    <message>
        <source>No system keychain is available, so the key cannot be stored safely. You can keep it in memory for this session only: you will be asked for it again next time.</source>
        <translation>Aucun trousseau système n’est disponible&#xa0;: la clé ne peut pas être enregistrée en sécurité. Vous pouvez la garder en mémoire pour cette session uniquement&#xa0;: elle vous sera redemandée la prochaine fois.</translation>
    </message>
    <message>
        <source>Start the sandbox with “mf-sandbox --seed demo” and paste the API key it printed. For a sandbox that is already running, “mf-sandbox keys create --data DIR” makes a new key.</source>
        <translation>Lancez le bac à sable avec «&#xa0;mf-sandbox --seed demo&#xa0;» et collez la clé d’API qu’il a affichée. Pour un bac à sable déjà lancé, «&#xa0;mf-sandbox keys create --data DOSSIER&#xa0;» crée une nouvelle clé.</translation>
    </message>
</context>
<context>
    <name>SiteListCommand</name>
    <message>
        <source>Only sites whose slug or name contains TEXT.</source>
        <translation>Uniquement les sites dont le nom court ou le nom contient TEXTE.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--filter is limited to 200 characters</source>
        <translation>--filter est limité à 200 caractères</translation>
    </message>
    <message>
        <source>No sites.</source>
        <translation>Aucun site.</translation>
    </message>
    <message>
        <source>No site matches &apos;%1&apos;.</source>
        <translation>Aucun site ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>SLUG</source>
        <translation>NOM COURT</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>RÉGION</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>FORMULE</translation>
    </message>
    <message>
        <source>ENVIRONMENTS</source>
        <translation>ENVIRONNEMENTS</translation>
    </message>
    <message>
        <source>on schedule</source>
        <translation>dans les temps</translation>
    </message>
    <message>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>obsolète</translation>
    </message>
    <message>
        <source>never backed up</source>
        <translation>jamais sauvegardé</translation>
    </message>
    <message>
        <source>protected</source>
        <translation>protégé</translation>
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
        <translation>le site (identifiant ou nom court)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No environments.</source>
        <translation>Aucun environnement.</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>ENVIRONNEMENT</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>PROTECTED</source>
        <translation>PROTÉGÉ</translation>
    </message>
    <message>
        <source>LAST SNAPSHOT</source>
        <translation>DERNIER SNAPSHOT</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>SITE</translation>
    </message>
</context>
<context>
    <name>SnapshotCatCommand</name>
    <message>
        <source>The site (id or slug).</source>
        <translation>Le site (identifiant ou slug).</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>SITE</translation>
    </message>
    <message>
        <source>the snapshot id and the path of a file</source>
        <translation>l’identifiant de l’instantané et le chemin d’un fichier</translation>
    </message>
    <message>
        <source>give the path of a file</source>
        <translation>indiquez le chemin d’un fichier</translation>
    </message>
    <message>
        <source>There is no &quot;%1&quot; in snapshot %2.</source>
        <translation>Il n’y a pas de « %1 » dans l’instantané %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file.</source>
        <translation>« %1 » n’est pas un fichier.</translation>
    </message>
    <message>
        <source>List it with &apos;mf snapshot ls&apos;.</source>
        <translation>Listez-le avec « mf snapshot ls ».</translation>
    </message>
    <message>
        <source>SNAPSHOT_ID PATH</source>
        <translation>ID_INSTANTANÉ CHEMIN</translation>
    </message>
</context>
<context>
    <name>SnapshotDiffCommand</name>
    <message>
        <source>The site (id or slug).</source>
        <translation>Le site (identifiant ou slug).</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>SITE</translation>
    </message>
    <message>
        <source>the older and the newer snapshot id</source>
        <translation>l’identifiant de l’ancien et du nouvel instantané</translation>
    </message>
    <message>
        <source>There is no snapshot &apos;%1&apos; or &apos;%2&apos; of site &apos;%3&apos;.</source>
        <translation>Il n’y a pas d’instantané « %1 » ou « %2 » du site « %3 ».</translation>
    </message>
    <message>
        <source>Files: %1 added, %2 removed, %3 changed.</source>
        <translation>Fichiers : %1 ajoutés, %2 supprimés, %3 modifiés.</translation>
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
        <translation>Base de données : absente de l’un des instantanés.</translation>
    </message>
    <message>
        <source>Database: changed, with the same tables and row counts.</source>
        <translation>Base de données : modifiée, avec les mêmes tables et nombres de lignes.</translation>
    </message>
    <message>
        <source>Database: unchanged.</source>
        <translation>Base de données : inchangée.</translation>
    </message>
    <message>
        <source>Database, tables that differ: %1.</source>
        <translation>Base de données, tables qui diffèrent : %1.</translation>
    </message>
    <message>
        <source>  + table %1  (%2 rows)</source>
        <translation>  + table %1  (%2 lignes)</translation>
    </message>
    <message>
        <source>  - table %1  (%2 rows)</source>
        <translation>  - table %1  (%2 lignes)</translation>
    </message>
    <message>
        <source>  ~ table %1  (rows %2 → %3, schema changed)</source>
        <translation>  ~ table %1  (lignes %2 → %3, schéma modifié)</translation>
    </message>
    <message>
        <source>  ~ table %1  (rows %2 → %3)</source>
        <translation>  ~ table %1  (lignes %2 → %3)</translation>
    </message>
    <message>
        <source>OLD_SNAPSHOT_ID NEW_SNAPSHOT_ID</source>
        <translation>ID_ANCIEN_INSTANTANÉ ID_NOUVEL_INSTANTANÉ</translation>
    </message>
</context>
<context>
    <name>SnapshotDownloadCommand</name>
    <message>
        <source>The site (id or slug).</source>
        <translation>Le site (identifiant ou nom court).</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>SITE</translation>
    </message>
    <message>
        <source>Only the database.</source>
        <translation>Uniquement la base de données.</translation>
    </message>
    <message>
        <source>Only the files.</source>
        <translation>Uniquement les fichiers.</translation>
    </message>
    <message>
        <source>Where to write: a folder (the server&apos;s file name is used) or a file name. Default: the current folder.</source>
        <translation>Où écrire&#xa0;: un dossier (le nom de fichier du serveur est utilisé) ou un nom de fichier. Par défaut&#xa0;: le dossier courant.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>Replace the file named by --output if it exists.</source>
        <translation>Remplacer le fichier désigné par --output s’il existe.</translation>
    </message>
    <message>
        <source>the snapshot id</source>
        <translation>l’identifiant du snapshot</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <source>Resuming %1 at %2.</source>
        <translation>Reprise de %1 à %2.</translation>
    </message>
    <message>
        <source>Requesting the archive…</source>
        <translation>Demande de l’archive…</translation>
    </message>
    <message>
        <source>Paused with %1 downloaded. Run the same command again to resume.</source>
        <translation>En pause avec %1 téléchargés. Relancez la même commande pour reprendre.</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>Downloading %1  %2%  %3 of %4</source>
        <translation>Téléchargement de %1  %2&#xa0;%  %3 sur %4</translation>
    </message>
    <message>
        <source>Downloaded %1 (%2), SHA-256 verified.</source>
        <translation>%1 téléchargé (%2), SHA-256 vérifié.</translation>
    </message>
    <message>
        <source>What was downloaded is kept; run the same command again to resume.</source>
        <translation>Ce qui a été téléchargé est conservé&#xa0;; relancez la même commande pour reprendre.</translation>
    </message>
    <message>
        <source>Choose another --output, or add --force to replace it.</source>
        <translation>Choisissez un autre --output, ou ajoutez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>SNAPSHOT_ID</source>
        <translation>ID_SNAPSHOT</translation>
    </message>
    <message>
        <source>Then unpack the verified archive into DIR (new or empty) and check every component against its manifest.</source>
        <translation>Puis décompresser l’archive vérifiée dans DOSSIER (nouveau ou vide) et contrôler chaque composant d’après son manifeste.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>Extracting into %1…</source>
        <translation>Décompression dans %1…</translation>
    </message>
    <message>
        <source>The verified archive is kept as %1.</source>
        <translation>L’archive vérifiée est conservée sous %1.</translation>
    </message>
    <message numerus="yes">
        <source>Extracted %n entries into %1; checked against the archive&apos;s manifest: %2.</source>
        <translation>
            <numerusform>%n entrée décompressée dans %1&#xa0;; contrôlé d’après le manifeste de l’archive&#xa0;: %2.</numerusform>
            <numerusform>%n entrées décompressées dans %1&#xa0;; contrôlé d’après le manifeste de l’archive&#xa0;: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnapshotFetch</name>
    <message>
        <source>&quot;%1&quot; is not a snapshot id.</source>
        <translation>« %1 » n’est pas un identifiant d’instantané.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The archive of snapshot %1 cannot be downloaded here.</source>
        <translation>L’archive de l’instantané %1 ne peut pas être téléchargée ici.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Could not move the archive into the cache at %1.</source>
        <translation>Impossible de déplacer l’archive dans le cache à %1.</translation>
    </message>
    <message>
        <source>The download of snapshot %1 was cancelled.</source>
        <translation>Le téléchargement de l’instantané %1 a été annulé.</translation>
    </message>
</context>
<context>
    <name>SnapshotHistoryCommand</name>
    <message>
        <source>The site (id or slug).</source>
        <translation>Le site (identifiant ou slug).</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>SITE</translation>
    </message>
    <message>
        <source>The environment.</source>
        <translation>L’environnement.</translation>
    </message>
    <message>
        <source>ENV</source>
        <translation>ENV</translation>
    </message>
    <message>
        <source>Look at the newest N ready snapshots (default 10).</source>
        <translation>Examiner les N instantanés prêts les plus récents (10 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Only snapshots indexed already: download nothing.</source>
        <translation>Seulement les instantanés déjà indexés : ne rien télécharger.</translation>
    </message>
    <message>
        <source>the path</source>
        <translation>le chemin</translation>
    </message>
    <message>
        <source>--last must be a number from 1 to 1000</source>
        <translation>--last doit être un nombre de 1 à 1000</translation>
    </message>
    <message>
        <source>Environment &apos;%1&apos; of site &apos;%2&apos; has no ready snapshots.</source>
        <translation>L’environnement « %1 » du site « %2 » n’a aucun instantané prêt.</translation>
    </message>
    <message>
        <source>None of these snapshots is indexed yet; run without --cached to index them.</source>
        <translation>Aucun de ces instantanés n’est encore indexé ; lancez sans --cached pour les indexer.</translation>
    </message>
    <message>
        <source>SNAPSHOT</source>
        <translation>INSTANTANÉ</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CRÉÉ</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAILLE</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>CHANGEMENT</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>same</source>
        <translation>identique</translation>
    </message>
    <message>
        <source>Not indexed yet: %1 of %2 snapshots.</source>
        <translation>Pas encore indexés : %1 instantanés sur %2.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
</context>
<context>
    <name>SnapshotIndex</name>
    <message>
        <source>The index is incomplete.</source>
        <translation>L’index est incomplet.</translation>
    </message>
    <message>
        <source>The index %1 cannot be read: %2</source>
        <translation>L’index %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>it does not exist.</source>
        <translation>il n’existe pas.</translation>
    </message>
    <message>
        <source>it was made by another version (format %1).</source>
        <translation>il a été créé par une autre version (format %1).</translation>
    </message>
</context>
<context>
    <name>SnapshotListCommand</name>
    <message>
        <source>The site (id or slug).</source>
        <translation>Le site (identifiant ou nom court).</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>SITE</translation>
    </message>
    <message>
        <source>Only this environment.</source>
        <translation>Uniquement cet environnement.</translation>
    </message>
    <message>
        <source>ENV</source>
        <translation>ENV</translation>
    </message>
    <message>
        <source>Only manual or scheduled snapshots.</source>
        <translation>Uniquement les snapshots manuels ou planifiés.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>Only pending, capturing, ready, failed or expired ones.</source>
        <translation>Uniquement ceux en attente, en capture, prêts, en échec ou expirés.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>--kind must be manual or scheduled</source>
        <translation>--kind doit valoir manual ou scheduled</translation>
    </message>
    <message>
        <source>--status must be one of %1</source>
        <translation>--status doit valoir l’une de ces valeurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>No snapshots.</source>
        <translation>Aucun snapshot.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>ENVIRONNEMENT</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CRÉÉ</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAILLE</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>EXPIRE</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>LIBELLÉ</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Site %1 has no environment &apos;%2&apos; (or this key cannot see the site).</source>
        <translation>Le site %1 n’a pas d’environnement «&#xa0;%2&#xa0;» (ou cette clé ne voit pas le site).</translation>
    </message>
    <message>
        <source>List the sites with &apos;mf site list&apos;.</source>
        <translation>Listez les sites avec «&#xa0;mf site list&#xa0;».</translation>
    </message>
</context>
<context>
    <name>SnapshotLoader</name>
    <message>
        <source>Signed out: sign in again to look inside this snapshot.</source>
        <translation>Déconnecté : reconnectez-vous pour regarder dans ce snapshot.</translation>
    </message>
    <message>
        <source>Reading the archive’s contents…</source>
        <translation>Lecture du contenu de l’archive…</translation>
    </message>
    <message>
        <source>Downloading the archive: %1 of %2</source>
        <translation>Téléchargement de l’archive : %1 sur %2</translation>
    </message>
    <message>
        <source>Downloading the archive: %1</source>
        <translation>Téléchargement de l’archive : %1</translation>
    </message>
    <message>
        <source>The snapshot could not be read.</source>
        <translation>Le snapshot n’a pas pu être lu.</translation>
    </message>
</context>
<context>
    <name>SnapshotLsCommand</name>
    <message>
        <source>The site (id or slug).</source>
        <translation>Le site (identifiant ou slug).</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>SITE</translation>
    </message>
    <message>
        <source>expected the snapshot id and at most one path</source>
        <translation>attendu : l’identifiant de l’instantané et au plus un chemin</translation>
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
        <translation>Il n’y a pas de « %1 » dans l’instantané %2.</translation>
    </message>
    <message>
        <source>List its parent folder to see what is there.</source>
        <translation>Listez son dossier parent pour voir ce qu’il contient.</translation>
    </message>
    <message>
        <source>The folder is empty.</source>
        <translation>Le dossier est vide.</translation>
    </message>
    <message>
        <source>This snapshot has no such component.</source>
        <translation>Cet instantané n’a pas ce composant.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAILLE</translation>
    </message>
    <message>
        <source>MODIFIED</source>
        <translation>MODIFIÉ</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>TABLE</translation>
    </message>
    <message>
        <source>ROWS</source>
        <translation>LIGNES</translation>
    </message>
    <message>
        <source>SNAPSHOT_ID [PATH]</source>
        <translation>ID_INSTANTANÉ [CHEMIN]</translation>
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
        <translation>Seulement les snapshots où les fichiers ont changé</translation>
    </message>
    <message>
        <source>Show only the snapshots whose files differ from the snapshot before, told from the checksums without downloading anything</source>
        <translation>N’afficher que les snapshots dont les fichiers diffèrent du précédent, d’après les sommes de contrôle, sans rien télécharger</translation>
    </message>
</context>
<context>
    <name>SnapshotRestoreCommand</name>
    <message>
        <source>The site (id or slug).</source>
        <translation>Le site (identifiant ou nom court).</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>SITE</translation>
    </message>
    <message>
        <source>Restore the database (alone, unless --files is given too).</source>
        <translation>Restaurer la base de données (seule, sauf si --files est aussi indiqué).</translation>
    </message>
    <message>
        <source>Restore the files (alone, unless --db is given too).</source>
        <translation>Restaurer les fichiers (seuls, sauf si --db est aussi indiqué).</translation>
    </message>
    <message>
        <source>Restore into this environment of the site (default: the snapshot&apos;s own).</source>
        <translation>Restaurer dans cet environnement du site (par défaut&#xa0;: celui du snapshot).</translation>
    </message>
    <message>
        <source>ENV</source>
        <translation>ENV</translation>
    </message>
    <message>
        <source>First take a snapshot of the target and wait until it is ready.</source>
        <translation>Créer d’abord un snapshot de la cible et attendre qu’il soit prêt.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation, even for a protected environment.</source>
        <translation>Ne pas demander de confirmation, même pour un environnement protégé.</translation>
    </message>
    <message>
        <source>Wait until the restore has finished (progress on a terminal).</source>
        <translation>Attendre la fin de la restauration (progression dans le terminal).</translation>
    </message>
    <message>
        <source>the snapshot id</source>
        <translation>l’identifiant du snapshot</translation>
    </message>
    <message>
        <source>Snapshot %1 is %2: only a ready snapshot can be restored.</source>
        <translation>Le snapshot %1 est %2&#xa0;: seul un snapshot prêt peut être restauré.</translation>
    </message>
    <message>
        <source>Site %1 has no environment named &apos;%2&apos;.</source>
        <translation>Le site %1 n’a pas d’environnement nommé «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 of %2 is a protected environment and there is no terminal to confirm on. Nothing was restored.</source>
        <translation>%1 de %2 est un environnement protégé et aucun terminal ne permet de confirmer. Rien n’a été restauré.</translation>
    </message>
    <message>
        <source>Add --yes to restore into it from a script.</source>
        <translation>Ajoutez --yes pour y restaurer depuis un script.</translation>
    </message>
    <message>
        <source>Restore the %1 of snapshot %2 (%3, taken %4)</source>
        <translation>Restaurer %1 du snapshot %2 (%3, créé %4)</translation>
    </message>
    <message>
        <source>, labelled &quot;%1&quot;</source>
        <translation>, libellé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>into %1 of %2, a PROTECTED environment. Its current %3 will be replaced.</source>
        <translation>dans %1 de %2, un environnement PROTÉGÉ. Son contenu actuel (%3) sera remplacé.</translation>
    </message>
    <message>
        <source>Type the environment name (%1) to confirm: </source>
        <translation>Saisissez le nom de l’environnement (%1) pour confirmer&#xa0;: </translation>
    </message>
    <message>
        <source>The name did not match. Nothing was restored.</source>
        <translation>Le nom ne correspond pas. Rien n’a été restauré.</translation>
    </message>
    <message>
        <source>Before restoring %1</source>
        <translation>Avant la restauration de %1</translation>
    </message>
    <message>
        <source>Restoring into %1  %2%  %3</source>
        <translation>Restauration dans %1  %2&#xa0;%  %3</translation>
    </message>
    <message>
        <source>Safety snapshot %1 of %2 is ready.</source>
        <translation>Le snapshot de sécurité %1 de %2 est prêt.</translation>
    </message>
    <message>
        <source>Requesting the restore…</source>
        <translation>Demande de la restauration…</translation>
    </message>
    <message>
        <source>Restore of the %1 of %2 into %3/%4 was accepted (job %5).</source>
        <translation>La restauration (%1) de %2 dans %3/%4 a été acceptée (tâche %5).</translation>
    </message>
    <message>
        <source>Follow it with &apos;mf job watch %1&apos;.</source>
        <translation>Suivez-la avec «&#xa0;mf job watch %1&#xa0;».</translation>
    </message>
    <message>
        <source>Restored the %1 of %2 into %3/%4 (job %5).</source>
        <translation>Restauration (%1) de %2 dans %3/%4 effectuée (tâche %5).</translation>
    </message>
    <message>
        <source>The restore may already have been accepted; check with &apos;mf job list --running&apos;.</source>
        <translation>La restauration a peut-être déjà été acceptée&#xa0;; vérifiez avec «&#xa0;mf job list --running&#xa0;».</translation>
    </message>
    <message>
        <source>The restore was already accepted and goes on; follow it with &apos;mf job watch %1&apos;.</source>
        <translation>La restauration a déjà été acceptée et continue&#xa0;; suivez-la avec «&#xa0;mf job watch %1&#xa0;».</translation>
    </message>
    <message>
        <source>SNAPSHOT_ID</source>
        <translation>ID_SNAPSHOT</translation>
    </message>
    <message>
        <source>Site %1 has no snapshot %2 or no environment &apos;%3&apos; (or this key cannot see the site).</source>
        <translation>Le site %1 n’a pas de snapshot %2 ou pas d’environnement «&#xa0;%3&#xa0;» (ou cette clé ne voit pas le site).</translation>
    </message>
    <message>
        <source>List them with &apos;mf snapshot list --site %1&apos;.</source>
        <translation>Listez-les avec «&#xa0;mf snapshot list --site %1&#xa0;».</translation>
    </message>
    <message>
        <source>Restore into %1/%2 was accepted (job %3); waiting for it to end.</source>
        <translation>La restauration dans %1/%2 a été acceptée (tâche %3)&#xa0;; attente de sa fin.</translation>
    </message>
</context>
<context>
    <name>SnapshotShowCommand</name>
    <message>
        <source>The site (id or slug).</source>
        <translation>Le site (identifiant ou nom court).</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>SITE</translation>
    </message>
    <message>
        <source>the snapshot id</source>
        <translation>l’identifiant du snapshot</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n file</source>
        <translation>
            <numerusform>%1 dans %n fichier</numerusform>
            <numerusform>%1 dans %n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n files</source>
        <translation>
            <numerusform>%1 dans %n fichier</numerusform>
            <numerusform>%1 dans %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, sha256 %2</source>
        <translation>%1, SHA-256 %2</translation>
    </message>
    <message>
        <source>List them with &apos;mf snapshot list --site %1&apos;.</source>
        <translation>Listez-les avec « mf snapshot list --site %1 ».</translation>
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
        <translation>Site</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Archive size</source>
        <translation>Taille de l’archive</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>the backup schedule</source>
        <translation>le calendrier de sauvegarde</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Créé par</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>SNAPSHOT_ID</source>
        <translation>ID_SNAPSHOT</translation>
    </message>
</context>
<context>
    <name>SnapshotTableModel</name>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Créé par</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservé</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message numerus="yes">
        <source>%n file</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Database and files</source>
        <translation>Base et fichiers</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Aucun changement</translation>
    </message>
    <message>
        <source>Database: changed since the snapshot before</source>
        <translation>Base de données : modifiée depuis le snapshot précédent</translation>
    </message>
    <message>
        <source>Database: unchanged (same checksum as the snapshot before)</source>
        <translation>Base de données : inchangée (même somme de contrôle que le snapshot précédent)</translation>
    </message>
    <message>
        <source>Database: unknown (no earlier snapshot with a database to compare with)</source>
        <translation>Base de données : inconnu (aucun snapshot antérieur avec une base à comparer)</translation>
    </message>
    <message>
        <source>Files: changed since the snapshot before</source>
        <translation>Fichiers : modifiés depuis le snapshot précédent</translation>
    </message>
    <message>
        <source>Files: unchanged (same checksum as the snapshot before)</source>
        <translation>Fichiers : inchangés (même somme de contrôle que le snapshot précédent)</translation>
    </message>
    <message>
        <source>Files: unknown (no earlier snapshot with files to compare with)</source>
        <translation>Fichiers : inconnu (aucun snapshot antérieur avec des fichiers à comparer)</translation>
    </message>
</context>
<context>
    <name>SnapshotTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>Contient</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>rows unknown</source>
        <translation>lignes inconnues</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>link to %1</source>
        <translation>lien vers %1</translation>
    </message>
</context>
<context>
    <name>TakeSnapshotDialog</name>
    <message>
        <source>Take Snapshot</source>
        <translation>Créer un snapshot</translation>
    </message>
    <message>
        <source>Take a snapshot of &lt;b&gt;%1 / %2&lt;/b&gt;</source>
        <translation>Créer un snapshot de &lt;b&gt;%1 / %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The database and the files are captured as they are now. The snapshot appears in the timeline at once as pending and becomes ready when the capture has finished; the Jobs panel shows its progress.</source>
        <translation>La base de données et les fichiers sont capturés dans leur état actuel. Le snapshot apparaît aussitôt dans la chronologie comme en attente et devient prêt à la fin de la capture&#xa0;; le panneau Tâches affiche sa progression.</translation>
    </message>
    <message>
        <source>Optional, e.g. Before updating plugins</source>
        <translation>Facultatif, p. ex. Avant la mise à jour des extensions</translation>
    </message>
    <message>
        <source>Snapshot label</source>
        <translation>Libellé du snapshot</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Take Snapshot</source>
        <translation>&amp;Créer le snapshot</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Requesting…</source>
        <translation>Demande en cours…</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Follow Running Job</source>
        <translation>&amp;Suivre la tâche en cours</translation>
    </message>
    <message>
        <source>The session ended (signed out or another account chosen): nothing was requested. Sign in again and take the snapshot from there.</source>
        <translation>La session a pris fin (déconnexion ou autre compte choisi)&#xa0;: rien n’a été demandé. Reconnectez-vous et prenez le snapshot depuis là.</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Snapshot timeline</source>
        <translation>Chronologie des snapshots</translation>
    </message>
    <message>
        <source>Scroll the timeline</source>
        <translation>Faire défiler la chronologie</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiés</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuels</translation>
    </message>
    <message>
        <source>No snapshots yet</source>
        <translation>Aucun snapshot pour l’instant</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>%1 snapshot</source>
        <translation>Snapshot %1</translation>
    </message>
    <message>
        <source>%1 snapshot “%2”</source>
        <translation>Snapshot %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>Created: %1 (%2)</source>
        <translation>Créé&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Taille&#xa0;: %1</translation>
    </message>
    <message>
        <source>Expires: %1 (%2)</source>
        <translation>Expire&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Kept until deleted</source>
        <translation>Conservé jusqu’à suppression</translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation>Par&#xa0;: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot</source>
        <translation>
            <numerusform>%n snapshot</numerusform>
            <numerusform>%n snapshots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snapshots</source>
        <translation>
            <numerusform>%n snapshot</numerusform>
            <numerusform>%n snapshots</numerusform>
        </translation>
    </message>
    <message>
        <source>Database changed since the snapshot before</source>
        <translation>Base de données modifiée depuis le snapshot précédent</translation>
    </message>
    <message>
        <source>Files changed since the snapshot before</source>
        <translation>Fichiers modifiés depuis le snapshot précédent</translation>
    </message>
</context>
<context>
    <name>TransferInfo</name>
    <message>
        <source>Queued</source>
        <translation>En file d’attente</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>TransfersModel</name>
    <message>
        <source>database</source>
        <translation>base de données</translation>
    </message>
    <message>
        <source>files</source>
        <translation>fichiers</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1
Request id: %2</source>
        <translation>%1
Identifiant de requête&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Time Left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>%1: %2 (request id %3)</source>
        <translation>%1 : %2 (identifiant de requête %3)</translation>
    </message>
    <message>
        <source>%1
SHA-256: %2</source>
        <translation>%1
SHA-256&#xa0;: %2</translation>
    </message>
    <message>
        <source>Completed, SHA-256 verified</source>
        <translation>Terminé, SHA-256 vérifié</translation>
    </message>
</context>
<context>
    <name>TransfersPanel</name>
    <message>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>&amp;Extract to Folder…</source>
        <translation>&amp;Extraire dans un dossier…</translation>
    </message>
    <message>
        <source>C&amp;lear Finished</source>
        <translation>Effacer les &amp;terminés</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <source>No downloads. Select a ready snapshot and choose Download (Ctrl+Shift+D).</source>
        <translation>Aucun téléchargement. Sélectionnez un snapshot prêt et choisissez Télécharger (Ctrl+Shift+D).</translation>
    </message>
    <message>
        <source>Extract Into Folder</source>
        <translation>Extraire dans un dossier</translation>
    </message>
    <message>
        <source>Extracting %1 into %2…</source>
        <translation>Extraction de %1 dans %2…</translation>
    </message>
    <message>
        <source>Extracting: %1 (%2%)</source>
        <translation>Extraction&#xa0;: %1 (%2&#xa0;%)</translation>
    </message>
    <message>
        <source>The extraction was stopped.</source>
        <translation>L’extraction a été arrêtée.</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base de données</translation>
    </message>
    <message>
        <source>files</source>
        <translation>fichiers</translation>
    </message>
    <message>
        <source>Extracted into %1. Checked against the manifest: %2.</source>
        <translation>Extrait dans %1. Vérifié par rapport au manifeste&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Nothing was extracted into %1: %2</source>
        <translation>Rien n’a été extrait dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Download &amp;Again</source>
        <translation>&amp;Télécharger à nouveau</translation>
    </message>
</context>
<context>
    <name>TrayMode</name>
    <message>
        <source>&amp;Show Managed Desktop</source>
        <translation>A&amp;fficher Managed Desktop</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Actualiser maintenant</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>the notification area&apos;s balloons</source>
        <translation>les bulles de la zone de notification</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Snapshots and backups for the managed.dev platform.</source>
        <translation>Snapshots et sauvegardes pour la plateforme managed.dev.</translation>
    </message>
    <message>
        <source>Sign in to the API at &lt;url&gt; with the key in MF_API_KEY, without a dialog.</source>
        <translation>Se connecter sans boîte de dialogue à l’API située à &lt;url&gt; avec la clé de MF_API_KEY.</translation>
    </message>
    <message>
        <source>MF_API_KEY is not set: enter the key for %1.</source>
        <translation>MF_API_KEY n’est pas défini&#xa0;: saisissez la clé pour %1.</translation>
    </message>
    <message>
        <source>Start in the notification area without showing the window, when tray mode is on.</source>
        <translation>Démarrer dans la zone de notification sans afficher la fenêtre, quand le mode zone de notification est actif.</translation>
    </message>
</context>
</TS>
