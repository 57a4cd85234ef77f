package app.scalpjournal.library;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Tells cheaply, at every open, whether {@code journal.db} is older than the originals beside it (an
 * old copy put back by a sync tool or by hand), without walking {@code originals/}.
 *
 * <p>The database counts every photo row ever inserted ({@code journal_state.generation}, bumped by a
 * trigger in the same transaction as the row). After each commit that added photos the count is also
 * written to the small file {@code journal.generation}. The file is written after the commit, so a
 * crash between the two leaves the database ahead of the file (harmless: the next open writes the file
 * again); a database behind the file has lost photos it once recorded, and is refused as stale. Counting
 * imports rather than comparing file times is immune to clocks, copies that keep times, and time zones.
 */
public final class JournalGeneration {
    private JournalGeneration() {
    }

    /** The count the database holds (0 before migration 3 has run). */
    public static long ofDatabase(Database db) {
        return db.read(c -> {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT generation FROM journal_state WHERE id = 1")) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    /** The count last written beside the database, if the file is there and readable. */
    public static OptionalLong ofFolder(LibraryLayout layout) {
        Path file = layout.generationFile();
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return OptionalLong.empty();
            }
            return OptionalLong.of(Long.parseLong(Files.readString(file, StandardCharsets.US_ASCII).strip()));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** Writes the database's count beside it when the file says less; call after a commit that added photos. */
    public static void publish(Database db, LibraryLayout layout) {
        long count = ofDatabase(db);
        if (ofFolder(layout).orElse(-1) < count) {
            write(layout, count);
        }
    }

    /** Forgets what the file said: after a restore, the restored database is the truth by the user's choice. */
    public static void forget(LibraryLayout layout) throws IOException {
        Files.deleteIfExists(layout.generationFile());
    }

    static void write(LibraryLayout layout, long count) {
        try {
            Path tmp = PrivateFiles.folder(layout.tmp()).resolve(TempFiles.PREFIX + UUID.randomUUID());
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ch.write(java.nio.ByteBuffer.wrap((count + "\n").getBytes(StandardCharsets.US_ASCII)));
                ch.force(true);
            }
            PrivateFiles.file(tmp);
            Files.move(tmp, layout.generationFile(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // The database keeps the count; the next open or import writes the file again.
        }
    }
}
