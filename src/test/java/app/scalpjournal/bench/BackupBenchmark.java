package app.scalpjournal.bench;

import app.scalpjournal.journal.EntryRepository;
import app.scalpjournal.library.ArchiveLimits;
import app.scalpjournal.library.JournalBackup;
import app.scalpjournal.library.JournalExport;
import app.scalpjournal.library.JournalRestore;
import app.scalpjournal.library.Library;
import app.scalpjournal.library.Progress;
import app.scalpjournal.photo.DateSource;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.PhotoRepository;
import app.scalpjournal.photo.Region;
import app.scalpjournal.photo.TakenAt;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Random;

/**
 * Backup, restore and export of a journal of N photos (default 500 of 2.5 MB, random bytes that
 * compress no better than JPEG). Prints figures; asserts nothing. Run by hand:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) app.scalpjournal.bench.BackupBenchmark [photos] [MB each]}
 */
public final class BackupBenchmark {
    private BackupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int photos = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        double mb = args.length > 1 ? Double.parseDouble(args[1]) : 2.5;
        Path dir = Files.createTempDirectory("scalp-backup-bench");
        Path journal = dir.resolve("journal");
        Clock clock = Clock.systemUTC();
        Random random = new Random(1);
        long bytes = 0;
        try (Library library = Library.open(journal)) {
            EntryRepository entries = new EntryRepository(library.database(), clock);
            PhotoRepository repo = new PhotoRepository(library.database());
            byte[] data = new byte[(int) (mb * 1024 * 1024)];
            for (int i = 0; i < photos; i++) {
                random.nextBytes(data);
                String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
                Path file = library.layout().original(sha, "jpg");
                Files.createDirectories(file.getParent());
                Files.write(file, data);
                bytes += data.length;
                LocalDate day = LocalDate.of(2024, 1, 1).plusDays(i / 4);
                var entry = entries.findOrCreate(day);
                entries.updateNote(entry.id(), "Evening routine, 10 minutes; note " + i);
                repo.insert(new Photo(0, entry.id(), sha, "jpg", "IMG_" + i + ".jpg", data.length, TakenAt.of(day.atTime(8, 0)),
                        DateSource.EXIF, 4000, 3000, 1, Region.values()[i % 7], Instant.now(clock)));
            }
            System.out.printf("journal: %d photos, %.0f MB of originals%n", photos, bytes / 1e6);

            Path zip = dir.resolve("backup.zip");
            long t0 = System.nanoTime();
            JournalBackup.Result result = new JournalBackup(library, "bench", clock).write(zip, Progress.NONE);
            long t1 = System.nanoTime();
            System.out.printf("backup:  %.1f s, archive %.0f MB (written, fsynced, read back and every hash verified)%n",
                    (t1 - t0) / 1e9, result.bytes() / 1e6);

            long t2 = System.nanoTime();
            JournalExport.Result export = new JournalExport(library, "bench", clock).write(dir.resolve("export"), Progress.NONE);
            System.out.printf("export:  %.1f s, %d photos%n", (System.nanoTime() - t2) / 1e9, export.rows().get("photos"));
        }
        long t3 = System.nanoTime();
        JournalRestore.Result restored = new JournalRestore(ArchiveLimits.defaults()).restore(dir.resolve("backup.zip"), dir.resolve("restored"), Progress.NONE);
        System.out.printf("restore: %.1f s, %d photos (staged, every hash and the database checked, moved in)%n",
                (System.nanoTime() - t3) / 1e9, restored.photos());
        System.out.println("files left in " + dir + " (delete when done)");
    }
}
