package app.scalpjournal.report;

import app.scalpjournal.journal.Entry;
import app.scalpjournal.journal.EntryRepository;
import app.scalpjournal.library.Library;
import app.scalpjournal.library.Settings;
import app.scalpjournal.photo.DateSource;
import app.scalpjournal.photo.DayCount;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.PhotoRepository;
import app.scalpjournal.photo.Region;
import app.scalpjournal.photo.TakenAt;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import javax.imageio.ImageIO;

/** A real journal in a temp folder, filled with generated photos stored the way import stores them. */
final class ReportFixture implements AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-30T09:00:00Z"), ZoneOffset.UTC);

    final Library library;
    final EntryRepository entries;
    final PhotoRepository photos;
    private int counter;

    ReportFixture(Path folder) {
        library = Library.open(folder);
        entries = new EntryRepository(library.database(), CLOCK);
        photos = new PhotoRepository(library.database());
    }

    Entry note(LocalDate date, String note) {
        Entry e = entries.findOrCreate(date);
        return entries.updateNote(e.id(), note);
    }

    Photo photo(LocalDate date, Region region) throws IOException {
        return photo(date, region, 1200, 1600, null);
    }

    /** Stores a JPEG (or the given bytes) as an original and files it under the day's entry. */
    Photo photo(LocalDate date, Region region, int w, int h, byte[] bytes) throws IOException {
        byte[] data = bytes != null ? bytes : jpeg(texture(w, h, ++counter, date + " " + region.id()));
        String sha = HexFormat.of().formatHex(sha256(data));
        Path original = library.layout().original(sha, "jpg");
        Files.createDirectories(original.getParent());
        Files.write(original, data);
        Entry entry = entries.findOrCreate(date);
        return photos.insert(new Photo(0, entry.id(), sha, "jpg", "IMG_" + counter + ".jpg", data.length,
                TakenAt.of(date.atTime(8, counter % 60)), DateSource.EXIF, w, h, 1, region, Instant.now(CLOCK)));
    }

    /** Decodes originals with plain ImageIO (test photos are upright). */
    UprightPhotos upright() {
        return (photo, maxLongEdge) -> {
            BufferedImage img = ImageIO.read(library.layout().original(photo.sha256(), photo.ext()).toFile());
            double s = Math.min(1, maxLongEdge / (double) Math.max(img.getWidth(), img.getHeight()));
            if (s >= 1) {
                return img;
            }
            BufferedImage out = new BufferedImage((int) Math.round(img.getWidth() * s), (int) Math.round(img.getHeight() * s),
                    BufferedImage.TYPE_INT_RGB);
            Graphics2D g = out.createGraphics();
            g.drawImage(img, 0, 0, out.getWidth(), out.getHeight(), null);
            g.dispose();
            return out;
        };
    }

    SummaryBuilder builder() {
        return builder(noLog(), photos -> Map.of(), (p, r) -> Optional.empty(), days());
    }

    SummaryBuilder builder(SummarySources.Log log, SummarySources.Conditions conditions,
                           SummarySources.Alignments alignments, DayCount days) {
        return new SummaryBuilder(entries, photos, log, conditions, alignments, days);
    }

    DayCount days() {
        return new DayCount(new Settings(library.database()));
    }

    static SummarySources.Log noLog() {
        return new SummarySources.Log() {
            @Override
            public List<SummaryDocument.TreatmentRow> treatments(LocalDate from, LocalDate to) {
                return List.of();
            }

            @Override
            public List<SummaryDocument.SideEffectRow> sideEffects(LocalDate from, LocalDate to) {
                return List.of();
            }
        };
    }

    /** A busy, noisy picture (hard to compress, like a real photo) with a caption. */
    static BufferedImage texture(int w, int h, long seed, String caption) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        int base = Color.HSBtoRGB(random.nextFloat(), 0.35f, 0.75f);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int n = random.nextInt(60) - 30;
                int r = clamp(((base >> 16) & 255) + n + (x * 40 / w));
                int g = clamp(((base >> 8) & 255) + n);
                int b = clamp((base & 255) + n + (y * 40 / h));
                img.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        Graphics2D g = img.createGraphics();
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(12, w / 14)));
        g.drawString(caption, w / 20, h / 2);
        g.dispose();
        return img;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    static byte[] jpeg(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(img, "jpg", out)) {
            throw new IOException("no JPEG writer");
        }
        return out.toByteArray();
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        library.close();
    }
}
