package app.scalpjournal.compare;

import app.scalpjournal.text.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * Neutral notes about why two photos may look different for reasons other than the scalp itself.
 * They describe the photos, never the person.
 */
public final class Hints {
    /** Pixel counts further apart than this factor are called different sizes. */
    static final double SIZE_FACTOR = 1.5;
    /** Aspect ratios further apart than this (relative) are called different shapes. */
    static final double ASPECT_TOLERANCE = 0.05;

    private Hints() {
    }

    public static List<String> between(DatedPhoto a, DatedPhoto b) {
        List<String> hints = new ArrayList<>();
        if (a.id() == b.id()) {
            hints.add(Messages.get("compare.hint.samePhoto"));
            return hints;
        }
        boolean aHas = !a.conditions().isBlank();
        boolean bHas = !b.conditions().isBlank();
        if (aHas && bHas && !a.conditions().equals(b.conditions())) {
            hints.add(Messages.get("compare.hint.conditions"));
        } else if (aHas != bHas) {
            hints.add(Messages.get("compare.hint.conditionsOne"));
        }
        double pa = (double) a.photo().width() * a.photo().height();
        double pb = (double) b.photo().width() * b.photo().height();
        double ra = (double) a.photo().width() / a.photo().height();
        double rb = (double) b.photo().width() / b.photo().height();
        if (Math.max(pa, pb) / Math.min(pa, pb) > SIZE_FACTOR) {
            hints.add(Messages.get("compare.hint.size", size(a), size(b)));
        } else if (Math.abs(ra - rb) / Math.min(ra, rb) > ASPECT_TOLERANCE) {
            hints.add(Messages.get("compare.hint.shape", size(a), size(b)));
        }
        return hints;
    }

    private static String size(DatedPhoto p) {
        return p.photo().width() + "×" + p.photo().height();
    }
}
