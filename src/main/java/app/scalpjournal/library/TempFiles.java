package app.scalpjournal.library;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The app's own temporary files. Inside the journal they live in {@code tmp/}, a folder used for
 * nothing else, so removing them never touches a photo. A backup or export works in a hidden folder
 * next to its target, outside the journal; a note naming that folder is kept in {@code tmp/} while it
 * runs, so a killed run's copy of the journal is found and removed at the next open instead of lying
 * there for ever. Only folders with the app's own temporary names are ever removed that way.
 */
public final class TempFiles {
    /** Every temporary name the app gives starts with this. */
    public static final String PREFIX = ".tmp-";
    private static final String NOTE = ".tmp-outside-";
    /** Work folders of backups and exports, as {@link JournalBackup} and {@link JournalExport} name them. */
    private static final Pattern OUTSIDE_NAME = Pattern.compile("\\.scalp-journal-backup-\\d+|\\..+\\.export-\\d+");

    private TempFiles() {
    }

    /** A fresh temporary path in the journal's {@code tmp/} folder (not created). */
    public static Path newTemp(LibraryLayout layout, String suffix) throws IOException {
        return PrivateFiles.folder(layout.tmp()).resolve(PREFIX + UUID.randomUUID() + suffix);
    }

    /** A hidden work folder outside the journal and the note in {@code tmp/} that names it. */
    record Outside(Path folder, Path note) {
        /** Removes the folder (when still there) and then the note. */
        void cleanUp() {
            SafeFiles.deleteTreeQuietly(folder);
            if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    Files.deleteIfExists(note);
                } catch (IOException e) {
                    // the next open finds the note, sees its folder gone, and removes it
                }
            }
        }
    }

    /**
     * Creates a private work folder {@code parent/<prefix><number>} for a backup or export. The note is
     * written before the folder exists, so a run killed at any moment leaves nothing the next open misses.
     */
    static Outside outside(LibraryLayout layout, Path parent, String prefix) throws IOException {
        Path folder = parent.resolve(prefix + Long.toUnsignedString(java.util.concurrent.ThreadLocalRandom.current().nextLong()));
        Path note = note(layout, folder);
        Files.createDirectory(folder);
        PrivateFiles.folder(folder);
        return new Outside(folder, note);
    }

    /** Records a work folder outside the journal, to be removed at the next open unless its run cleans up. */
    static Path note(LibraryLayout layout, Path outsideFolder) throws IOException {
        Path note = PrivateFiles.folder(layout.tmp()).resolve(NOTE + UUID.randomUUID());
        Files.writeString(note, outsideFolder.toAbsolutePath().toString(), StandardCharsets.UTF_8);
        return note;
    }

    /**
     * Removes what killed runs left: every file in {@code tmp/} and the work folders its notes name.
     * Call only while holding the journal's lock, before any work starts. Costs one listing of a
     * folder that is empty unless something was killed.
     */
    static int sweep(LibraryLayout layout) throws IOException {
        if (!Files.isDirectory(layout.tmp(), LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        List<Path> leftovers;
        try (var list = Files.list(layout.tmp())) {
            leftovers = list.filter(p -> p.getFileName().toString().startsWith(PREFIX)).toList();
        }
        for (Path p : leftovers) {
            if (p.getFileName().toString().startsWith(NOTE) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                removeOutside(Path.of(Files.readString(p, StandardCharsets.UTF_8).strip()));
            }
            SafeFiles.deleteTree(p);
        }
        return leftovers.size();
    }

    private static void removeOutside(Path folder) throws IOException {
        if (folder.getFileName() != null && OUTSIDE_NAME.matcher(folder.getFileName().toString()).matches()
                && Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            SafeFiles.deleteTree(folder);
        }
    }
}
