package app.scalpjournal.report;

import app.scalpjournal.photo.Region;
import app.scalpjournal.text.Messages;
import java.time.LocalDate;

/**
 * What a time-lapse shows: one region's photos from {@code from} to {@code to} (null: the region's
 * first / latest photo), each frame shown {@code secondsPerPhoto}, frames {@code longEdge} pixels on
 * their long side.
 */
public record TimeLapseRequest(Region region, LocalDate from, LocalDate to, double secondsPerPhoto, int longEdge) {
    public static final double DEFAULT_SECONDS = 0.5;
    public static final double MIN_SECONDS = 0.1;
    public static final double MAX_SECONDS = 10;
    public static final int DEFAULT_EDGE = 1080;
    public static final int MIN_EDGE = 240;
    public static final int MAX_EDGE = 2048;

    public TimeLapseRequest {
        if (region == null) {
            throw new IllegalArgumentException(Messages.get("timelapse.error.region"));
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException(Messages.get("timelapse.error.range", to, from));
        }
        if (!(secondsPerPhoto >= MIN_SECONDS && secondsPerPhoto <= MAX_SECONDS)) {
            throw new IllegalArgumentException(Messages.get("timelapse.error.seconds", MIN_SECONDS, MAX_SECONDS, secondsPerPhoto));
        }
        if (longEdge < MIN_EDGE || longEdge > MAX_EDGE) {
            throw new IllegalArgumentException(Messages.get("timelapse.error.size", MIN_EDGE, MAX_EDGE, longEdge));
        }
    }

    /** The whole region at the default pace and size. */
    public static TimeLapseRequest of(Region region) {
        return new TimeLapseRequest(region, null, null, DEFAULT_SECONDS, DEFAULT_EDGE);
    }
}
