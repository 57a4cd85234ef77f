package app.scalpjournal.bench;

import app.scalpjournal.context.AppContext;
import app.scalpjournal.journal.Entry;
import app.scalpjournal.journal.Frequency;
import app.scalpjournal.journal.LogField;
import app.scalpjournal.journal.LogItem;
import app.scalpjournal.journal.LogKind;
import app.scalpjournal.journal.Routine;
import app.scalpjournal.journal.SideEffect;
import app.scalpjournal.photo.Region;
import app.scalpjournal.sample.SampleImages;
import app.scalpjournal.testsupport.TestImages;
import app.scalpjournal.testsupport.TestImages.Exif;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Makes the inputs of {@code bench/run}: phone-like photos (the sample journal's drawn scalp with
 * sensor noise, EXIF date and orientation, quality 92) and a journal's notes, tags, log items and
 * routines on top of imported photos.
 * <pre>
 * BenchData photos DIR COUNT WIDTH HEIGHT PER_DAY   files IMG_00000.jpg..., PER_DAY photos a day back from 2026-06-01
 * BenchData enrich LIBRARY                          a note on every entry, tags, log items, five routines
 * </pre>
 */
public final class BenchData {
    private static final List<Region> REGIONS = List.of(Region.HAIRLINE, Region.TOP, Region.CROWN, Region.BACK);
    private static final LocalDate LAST = LocalDate.of(2026, 6, 1);
    private static final int DISTINCT = 200;

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "photos" -> photos(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]), Integer.parseInt(args[5]));
            case "enrich" -> enrich(Path.of(args[1]));
            default -> throw new IllegalArgumentException("photos or enrich, not " + args[0]);
        }
    }

    static void photos(Path dir, int count, int w, int h, int perDay) throws Exception {
        Files.createDirectories(dir);
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        // Drawing is slow, so at most DISTINCT pictures are drawn; every file still has its own bytes
        // (its own date in the EXIF), so each is a photo of its own to the importer.
        Map<Integer, byte[]> drawn = new ConcurrentHashMap<>();
        List<Future<?>> jobs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            jobs.add(pool.submit(() -> {
                Path file = dir.resolve(String.format("IMG_%05d.jpg", n));
                if (!Files.exists(file)) {
                    LocalDate day = LAST.minusDays(n / perDay);
                    String taken = String.format("%04d:%02d:%02d 09:%02d:%02d", day.getYear(), day.getMonthValue(),
                            day.getDayOfMonth(), n % perDay, n % 60);
                    byte[] picture = drawn.computeIfAbsent(n % DISTINCT, k -> jpeg(photo(k, w, h), 0.92f));
                    Path tmp = dir.resolve(".part-" + n);
                    Files.write(tmp, TestImages.withExif(picture, Exif.taken(taken).withOrientation(n % 3 == 0 ? 6 : 1)));
                    Files.move(tmp, file);
                }
                return null;
            }));
        }
        for (Future<?> job : jobs) {
            job.get();
        }
        pool.shutdown();
    }

    /** The sample scalp (strands, parting, skin) drawn at full size, with fine per-pixel sensor noise. */
    private static BufferedImage photo(int n, int w, int h) {
        BufferedImage img = SampleImages.draw(REGIONS.get(n % REGIONS.size()), n, SampleImages.Framing.jitter(n), w, h);
        BufferedImage rgb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(n);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            img.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int noise = random.nextInt(17) - 8;
                row[x] = clamp(((row[x] >> 16) & 0xFF) + noise) << 16 | clamp(((row[x] >> 8) & 0xFF) + noise) << 8
                        | clamp((row[x] & 0xFF) + noise);
            }
            rgb.setRGB(0, y, w, 1, row, 0, w);
        }
        return rgb;
    }

    /** Encodes as a baseline JPEG of this quality (0 to 1). */
    static byte[] jpeg(BufferedImage img, float quality) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.setOutput(ios);
            writer.write(null, new IIOImage(img, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    /** What a year of use adds around the photos, so {@code list} has every kind of row to read. */
    static void enrich(Path library) throws Exception {
        try (AppContext context = AppContext.open(library)) {
            List<Entry> entries = context.entries().listNewestFirst();
            LocalDate first = entries.isEmpty() ? LAST : entries.get(entries.size() - 1).date();
            context.routines().add(new Routine(0, LogKind.MASSAGE, "Evening massage", "5 min with fingertips", first, null, Frequency.parse("daily")));
            context.routines().add(new Routine(0, LogKind.TOPICAL, "Minoxidil 5%", "1 ml", first, null, Frequency.parse("twice a day")));
            context.routines().add(new Routine(0, LogKind.ORAL, "Biotin", "", first, first.plusDays(200), Frequency.parse("daily")));
            context.routines().add(new Routine(0, LogKind.MICRONEEDLING, "Derma roller", "0.5 mm", first.plusDays(30), null, Frequency.parse("weekly")));
            context.routines().add(new Routine(0, LogKind.OTHER, "Ketoconazole shampoo", "", first, null, Frequency.parse("twice a week")));
            context.library().database().transaction(c -> {
                for (int i = 0; i < entries.size(); i++) {
                    Entry e = entries.get(i);
                    context.entries().updateNote(e.id(), "Day " + i + ": massage before bed, photos under the bathroom lamp.\nScalp a bit dry.");
                    if (i % 3 == 0) {
                        context.tags().setTags(e.id(), List.of("winter", "lamp " + (i % 7)));
                    }
                    if (i % 2 == 0) {
                        context.log().add(new LogItem(0, e.date(), LogKind.MICRONEEDLING, Map.of(LogField.NEEDLE_MM, "0.5", LogField.DEVICE, "roller"),
                                EnumSet.of(SideEffect.REDNESS), "gone by evening", ""));
                    }
                    if (i % 5 == 0) {
                        context.log().add(new LogItem(0, e.date(), LogKind.MASSAGE, Map.of(LogField.MINUTES, "10"), EnumSet.noneOf(SideEffect.class), "", "by hand"));
                    }
                }
                return null;
            });
        }
    }
}
