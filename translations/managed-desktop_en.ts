<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActionController</name>
    <message numerus="yes">
        <source>Take Snapshots of %n Environment(s)…</source>
        <translation>
            <numerusform>Take Snapshots of %n Environment…</numerusform>
            <numerusform>Take Snapshots of %n Environments…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n snapshot(s) taken.</source>
        <translation>
            <numerusform>%1 of %n snapshot taken.</numerusform>
            <numerusform>%1 of %n snapshots taken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnouncementText</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n production environment(s) fell behind</source>
        <translation>
            <numerusform>%n production environment fell behind</numerusform>
            <numerusform>%n production environments fell behind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s) fell behind</source>
        <translation>
            <numerusform>%n environment fell behind</numerusform>
            <numerusform>%n environments fell behind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) failed</source>
        <translation>
            <numerusform>%n snapshot failed</numerusform>
            <numerusform>%n snapshots failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restore(s) ended, some failed</source>
        <translation>
            <numerusform>%n restore ended, and failed</numerusform>
            <numerusform>%n restores ended, some failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restore(s) finished</source>
        <translation>
            <numerusform>%n restore finished</numerusform>
            <numerusform>%n restores finished</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backup digest: %n environment(s) need attention</source>
        <translation>
            <numerusform>Backup digest: %n environment needs attention</numerusform>
            <numerusform>Backup digest: %n environments need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) failed in the last 24 hours.</source>
        <translation>
            <numerusform>%n snapshot failed in the last 24 hours.</numerusform>
            <numerusform>%n snapshots failed in the last 24 hours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveIndexer</name>
    <message numerus="yes">
        <source>The archive has more than %n entries, too many to index.</source>
        <translation>
            <numerusform>The archive has more than %n entry, too many to index.</numerusform>
            <numerusform>The archive has more than %n entries, too many to index.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupPolicyCommand</name>
    <message numerus="yes">
        <source>%n scheduled snapshot</source>
        <translation>
            <numerusform>%n scheduled snapshot</numerusform>
            <numerusform>%n scheduled snapshot</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled snapshots</source>
        <translation>
            <numerusform>%n scheduled snapshots</numerusform>
            <numerusform>%n scheduled snapshots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n days</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkBackupCommand</name>
    <message numerus="yes">
        <source>Taking a snapshot of %n environment(s); if this is interrupted, the same command continues the run.</source>
        <translation>
            <numerusform>Taking a snapshot of %n environment; if this is interrupted, the same command continues the run.</numerusform>
            <numerusform>Taking a snapshot of %n environments; if this is interrupted, the same command continues the run.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n environment(s) got their snapshot.</source>
        <translation>
            <numerusform>%1 of %n environment got their snapshot.</numerusform>
            <numerusform>%1 of %n environments got their snapshot.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopping: no new captures; following the %n already started (Ctrl-C again to stop waiting).</source>
        <translation>
            <numerusform>Stopping: no new captures; following the %n already started (Ctrl-C again to stop waiting).</numerusform>
            <numerusform>Stopping: no new captures; following the %n already started (Ctrl-C again to stop waiting).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkSnapshotDialog</name>
    <message numerus="yes">
        <source>A snapshot will be taken of each of these %n environment(s).</source>
        <translation>
            <numerusform>A snapshot will be taken of each of these %n environment.</numerusform>
            <numerusform>A snapshot will be taken of each of these %n environments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Take %n Snapshot(s)</source>
        <translation>
            <numerusform>&amp;Take %n Snapshot</numerusform>
            <numerusform>&amp;Take %n Snapshots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n snapshot(s) are taken at the same time.</source>
        <translation>
            <numerusform>At most %n snapshot is taken at the same time.</numerusform>
            <numerusform>At most %n snapshots are taken at the same time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Taking a snapshot of each of these %n environment(s).</source>
        <translation>
            <numerusform>Taking a snapshot of each of these %n environment.</numerusform>
            <numerusform>Taking a snapshot of each of these %n environments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n done</source>
        <translation>
            <numerusform>%1 of %n done</numerusform>
            <numerusform>%1 of %n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The selected environments (%n)</source>
        <translation>
            <numerusform>The selected environment (%n)</numerusform>
            <numerusform>The selected environments (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All production environments (%n)</source>
        <translation>
            <numerusform>All production environments (%n)</numerusform>
            <numerusform>All production environments (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Late or stale environments (%n)</source>
        <translation>
            <numerusform>Late or stale environments (%n)</numerusform>
            <numerusform>Late or stale environments (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sites on the %1 plan (%n environment(s))</source>
        <translation>
            <numerusform>Sites on the %1 plan (%n environment)</numerusform>
            <numerusform>Sites on the %1 plan (%n environments)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownloadDialog</name>
    <message numerus="yes">
        <source>&amp;Files (%1 in %n file(s))</source>
        <translation>
            <numerusform>&amp;Files (%1 in %n file)</numerusform>
            <numerusform>&amp;Files (%1 in %n files)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnvironmentView</name>
    <message numerus="yes">
        <source>%n environment</source>
        <translation>
            <numerusform>%n environment</numerusform>
            <numerusform>%n environment</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n environments</source>
        <translation>
            <numerusform>%n environments</numerusform>
            <numerusform>%n environments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message numerus="yes">
        <source>Too many requests were made with this API key. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Too many requests were made with this API key. Wait %n second and try again.</numerusform>
            <numerusform>Too many requests were made with this API key. Wait %n seconds and try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many requests (HTTP 429). Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Too many requests (HTTP 429). Wait %n second and try again.</numerusform>
            <numerusform>Too many requests (HTTP 429). Wait %n seconds and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExplorerDialog</name>
    <message numerus="yes">
        <source>The first %n match(es) are shown; type more to narrow the search.</source>
        <translation>
            <numerusform>The first %n match is shown; type more to narrow the search.</numerusform>
            <numerusform>The first %n matches are shown; type more to narrow the search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n file(s)</source>
        <translation>
            <numerusform>%1 in %n file</numerusform>
            <numerusform>%1 in %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) (%1) to %2</source>
        <translation>
            <numerusform>Saved %n file (%1) to %2</numerusform>
            <numerusform>Saved %n files (%1) to %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetModel</name>
    <message numerus="yes">
        <source>%n environment</source>
        <translation>
            <numerusform>%n environment</numerusform>
            <numerusform>%n environment</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n environments</source>
        <translation>
            <numerusform>%n environments</numerusform>
            <numerusform>%n environments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetView</name>
    <message numerus="yes">
        <source>All %n production environments are on schedule</source>
        <translation>
            <numerusform>The %n production environment is on schedule</numerusform>
            <numerusform>All %n production environments are on schedule</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n production environment is behind its schedule</source>
        <translation>
            <numerusform>%n production environment is behind its schedule</numerusform>
            <numerusform>%n production environments are behind their schedule</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n production environments are behind their schedule</source>
        <translation>
            <numerusform>%n production environment is behind its schedule</numerusform>
            <numerusform>%n production environments are behind their schedule</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n has never been backed up</source>
        <translation>
            <numerusform>%n has never been backed up</numerusform>
            <numerusform>%n have never been backed up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n have never been backed up</source>
        <translation>
            <numerusform>%n has never been backed up</numerusform>
            <numerusform>%n have never been backed up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n production environment has never been backed up</source>
        <translation>
            <numerusform>%n production environment has never been backed up</numerusform>
            <numerusform>%n production environments have never been backed up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n production environments have never been backed up</source>
        <translation>
            <numerusform>%n production environment has never been backed up</numerusform>
            <numerusform>%n production environments have never been backed up</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message numerus="yes">
        <source>%n minute ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minute ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>%n minutes ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute</source>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minutes</source>
        <translation>
            <numerusform>in %n minutes</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hour ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>%n hours ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hours</source>
        <translation>
            <numerusform>in %n hours</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n day ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n days ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n days</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week ago</source>
        <translation>
            <numerusform>%n week ago</numerusform>
            <numerusform>%n week ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks ago</source>
        <translation>
            <numerusform>%n weeks ago</numerusform>
            <numerusform>%n weeks ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n week</source>
        <translation>
            <numerusform>in %n week</numerusform>
            <numerusform>in %n week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n weeks</source>
        <translation>
            <numerusform>in %n weeks</numerusform>
            <numerusform>in %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n month ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months ago</source>
        <translation>
            <numerusform>%n months ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n month</source>
        <translation>
            <numerusform>in %n month</numerusform>
            <numerusform>in %n month</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n months</source>
        <translation>
            <numerusform>in %n months</numerusform>
            <numerusform>in %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n year ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation>
            <numerusform>%n years ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n year</source>
        <translation>
            <numerusform>in %n year</numerusform>
            <numerusform>in %n year</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n years</source>
        <translation>
            <numerusform>in %n years</numerusform>
            <numerusform>in %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n byte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n bytes</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n restore(s) wait for a safety snapshot and have not been sent yet: the safety snapshots are still taken, but the restores would not be sent.</source>
        <translation>
            <numerusform>%n restore waits for a safety snapshot and has not been sent yet: the safety snapshot is still taken, but the restore would not be sent.</numerusform>
            <numerusform>%n restores wait for a safety snapshot and have not been sent yet: the safety snapshots are still taken, but the restores would not be sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PathHistoryDialog</name>
    <message numerus="yes">
        <source>%n indexed snapshot(s) looked at</source>
        <translation>
            <numerusform>%n indexed snapshot looked at</numerusform>
            <numerusform>%n indexed snapshots looked at</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n index(es) could not be read and will be built again.</source>
        <translation>
            <numerusform>%n index could not be read and will be built again.</numerusform>
            <numerusform>%n indexes could not be read and will be built again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PolicyPanel</name>
    <message numerus="yes">
        <source>%n day after capture</source>
        <translation>
            <numerusform>%n day after capture</numerusform>
            <numerusform>%n day after capture</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days after capture</source>
        <translation>
            <numerusform>%n days after capture</numerusform>
            <numerusform>%n days after capture</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n</source>
        <translation>
            <numerusform>At most %n</numerusform>
            <numerusform>At most %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <source>%1 in %n file(s)</source>
        <translation>
            <numerusform>%1 in %n file</numerusform>
            <numerusform>%1 in %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnapshotDownloadCommand</name>
    <message numerus="yes">
        <source>Extracted %n entries into %1; checked against the archive&apos;s manifest: %2.</source>
        <translation>
            <numerusform>Extracted %n entry into %1; checked against the archive&apos;s manifest: %2.</numerusform>
            <numerusform>Extracted %n entries into %1; checked against the archive&apos;s manifest: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnapshotShowCommand</name>
    <message numerus="yes">
        <source>%1 in %n file</source>
        <translation>
            <numerusform>%1 in %n file</numerusform>
            <numerusform>%1 in %n file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n files</source>
        <translation>
            <numerusform>%1 in %n files</numerusform>
            <numerusform>%1 in %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnapshotTableModel</name>
    <message numerus="yes">
        <source>%n file</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n files</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnapshotTreeModel</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
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
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message numerus="yes">
        <source>%n snapshot</source>
        <translation>
            <numerusform>%n snapshot</numerusform>
            <numerusform>%n snapshot</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snapshots</source>
        <translation>
            <numerusform>%n snapshots</numerusform>
            <numerusform>%n snapshots</numerusform>
        </translation>
    </message>
</context>
</TS>
