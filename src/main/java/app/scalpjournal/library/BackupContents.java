package app.scalpjournal.library;

import app.scalpjournal.text.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a backup archive must hold before anything is unpacked: a Scalp Journal manifest this version
 * reads, and exactly the files it lists (journal.db and originals named by their hash), no more.
 */
final class BackupContents {
    private static final Pattern ORIGINAL = Pattern.compile("originals/([0-9a-f]{2})/([0-9a-f]{64})\\.([a-z0-9]{1,10})");

    private BackupContents() {
    }

    /** The archive's manifest, refused when missing, unreadable, another app's or from a newer version. */
    static BackupManifest manifest(SafeArchive archive, ArchiveLimits limits) {
        Path zip = archive.source();
        if (!archive.fileNames().contains(BackupManifest.FILE_NAME)) {
            throw SafeArchive.refused(zip, Messages.get("archive.refused.noManifest"));
        }
        BackupManifest manifest;
        try {
            manifest = BackupManifest.parse(archive.read(BackupManifest.FILE_NAME, limits.maxManifestBytes()));
        } catch (IOException e) {
            throw SafeArchive.refused(zip, Messages.get("archive.refused.manifestUnreadable", e.getMessage().lines().findFirst().orElse("")));
        }
        if (!BackupManifest.APP.equals(manifest.app()) || manifest.database() == null) {
            throw SafeArchive.refused(zip, Messages.get("archive.refused.notManifest"));
        }
        if (manifest.format() > BackupManifest.FORMAT || manifest.schemaVersion() > Migrations.latestVersion()) {
            throw SafeArchive.refused(zip, Messages.get("archive.refused.newer", manifest.appVersion(),
                    String.valueOf(manifest.schemaVersion()), String.valueOf(Migrations.latestVersion())));
        }
        return manifest;
    }

    /** Every file the manifest lists, keyed by path; the archive must hold exactly these and the manifest. */
    static Map<String, BackupManifest.FileEntry> expectedFiles(SafeArchive archive, BackupManifest manifest) {
        Path zip = archive.source();
        Map<String, BackupManifest.FileEntry> expected = listed(zip, manifest);
        Set<String> names = new HashSet<>(archive.fileNames());
        names.remove(BackupManifest.FILE_NAME);
        for (String name : names) {
            if (!expected.containsKey(name)) {
                throw SafeArchive.refused(zip, Messages.get("archive.refused.unlisted", name));
            }
        }
        for (String path : expected.keySet()) {
            if (!names.contains(path)) {
                throw SafeArchive.refused(zip, Messages.get("archive.refused.listedMissing", path));
            }
        }
        return expected;
    }

    /** The manifest's files, each once, with a hash; the database is journal.db and each original is named by its hash. */
    private static Map<String, BackupManifest.FileEntry> listed(Path zip, BackupManifest manifest) {
        Map<String, BackupManifest.FileEntry> expected = new LinkedHashMap<>();
        List<BackupManifest.FileEntry> all = new ArrayList<>(manifest.originals());
        all.add(0, manifest.database());
        for (BackupManifest.FileEntry entry : all) {
            if (entry.path() == null || entry.sha256() == null || expected.put(entry.path(), entry) != null) {
                throw SafeArchive.refused(zip, Messages.get("archive.refused.badManifestEntry"));
            }
        }
        if (!BackupManifest.DATABASE_NAME.equals(manifest.database().path())) {
            throw SafeArchive.refused(zip, Messages.get("archive.refused.noDatabase"));
        }
        for (BackupManifest.FileEntry entry : manifest.originals()) {
            Matcher m = ORIGINAL.matcher(entry.path());
            if (!m.matches() || !m.group(2).startsWith(m.group(1)) || !m.group(2).equals(entry.sha256())) {
                throw SafeArchive.refused(zip, Messages.get("archive.refused.badOriginal", entry.path()));
            }
        }
        return expected;
    }
}
