package app.scalpjournal.photo;

import app.scalpjournal.library.Library;
import app.scalpjournal.library.LibraryLayout;
import app.scalpjournal.library.OriginalFiles;
import app.scalpjournal.library.TempFiles;
import app.scalpjournal.text.Messages;
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
import java.util.stream.Stream;

/**
 * Verifies a journal: the database's own integrity, that every photo's original is there with the
 * bytes it was imported with, and that nothing else sits in the journal folder. It changes nothing:
 * an original no photo refers to is reported, never deleted ({@link OrphanRecovery} re-attaches it).
 * This walk of every original is the one place that grows with the journal; opening does not do it.
 */
public final class LibraryCheck {
    private static final Set<String> ROOT_FILES = Set.of(LibraryLayout.DATABASE, LibraryLayout.DATABASE + "-wal",
            LibraryLayout.DATABASE + "-shm", LibraryLayout.DATABASE + "-journal", LibraryLayout.GENERATION);
    private static final Set<String> ROOT_FOLDERS = Set.of(LibraryLayout.ORIGINALS, LibraryLayout.CACHE, LibraryLayout.BACKUPS,
            LibraryLayout.TMP, LibraryLayout.LOCK);

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
            return null; // cache/ is disposable, backups/ holds snapshots, tmp/ and .lock/ are the app's own
        }
        if (expected.contains(file)) {
            return null;
        }
        if (file.getFileName().toString().startsWith(TempFiles.PREFIX)) {
            return "temporary file left by an interrupted import (of an earlier version; safe to delete by hand)";
        }
        return OriginalFiles.isOriginal(layout, file) ? Messages.get("check.orphan") : "stray file among the originals";
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
