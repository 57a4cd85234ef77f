package app.scalpjournal.bench;

import app.scalpjournal.context.AppContext;
import app.scalpjournal.journal.EntryRepository;
import app.scalpjournal.library.Library;
import app.scalpjournal.photo.DateSource;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.PhotoRepository;
import app.scalpjournal.photo.Region;
import app.scalpjournal.photo.TakenAt;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Opening a journal (lock, checks, migrations, trash expiry) with N photos, each with an original and
 * a thumbnail on disk, and with N files in originals/ and cache/ but no rows. Anchor: opening walks no
 * folder of photos, so N files cost nothing (the last line equals the first); what grows with the
 * rows is SQLite's quick_check of the database itself, kept so a damaged journal is never written to.
 * Prints figures; asserts nothing. Run by hand:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) app.scalpjournal.bench.OpenBenchmark [max photos]}
 */
public final class OpenBenchmark {
    private OpenBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int max = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        for (int photos : new int[] {0, max / 10, max, -max}) {
            Path journal = Files.createTempDirectory("scalp-open-bench").resolve("journal");
            fill(journal, photos);
            long[] ms = new long[7];
            for (int i = 0; i < ms.length; i++) {
                long t0 = System.nanoTime();
                new AppContext(Library.open(journal), Clock.systemUTC()).close();
                ms[i] = (System.nanoTime() - t0) / 1_000_000;
            }
            Arrays.sort(ms);
            System.out.printf(photos >= 0
                            ? "open with %,6d photos (rows, originals and thumbnails): median %d ms, best %d ms%n"
                            : "open with %,6d files in originals/ and cache/ but no rows: median %d ms, best %d ms (anchor: as with 0)%n",
                    Math.abs(photos), ms[ms.length / 2], ms[0]);
        }
    }

    /** {@code photos} rows with their files; a negative count: that many files and no rows (what a walk would read). */
    private static void fill(Path journal, int count) throws Exception {
        int photos = Math.max(0, count);
        int files = Math.abs(count);
        try (Library library = Library.open(journal)) {
            EntryRepository entries = new EntryRepository(library.database(), Clock.systemUTC());
            PhotoRepository repository = new PhotoRepository(library.database());
            library.database().transaction(c -> {
                for (int i = 0; i < photos; i++) {
                    String sha = String.format("%064x", i + 1);
                    long entry = entries.findOrCreate(LocalDate.of(1990, 1, 1).plusDays(i)).id();
                    repository.insert(new Photo(0, entry, sha, "jpg", "p" + i + ".jpg", 10,
                            TakenAt.of(LocalDate.of(1990, 1, 1).plusDays(i).atTime(9, 0)), DateSource.FILE, 40, 30, 1,
                            Region.CROWN, Instant.now()));
                }
                return null;
            });
            for (int i = 0; i < files; i++) {
                String sha = String.format("%064x", i + 1);
                Path original = library.layout().original(sha, "jpg");
                Files.createDirectories(original.getParent());
                Files.write(original, new byte[10]);
                Path thumb = library.layout().cache().resolve("thumbs").resolve(sha.substring(0, 2)).resolve(sha + ".jpg");
                Files.createDirectories(thumb.getParent());
                Files.write(thumb, new byte[10]);
            }
        }
    }
}
