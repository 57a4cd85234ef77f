package app.scalpjournal.report;

import app.scalpjournal.alignment.SavedPlacements;
import app.scalpjournal.journal.Entry;
import app.scalpjournal.journal.EntryRepository;
import app.scalpjournal.photo.DayCount;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.PhotoRepository;
import app.scalpjournal.text.DateFormats;
import app.scalpjournal.text.Messages;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * A time-lapse of one region: its photos in date order, each upright, placed with the alignments
 * saved in Compare onto the first photo so the scalp stays put, labelled with date and "day N",
 * written as a looping GIF one frame at a time (memory holds one photo and one frame, whatever
 * the count).
 */
public final class TimeLapses {
    /** Told after each frame, off the UI thread. */
    @FunctionalInterface
    public interface Progress {
        void framesDone(int done, int total);
    }

    /** One frame to draw. */
    public record Frame(Photo photo, LocalDate date, String label, Optional<AffineTransform> placement) {
    }

    /** The frames of a time-lapse, oldest first; the first photo is the frame every other one is placed onto. */
    public record Plan(TimeLapseRequest request, List<Frame> frames, int width, int height) {
        public Photo reference() {
            return frames.get(0).photo();
        }
    }

    private final EntryRepository entries;
    private final PhotoRepository photos;
    private final SavedPlacements placements;
    private final DayCount days;
    private final UprightPhotos pixels;

    public TimeLapses(EntryRepository entries, PhotoRepository photos, SavedPlacements placements, DayCount days, UprightPhotos pixels) {
        this.entries = entries;
        this.photos = photos;
        this.placements = placements;
        this.days = days;
        this.pixels = pixels;
    }

    /** Which photos, in which order, with which labels; {@link NothingToReportException} when the range holds none. */
    public Plan plan(TimeLapseRequest request) {
        Map<Long, LocalDate> dayOfEntry = entries.listNewestFirst().stream().collect(Collectors.toMap(Entry::id, Entry::date));
        List<DatedPhoto> all = DatedPhoto.sorted(photos.listByRegion(request.region()), dayOfEntry);
        List<DatedPhoto> chosen = all.stream().filter(d -> (request.from() == null || !d.date().isBefore(request.from()))
                && (request.to() == null || !d.date().isAfter(request.to()))).toList();
        if (chosen.isEmpty()) {
            throw new NothingToReportException(Messages.get("timelapse.error.noPhotos", request.region().label()));
        }
        LocalDate dayOne = days.dayOne(request.region(), all.get(0).date());
        Photo reference = chosen.get(0).photo();
        Map<Long, AffineTransform> placed = placements.ontoReference(reference);
        List<Frame> frames = new ArrayList<>(chosen.size());
        for (DatedPhoto d : chosen) {
            String label = Messages.get("timelapse.frame.label", DateFormats.day(d.date()), DayCount.label(dayOne, d.date()));
            frames.add(new Frame(d.photo(), d.date(), label, Optional.ofNullable(placed.get(d.photo().id()))));
        }
        double scale = request.longEdge() / (double) Math.max(reference.width(), reference.height());
        int width = Math.max(1, (int) Math.round(reference.width() * scale));
        int height = Math.max(1, (int) Math.round(reference.height() * scale));
        return new Plan(request, frames, width, height);
    }

    /**
     * Writes the GIF next to {@code target} first and renames it into place, so a cancelled or failed
     * run leaves no half file under the chosen name.
     *
     * @throws CancellationException when {@code cancelled} turned true between two frames
     */
    public void writeGif(Plan plan, Path target, Progress progress, BooleanSupplier cancelled) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path tmp = Files.createTempFile(absolute.getParent(), ".timelapse-", ".gif.tmp");
        try {
            try (GifWriter gif = new GifWriter(tmp)) {
                FrameDrawer drawer = new FrameDrawer(pixels, plan.reference(), plan.width(), plan.height());
                int done = 0;
                for (Frame frame : plan.frames()) {
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException(Messages.get("timelapse.cancelled"));
                    }
                    BufferedImage image = drawer.draw(frame);
                    gif.add(image, plan.request().secondsPerPhoto());
                    progress.framesDone(++done, plan.frames().size());
                }
            }
            Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
