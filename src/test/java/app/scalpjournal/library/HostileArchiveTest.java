package app.scalpjournal.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of hostile or broken archive is refused with its reason, and nothing is written
 * anywhere: the folder that holds the target, the zip and the source journal is byte-identical
 * afterwards (the staging folder is gone) and no file appears where an entry pointed.
 */
class HostileArchiveTest {
    @TempDir
    Path dir;
    private Path good;
    private byte[] goodDb;
    private Map<String, byte[]> goodOriginals;

    @BeforeEach
    void makeAGoodBackup() throws Exception {
        good = dir.resolve("good.zip");
        try (Library library = Library.open(dir.resolve("source"))) {
            JournalFixture.fill(library, 30, 3000, 11);
            new JournalBackup(library, "test", JournalFixture.CLOCK).write(good, Progress.NONE);
        }
        goodOriginals = new LinkedHashMap<>();
        try (ZipFile z = ZipFile.builder().setPath(good).get()) {
            for (ZipArchiveEntry e : java.util.Collections.list(z.getEntries())) {
                byte[] bytes = z.getInputStream(e).readAllBytes();
                if (e.getName().equals("journal.db")) {
                    goodDb = bytes;
                } else if (e.getName().startsWith("originals/")) {
                    goodOriginals.put(e.getName(), bytes);
                }
            }
        }
    }

    /** One entry of a hand-made archive. */
    private record Item(String name, byte[] bytes, int unixMode) {
        Item(String name, byte[] bytes) {
            this(name, bytes, 0);
        }
    }

    private Path zip(List<Item> items) throws IOException {
        Path out = dir.resolve("bad-" + UUID.randomUUID() + ".zip");
        try (ZipArchiveOutputStream zos = new ZipArchiveOutputStream(out)) {
            for (Item item : items) {
                ZipArchiveEntry e = new ZipArchiveEntry(item.name());
                if (item.unixMode() != 0) {
                    e.setUnixMode(item.unixMode());
                }
                zos.putArchiveEntry(e);
                zos.write(item.bytes());
                zos.closeArchiveEntry();
            }
        }
        return out;
    }

    /** A complete archive around this database and these originals, with a manifest that matches them. */
    private List<Item> backupOf(byte[] db, Map<String, byte[]> originals, int schemaVersion) {
        List<BackupManifest.FileEntry> listed = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        items.add(new Item("journal.db", db));
        originals.forEach((name, bytes) -> {
            listed.add(new BackupManifest.FileEntry(name, JournalFixture.sha256(bytes), bytes.length));
            items.add(new Item(name, bytes));
        });
        BackupManifest manifest = new BackupManifest(1, "Scalp Journal", "test", schemaVersion, "2026-03-01T10:00:00Z",
                new BackupManifest.FileEntry("journal.db", JournalFixture.sha256(db), db.length), listed, List.of());
        items.add(new Item("manifest.json", manifest.toJson()));
        return items;
    }

    private List<Item> goodItems() {
        return backupOf(goodDb, goodOriginals, Migrations.latestVersion());
    }

    private List<Item> plus(List<Item> items, Item extra) {
        List<Item> out = new ArrayList<>(items);
        out.add(0, extra);
        return out;
    }

    private String refused(Path archive) {
        return refused(archive, ArchiveLimits.defaults());
    }

    private String refused(Path archive, ArchiveLimits limits) {
        TreeMap<String, String> before = JournalFixture.files(dir);
        Path target = dir.resolve("restored");
        ArchiveRefusedException e = assertThrows(ArchiveRefusedException.class,
                () -> new JournalRestore(limits).restore(archive, target, Progress.NONE));
        assertEquals(before, JournalFixture.files(dir), "nothing written, staging removed");
        assertFalse(Files.exists(target));
        assertTrue(e.getMessage().contains(archive.toString()), "names the file: " + e.getMessage());
        return e.getMessage();
    }

    @Test
    void theGoodArchiveItselfRestores() throws Exception {
        Path rebuilt = zip(goodItems());
        assertEquals(30, new JournalRestore(ArchiveLimits.defaults()).restore(rebuilt, dir.resolve("r"), Progress.NONE).photos());
    }

