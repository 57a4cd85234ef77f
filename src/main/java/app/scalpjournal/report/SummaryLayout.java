package app.scalpjournal.report;

import java.util.Arrays;
import java.util.Optional;

/** How much the summary holds: compact is page 1 and the notes (one or two pages); full adds pages of photos. */
public enum SummaryLayout {
    COMPACT("compact"),
    FULL("full");

    private final String id;

    SummaryLayout(String id) {
        this.id = id;
    }

    /** The command line's name for it. */
    public String id() {
        return id;
    }

    public static Optional<SummaryLayout> fromId(String id) {
        return Arrays.stream(values()).filter(l -> l.id.equals(id)).findFirst();
    }
}
