package app.scalpjournal.compare;

import app.scalpjournal.text.Messages;
import java.util.Locale;

/** How the two chosen photos are shown. */
public enum CompareMode {
    SIDE_BY_SIDE,
    SWIPE,
    OVERLAY,
    STRIP,
    BLINK;

    public String label() {
        String key = "compare.mode." + name().toLowerCase(Locale.ROOT);
        return Messages.get(key);
    }

    /** Where one photo is drawn over or in place of the other, the later one is aligned onto the earlier. */
    public boolean aligns() {
        return this == SWIPE || this == OVERLAY || this == BLINK;
    }

    /** The command-line spelling, e.g. "side-by-side". */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
