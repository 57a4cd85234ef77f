package app.scalpjournal.library;

import app.scalpjournal.journal.EntryRepository;
import app.scalpjournal.photo.DateSource;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.PhotoRepository;
import app.scalpjournal.photo.Region;
import app.scalpjournal.photo.TakenAt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

/** Fills a journal with entries, non-ASCII notes, photos (random bytes stored as originals) and alignments. */
final class JournalFixture {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    private JournalFixture() {
    }

    /** Adds {@code photos} photos spread over entries a day apart; returns the stored photos. */
    static List<Photo> fill(Library library, int photos, int bytesEach, long seed) {
        EntryRepository entries = new EntryRepository(library.database(), CLOCK);
        PhotoRepository repo = new PhotoRepository(library.database());
        Random random = new Random(seed);
        List<Photo> out = new ArrayList<>();
        Region[] regions = Region.values();
        for (int i = 0; i < photos; i++) {
            LocalDate day = LocalDate.of(2025, 1, 1).plusDays(i / 3);
            var entry = entries.findOrCreate(day);
            if (i % 3 == 0) {
                entries.updateNote(entry.id(), "Tag " + i + ": Kopfhaut gewaschen, crème légère, 頭皮マッサージ 5 min 🙂\nsecond line \"quoted\", comma");
            }
            byte[] bytes = new byte[bytesEach];
            random.nextBytes(bytes);
            String sha = sha256(bytes);
            Path file = library.layout().original(sha, "jpg");
            write(file, bytes);
            out.add(repo.insert(new Photo(0, entry.id(), sha, "jpg", "Fotó " + i + " – scalp d'été.jpg", bytes.length,
                    TakenAt.of(day.atTime(8, i % 60)), DateSource.EXIF, 400, 300, 1 + i % 8, regions[i % regions.length], CLOCK.instant())));
        }
        if (out.size() >= 2) {
            library.database().transaction(c -> Sql.update(c, "INSERT INTO alignment(photo_id, reference_photo_id, dx, dy, scale, rotation_deg, updated_at)"
                    + " VALUES (?, ?, 0.125, -0.5, 1.25, 3.5, ?)", out.get(1).id(), out.get(0).id(), CLOCK.instant().toString()));
            // Log items through SQL: the fixture only needs rows, not the log's service rules.
            library.database().transaction(c -> {
                Sql.update(c, "INSERT INTO log_item(entry_id, kind, name, minutes, needle_mm, note, created_at, updated_at)"
                        + " VALUES (?, 'microneedling', 'Dermaroller 0,5 mm', 10, 0.5, 'leichte Rötung – ok', ?, ?)",
                        out.get(0).entryId(), CLOCK.instant().toString(), CLOCK.instant().toString());
                Sql.update(c, "INSERT INTO log_side_effect(log_item_id, effect) VALUES (last_insert_rowid(), 'redness')");
                return Sql.update(c, "INSERT INTO log_item(entry_id, kind, name, dose, created_at, updated_at)"
                        + " VALUES (?, 'topical', 'Lotion \"A\"', '1 ml', ?, ?)", out.get(0).entryId(), CLOCK.instant().toString(), CLOCK.instant().toString());
            });
        }
        return out;
    }

    static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every row of every table except SQLite's own, as text: equal dumps mean equal journals. */
    static String dump(Library library) {
        return library.database().read(c -> {
            StringBuilder out = new StringBuilder();
            List<String> tables = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                out.append("# ").append(table).append('\n');
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY 1")) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            out.append(md.getColumnName(i)).append('=').append(rs.getString(i)).append('|');
                        }
                        out.append('\n');
                    }
                }
            }
            return out.toString();
        });
    }

    /** Every file under a folder with its SHA-256, by relative path. */
    static TreeMap<String, String> files(Path root) {
        TreeMap<String, String> out = new TreeMap<>();
        if (!Files.exists(root)) {
            return out;
        }
        try (var walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(p)) {
                    out.put(root.relativize(p).toString(), sha256(Files.readAllBytes(p)));
                } else if (Files.isDirectory(p) && !p.equals(root)) {
                    out.put(root.relativize(p) + "/", "");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
