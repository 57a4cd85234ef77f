package app.scalpjournal.sample;

import app.scalpjournal.library.Progress;
import app.scalpjournal.photo.CaptureConditions;
import app.scalpjournal.photo.CaptureRepository;
import app.scalpjournal.photo.ImportListener;
import app.scalpjournal.photo.ImportOptions;
import app.scalpjournal.photo.ImportResult;
import app.scalpjournal.photo.ImportSummary;
import app.scalpjournal.photo.PhotoImporter;
import app.scalpjournal.photo.PhotoRepository;
import app.scalpjournal.photo.Region;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Fills an empty journal with a sample: synthetic pictures drawn by {@link SampleImages} (never photos
 * of people), taken on photo days spread over about six months, for every region, imported through the
 * real importer with their dates set, plus a few notes and capture conditions. A first-time user can
 * try the timeline, compare and the summary on it.
 */
public final class SampleJournal {
    /** Folder name the window uses for the sample journal, beside the default journal. */
    public static final String FOLDER_NAME = "Scalp Journal sample";
    /** Regions photographed on every photo day; the others on every second one. */
    static final List<Region> EVERY_DAY = List.of(Region.CROWN, Region.TOP, Region.HAIRLINE);
    static final List<Region> EVERY_OTHER_DAY = List.of(Region.LEFT_TEMPLE, Region.RIGHT_TEMPLE, Region.BACK);
    /** Days after the first photo day; irregular, as real photo days are. */
    static final int[] PHOTO_DAYS = {0, 15, 29, 46, 60, 74, 91, 107, 120, 137, 151, 168};
    /** The photo day whose pictures come from "another phone" (a different size) to show the size hint. */
    static final int OTHER_CAMERA_DAY = 7;
    /** The photo day taken in daylight rather than indoors, to show the conditions hint. */
    static final int DAYLIGHT_DAY = 4;

    /** Notes of some photo days, by photo day index (day 4 is the daylight day). */
    private static final java.util.Map<Integer, String> NOTES = java.util.Map.of(
            0, "Sample entry. First photos of each region, bathroom ceiling light.",
            2, "Sample entry. Evening scalp massage, 5 minutes.",
            4, "Sample entry. Photos by the window this time.",
            6, "Sample entry. Photos after washing, hair dried with a towel.",
            9, "Sample entry. Started a new shampoo.");

    /** What was made. */
    public record Result(int photos, int days, LocalDate first, LocalDate last, List<String> problems) {
        public String line() {
            return photos + " sample photos on " + days + " days, " + first + " to " + last;
        }
    }

    private final PhotoImporter importer;
    private final PhotoRepository photos;
    private final CaptureRepository captures;

    public SampleJournal(PhotoImporter importer, PhotoRepository photos, CaptureRepository captures) {
        this.importer = importer;
        this.photos = photos;
        this.captures = captures;
    }

    /** Refuses a journal that already has photos: the sample never mixes with a user's own. */
    public Result create(LocalDate lastDay) {
        return create(lastDay, Progress.NONE);
    }

    /** As {@link #create(LocalDate)}, telling {@code progress} of each picture drawn and each imported. */
    public Result create(LocalDate lastDay, Progress progress) {
        if (photos.count() > 0) {
            throw new IllegalStateException("this journal already has photos; the sample needs an empty journal");
        }
        LocalDate first = lastDay.minusDays(PHOTO_DAYS[PHOTO_DAYS.length - 1]);
        Path work;
        try {
            work = Files.createTempDirectory("scalp-journal-sample-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the sample pictures", e);
        }
        int imported = 0;
        List<String> problems = new ArrayList<>();
        try {
            List<Shot> shots = plan(first, work);
            // Drawing is the slow part: use every core, then import one picture at a time with its region and date.
            java.util.concurrent.atomic.AtomicLong stepsDone = new java.util.concurrent.atomic.AtomicLong();
            long steps = 2L * shots.size();
            shots.parallelStream().forEach(shot -> {
                draw(shot.region(), shot.day(), shot.file());
                progress.update(stepsDone.incrementAndGet(), steps);
            });
            // One picture per batch (each has its own region and date); two batches at a time overlap their disk syncs.
            java.util.Map<Shot, ImportSummary> summaries = new java.util.concurrent.ConcurrentHashMap<>();
            shots.parallelStream().forEach(shot -> {
                summaries.put(shot, importer.importPaths(List.of(shot.file()),
                        new ImportOptions(shot.region(), shot.date(), shot.note()), ImportListener.NONE, () -> false));
                progress.update(stepsDone.incrementAndGet(), steps);
            });
            for (Shot shot : shots) {
                for (ImportResult r : summaries.get(shot).results()) {
                    if (r instanceof ImportResult.Imported done) {
                        imported++;
                        captures.put(List.of(done.photo().id()), conditions(shot.day()));
                    } else if (r instanceof ImportResult.Rejected rejected) {
                        problems.add(rejected.source().getFileName() + ": " + rejected.reason());
                    }
                }
            }
        } finally {
            deleteQuietly(work);
        }
        return new Result(imported, PHOTO_DAYS.length, first, lastDay, problems);
    }

    /** One picture to draw and import. */
    record Shot(int day, LocalDate date, Region region, Path file, String note) {
    }

    static List<Shot> plan(LocalDate first, Path folder) {
        List<Shot> shots = new ArrayList<>();
        for (int day = 0; day < PHOTO_DAYS.length; day++) {
            LocalDate date = first.plusDays(PHOTO_DAYS[day]);
            List<Region> regions = new ArrayList<>(EVERY_DAY);
            if (day % 2 == 0) {
                regions.addAll(EVERY_OTHER_DAY);
            }
            for (int i = 0; i < regions.size(); i++) {
                Region region = regions.get(i);
                // The day's note goes with its first picture only: the importer adds it to the entry once per batch.
                String note = i == 0 ? NOTES.getOrDefault(day, "") : "";
                shots.add(new Shot(day, date, region, folder.resolve("sample-" + region.id() + "-" + date + ".jpg"), note));
            }
        }
        return shots;
    }

    /** The same strokes count, lengths and widths every day: only the random seed and the framing change. */
    static void draw(Region region, int day, Path file) {
        boolean otherCamera = day == OTHER_CAMERA_DAY;
        int width = otherCamera ? 2000 : 1600;
        int height = otherCamera ? 1500 : 1200;
        long seed = region.ordinal() * 1_000L + day;
        SampleImages.Framing framing = day == 0 ? SampleImages.Framing.NEUTRAL : SampleImages.Framing.jitter(seed * 31 + 7);
        try {
            if (!ImageIO.write(SampleImages.draw(region, seed, framing, width, height), "jpg", file.toFile())) {
                throw new IOException("no JPEG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    static CaptureConditions conditions(int day) {
        boolean daylight = day == DAYLIGHT_DAY;
        return new CaptureConditions(true, CaptureConditions.HairState.DRY, false,
                daylight ? CaptureConditions.Lighting.DAYLIGHT : CaptureConditions.Lighting.INDOOR,
                day == OTHER_CAMERA_DAY ? "second phone" : "phone", "about 20 cm", "");
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }
}