    @Test
    void parentPathEntryIsRefused() throws Exception {
        Path evil = dir.getParent().resolve("evil-" + UUID.randomUUID() + ".txt");
        String m = refused(zip(plus(goodItems(), new Item("../" + evil.getFileName(), "x".getBytes()))));
        assertTrue(m.contains("outside"), m);
        assertFalse(Files.exists(evil));
        m = refused(zip(plus(goodItems(), new Item("originals/../../" + evil.getFileName(), "x".getBytes()))));
        assertTrue(m.contains("outside"), m);
        assertFalse(Files.exists(evil));
    }

    @Test
    void absolutePathEntryIsRefused() throws Exception {
        Path evil = dir.resolve("abs-" + UUID.randomUUID() + ".txt").toAbsolutePath();
        String m = refused(zip(plus(goodItems(), new Item(evil.toString(), "x".getBytes()))));
        assertTrue(m.contains("absolute path"), m);
        assertFalse(Files.exists(evil));
    }

    @Test
    void driveLetterAndBackslashEntriesAreRefused() throws Exception {
        String m = refused(zip(plus(goodItems(), new Item("C:/Windows/evil.txt", "x".getBytes()))));
        assertTrue(m.contains("drive letter"), m);
        m = refused(zip(plus(goodItems(), new Item("..\\..\\evil.txt", "x".getBytes()))));
        // ZIP readers turn a DOS-made entry's backslashes into slashes, so this is caught as ../ (or as backslashes).
        assertTrue(m.contains("outside") || m.contains("backslashes"), m);
    }

    @Test
    void symlinkEntryIsRefused() throws Exception {
        String m = refused(zip(plus(goodItems(), new Item("originals/aa/link.jpg", "/etc/passwd".getBytes(), 0120777))));
        assertTrue(m.contains("symbolic link"), m);
    }

    @Test
    void duplicateEntryIsRefused() throws Exception {
        String m = refused(zip(plus(goodItems(), new Item("journal.db", "another".getBytes()))));
        assertTrue(m.contains("twice"), m);
        m = refused(zip(plus(goodItems(), new Item("JOURNAL.DB", "case twin".getBytes()))));
        assertTrue(m.contains("twice"), m);
    }

    @Test
    void zipBombIsStoppedByTheRatioWhileInflating() throws Exception {
        byte[] zeros = new byte[64 << 20];
        String sha = JournalFixture.sha256(zeros);
        Map<String, byte[]> originals = new LinkedHashMap<>(goodOriginals);
        originals.put("originals/" + sha.substring(0, 2) + "/" + sha + ".jpg", zeros);
        String m = refused(zip(backupOf(goodDb, originals, Migrations.latestVersion())));
        assertTrue(m.contains("zip bomb"), m);
    }

    @Test
    void entryThatInflatesBeyondItsDeclaredSizeIsStopped() throws Exception {
        byte[] big = new byte[300_000];
        new java.util.Random(3).nextBytes(big);
        String sha = JournalFixture.sha256(big);
        String name = "originals/" + sha.substring(0, 2) + "/" + sha + ".jpg";
        Map<String, byte[]> originals = new LinkedHashMap<>(goodOriginals);
        originals.put(name, big);
        Path archive = zip(backupOf(goodDb, originals, Migrations.latestVersion()));
        declareSize(archive, name, 1000);
        String m = refused(archive);
        assertTrue(m.contains("more than the 1000 bytes it declares"), m);
    }

    @Test
    void totalSizeAndEntryCountAreCapped() throws Exception {
        String m = refused(good, new ArchiveLimits(500_000, 50_000, 200, 1 << 20));
        assertTrue(m.contains("expands to more than 50000 bytes"), m);
        m = refused(good, new ArchiveLimits(10, 1L << 30, 200, 1 << 20));
        assertTrue(m.contains("more than 10 entries"), m);
    }

