package app.scalpjournal.bench;

import app.scalpjournal.context.AppContext;
import app.scalpjournal.library.Library;
import app.scalpjournal.photo.ImportListener;
import app.scalpjournal.photo.ImportOptions;
import app.scalpjournal.photo.ImportSummary;
import app.scalpjournal.photo.Region;
import app.scalpjournal.testsupport.HeicFiles;
import app.scalpjournal.testsupport.TestImages;
import app.scalpjournal.testsupport.TestImages.Exif;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Prints milliseconds per imported 12-megapixel HEIC (through heif-convert) beside the same for
 * 12-megapixel JPEGs, with the importer using every core. The HEICs are one heif-enc encode (slow)
 * with a different date string each, so every file has its own SHA-256 and the same decode cost.
 * Run by hand: {@code java -cp target/test-classes:target/classes:$(cat cp.txt) app.scalpjournal.bench.HeicImportBenchmark [photos]}
 */
public final class HeicImportBenchmark {
    public static void main(String[] args) throws Exception {
        String missing = HeicFiles.missingTools();
        if (missing != null) {
            System.out.println(missing);
            return;
        }
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        Path work = Files.createTempDirectory("heic-bench");
        try {
            Path jpegs = Files.createDirectories(work.resolve("jpeg"));
            Path heics = Files.createDirectories(work.resolve("heic"));
            byte[] base = TestImages.withExif(ImportBenchmark.photoLike(4032, 3024, 7), Exif.taken("2026:03:01 10:00:00").withOrientation(6));
            Path sample = TestImages.write(work.resolve("sample.jpg"), base);
            long encode = System.nanoTime();
            byte[] heic = Files.readAllBytes(HeicFiles.encode(sample, work.resolve("sample.heic")));
            System.out.printf("4032x3024 (12 MP): JPEG %.1f MB, HEIC %.1f MB (heif-enc took %d s), %d cores%n", base.length / 1e6,
                    heic.length / 1e6, (System.nanoTime() - encode) / 1_000_000_000L, Runtime.getRuntime().availableProcessors());
            for (int i = 0; i < count; i++) {
                Files.write(jpegs.resolve(String.format("IMG_%04d.jpg", i)), ImportBenchmark.photoLike(4032, 3024, i));
                Files.write(heics.resolve(String.format("IMG_%04d.HEIC", i)), withSeconds(heic, i));
            }
            long jpegMs = run(work, "jpeg-journal", jpegs, count);
            long heicMs = run(work, "heic-journal", heics, count);
            System.out.printf("per 12 MP photo: JPEG %d ms, HEIC %d ms (%.1fx)%n", jpegMs, heicMs, (double) heicMs / jpegMs);
        } finally {
            try (Stream<Path> walk = Files.walk(work)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static long run(Path work, String journal, Path in, int count) {
        try (AppContext context = new AppContext(Library.open(work.resolve(journal)), Clock.systemDefaultZone())) {
            long start = System.nanoTime();
            ImportSummary summary = context.importer().importPaths(List.of(in), ImportOptions.ownDates(Region.CROWN),
                    ImportListener.NONE, () -> false);
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("%s: %s in %d ms (wall clock, all cores)%n", in.getFileName(), summary.line(), ms);
            return ms / count;
        }
    }

    /** The same HEIC with the seconds of its EXIF date changed: other bytes, same pixels. */
    private static byte[] withSeconds(byte[] heic, int i) {
        byte[] copy = heic.clone();
        byte[] date = "2026:03:01 10:00:00".getBytes(StandardCharsets.US_ASCII);
        for (int at = 0; at + date.length <= copy.length; at++) {
            if (java.util.Arrays.equals(copy, at, at + date.length, date, 0, date.length)) {
                copy[at + 17] = (byte) ('0' + i / 10 % 6);
                copy[at + 18] = (byte) ('0' + i % 10);
                return copy;
            }
        }
        throw new IllegalStateException("no EXIF date in the HEIC");
    }
}
