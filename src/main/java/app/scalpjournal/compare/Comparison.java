package app.scalpjournal.compare;

import app.scalpjournal.alignment.Alignment;
import app.scalpjournal.photo.Region;
import java.util.List;

/**
 * What a saved comparison image shows: the mode, the two photos (left and right), the dates of the
 * strip, the later photo's alignment, overlay opacity, the swipe divider and how photos are labelled.
 * Built by the window from what is on screen and by the command line from its options.
 */
public record Comparison(CompareMode mode, Region region, DatedPhoto left, DatedPhoto right, List<DatedPhoto> strip,
                         Alignment alignment, double opacity, double swipe, Captions captions) {
    public Comparison {
        strip = List.copyOf(strip);
    }

    /** The later of the two photos, aligned onto the earlier; null when both sides show the same photo. */
    public DatedPhoto moving() {
        if (left.id() == right.id()) {
            return null;
        }
        return right.date().isBefore(left.date()) ? left : right;
    }

    /** The earlier of the two photos. */
    public DatedPhoto reference() {
        DatedPhoto m = moving();
        return m == null ? left : m == left ? right : left;
    }

    /** A file name such as "crown-2026-01-05-and-2026-04-05.png". */
    public String suggestedFileName() {
        return region.id() + "-" + left.date() + "-and-" + right.date() + ".png";
    }
}