    @Test
    void truncatedArchiveIsRefused() throws Exception {
        byte[] bytes = Files.readAllBytes(good);
        Path cut = dir.resolve("cut.zip");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length * 6 / 10));
        String m = refused(cut);
        assertTrue(m.contains("truncated"), m);
    }

    @Test
    void damagedOriginalIsRefused() throws Exception {
        List<Item> items = goodItems();
        Item first = items.get(1);
        byte[] changed = first.bytes().clone();
        changed[100] ^= 1;
        items.set(1, new Item(first.name(), changed));
        String m = refused(zip(items));
        assertTrue(m.contains("does not match its SHA-256"), m);
    }

    @Test
    void entriesTheManifestDoesNotListAndAMissingManifestAreRefused() throws Exception {
        String m = refused(zip(plus(goodItems(), new Item("notes/readme.txt", "hi".getBytes()))));
        assertTrue(m.contains("does not list"), m);
        List<Item> noManifest = goodItems();
        noManifest.remove(noManifest.size() - 1);
        m = refused(zip(noManifest));
        assertTrue(m.contains("no manifest.json"), m);
    }

    @Test
    void databaseThatIsNotADatabaseIsRefused() throws Exception {
        String m = refused(zip(backupOf("<html>not a database</html>".repeat(100).getBytes(), goodOriginals, Migrations.latestVersion())));
        assertTrue(m.contains("not a SQLite database"), m);
    }

    @Test
    void corruptDatabaseIsRefused() throws Exception {
        byte[] db = goodDb.clone();
        int pageSize = ((db[16] & 0xff) << 8) | (db[17] & 0xff);
        Arrays.fill(db, pageSize + 8, 3 * pageSize, (byte) 0x5A);
        String m = refused(zip(backupOf(db, goodOriginals, Migrations.latestVersion())));
        assertTrue(m.contains("damaged") || m.contains("not a SQLite database"), m);
    }

    @Test
    void databaseOfAnotherApplicationIsRefused() throws Exception {
        Path other = dir.resolve("other.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + other)) {
            c.createStatement().execute("CREATE TABLE invoices(id INTEGER PRIMARY KEY, total REAL)");
        }
        byte[] db = Files.readAllBytes(other);
        Files.delete(other);
        String m = refused(zip(backupOf(db, Map.of(), Migrations.latestVersion())));
        assertTrue(m.contains("another application"), m);
    }

    @Test
    void backupFromANewerVersionIsRefused() throws Exception {
        String m = refused(zip(backupOf(goodDb, goodOriginals, Migrations.latestVersion() + 1)));
        assertTrue(m.contains("newer version"), m);
        Path newer = dir.resolve("newer.db");
        Files.write(newer, goodDb);
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + newer)) {
            c.createStatement().execute("PRAGMA user_version = 99");
        }
        byte[] db = Files.readAllBytes(newer);
        Files.delete(newer);
        m = refused(zip(backupOf(db, goodOriginals, Migrations.latestVersion())));
        assertTrue(m.contains("newer version"), m);
    }

    @Test
    void aRefusedArchiveLeavesAnExistingEmptyJournalAsItWas() throws Exception {
        Library.open(dir.resolve("restored")).close();
        TreeMap<String, String> before = JournalFixture.files(dir);
        Path bad = zip(plus(goodItems(), new Item("../evil.txt", "x".getBytes())));
        before.put(dir.relativize(bad).toString(), JournalFixture.sha256(Files.readAllBytes(bad)));
        assertThrows(ArchiveRefusedException.class, () -> new JournalRestore(ArchiveLimits.defaults()).restore(bad, dir.resolve("restored"), Progress.NONE));
        assertEquals(before, JournalFixture.files(dir));
    }

    /** Rewrites an entry's uncompressed size in its local and central headers: a header that lies. */
    private static void declareSize(Path archive, String name, int size) throws IOException {
        byte[] bytes = Files.readAllBytes(archive);
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        byte[] wanted = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int patched = 0;
        for (int i = 0; i + 46 < bytes.length; i++) {
            int sig = buf.getInt(i);
            if (sig == 0x04034b50 && matches(bytes, i + 30, wanted) && buf.getShort(i + 26) == wanted.length) {
                buf.putInt(i + 22, size);
                patched++;
            } else if (sig == 0x02014b50 && matches(bytes, i + 46, wanted) && buf.getShort(i + 28) == wanted.length) {
                buf.putInt(i + 24, size);
                patched++;
            }
        }
        assertEquals(2, patched);
        try (OutputStream out = Files.newOutputStream(archive)) {
            out.write(bytes);
        }
    }

    private static boolean matches(byte[] bytes, int at, byte[] wanted) {
        return at + wanted.length <= bytes.length && Arrays.equals(bytes, at, at + wanted.length, wanted, 0, wanted.length);
    }
}
