package app.scalpjournal.photo;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The scalp region a photo shows. {@link #id()} is what the database and the command line use. */
public enum Region {
    HAIRLINE("hairline", "Hairline / front"),
    TOP("top", "Top / part line"),
    CROWN("crown", "Crown / vertex"),
    LEFT_TEMPLE("left-temple", "Left temple"),
    RIGHT_TEMPLE("right-temple", "Right temple"),
    BACK("back", "Back"),
    OTHER("other", "Other");

    private final String id;
    private final String label;

    Region(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<Region> fromId(String id) {
        String wanted = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        for (Region r : values()) {
            if (r.id.equals(wanted)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** Parses an id, or says which ids exist. */
    public static Region parse(String id) {
        return fromId(id).orElseThrow(() -> new IllegalArgumentException(
                "unknown region '" + id + "' (use one of: " + String.join(", ", Arrays.stream(values()).map(Region::id).toList()) + ")"));
    }

    @Override
    public String toString() {
        return label;
    }
}
