package app.scalpjournal.photo;

import app.scalpjournal.library.Library;
import app.scalpjournal.library.LibraryLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * Verifies a journal: the database's own integrity, that every photo's original is there with the
 * bytes it was imported with, and that nothing else sits in the journal folder. {@link #sweep} removes
 * what an interrupted import or a purge left behind.
 */
public final class LibraryCheck {
    private static final Set<String> ROOT_FILES = Set.of(LibraryLayout.DATABASE, LibraryLayout.DATABASE + "-wal",
            LibraryLayout.DATABASE + "-shm", LibraryLayout.DATABASE + "-journal", LibraryLayout.LOCK);
    private static final Set<String> ROOT_FOLDERS = Set.of(LibraryLayout.ORIGINALS, LibraryLayout.CACHE, LibraryLayout.BACKUPS);

    private final Library library;
    private final PhotoRepository photos;

    public LibraryCheck(Library library, PhotoRepository photos) {
        this.library = library;
        this.photos = photos;
    }

    /** Every problem found, one line each naming the file (relative to the journal folder); empty when all is well. */
    public List<String> problems() throws IOException {
        List<String> problems = new ArrayList<>(databaseProblems());
        LibraryLayout layout = library.layout();
        Set<Path> expected = new HashSet<>();
        for (Photo photo : photos.listAllStored()) {
            Path file = layout.original(photo.sha256(), photo.ext());
            expected.add(file);
            String who = relative(file) + ": original of photo " + photo.id() + " (" + photo.originalName() + ")";
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                problems.add(who + " is missing");
            } else if (!OriginalStore.sha256Of(file).equals(photo.sha256())) {
                problems.add(who + " has changed since import (its SHA-256 no longer matches)");
            }
        }
        for (Path file : filesUnder(layout.root())) {
            String reason = strayReason(file, expected);
            if (reason != null) {
                problems.add(relative(file) + ": " + reason);
            }
        }
        return problems;
    }

    /**
     * Removes leftovers of interrupted imports (temporary files) and originals no photo row refers to
     * (a crash between storing the file and recording it, or a purge that could not delete the file).
     * Run only while this process holds the journal's lock and no import is running.
     */
    public int sweep() throws IOException {
        Set<String> known = new HashSet<>();
        for (Photo photo : photos.listAllStored()) {
            known.add(photo.sha256() + "." + photo.ext());
        }
        int removed = 0;
        for (Path file : filesUnder(library.layout().originals())) {
            String name = file.getFileName().toString();
            boolean orphan = isOriginal(file) && !known.contains(name);
            if (name.startsWith(OriginalStore.TEMP_PREFIX) || orphan) {
                file.toFile().setWritable(true, true);
                Files.deleteIfExists(file);
                removed++;
            }
        }
        for (Path file : filesUnder(library.layout().cache())) {
            if (file.getFileName().toString().startsWith(OriginalStore.TEMP_PREFIX)) {
                Files.deleteIfExists(file);
                removed++;
            }
        }
        return removed;
    }

    private List<String> databaseProblems() {
        return library.database().read(c -> {
            List<String> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                while (rs.next()) {
                    if (!"ok".equals(rs.getString(1))) {
                        out.add(LibraryLayout.DATABASE + ": " + rs.getString(1));
                    }
                }
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                while (rs.next()) {
                    out.add(LibraryLayout.DATABASE + ": row " + rs.getLong(2) + " of " + rs.getString(1)
                            + " refers to a missing " + rs.getString(3));
                }
            }
            return out;
        });
    }

    /** Why a file does not belong, or null when it does. */
    private String strayReason(Path file, Set<Path> expected) {
        LibraryLayout layout = library.layout();
        Path rel = layout.root().relativize(file);
        String top = rel.getName(0).toString();
        if (rel.getNameCount() == 1) {
            return ROOT_FILES.contains(top) ? null : "stray file in the journal folder";
        }
        if (!ROOT_FOLDERS.contains(top)) {
            return "stray file in the journal folder";
        }
        if (!top.equals(LibraryLayout.ORIGINALS)) {
            return null; // cache/ is disposable and backups/ holds snapshots: anything there is fine
        }
        if (file.getFileName().toString().startsWith(OriginalStore.TEMP_PREFIX)) {
            return "temporary file left by an interrupted import";
        }
        if (expected.contains(file)) {
            return null;
        }
        return isOriginal(file) ? "original with no photo in the journal (an orphan)" : "stray file among the originals";
    }

    /** Named like an original and filed under its hash's first two letters. */
    private boolean isOriginal(Path file) {
        Matcher m = OriginalStore.ORIGINAL_NAME.matcher(file.getFileName().toString());
        return m.matches() && file.getParent().equals(library.layout().originals().resolve(m.group(1).substring(0, 2)));
    }

    /** Regular files, links and special files under a folder (links are listed, not followed). */
    private static List<Path> filesUnder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
    }

    private String relative(Path file) {
        return library.layout().root().relativize(file).toString();
    }
}
