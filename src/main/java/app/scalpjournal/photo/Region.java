package app.scalpjournal.photo;

import app.scalpjournal.text.Messages;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The scalp region a photo shows. {@link #id()} is what the database and the command line use. */
public enum Region {
    HAIRLINE("hairline"),
    TOP("top"),
    CROWN("crown"),
    LEFT_TEMPLE("left-temple"),
    RIGHT_TEMPLE("right-temple"),
    BACK("back"),
    OTHER("other");

    private static final Region[] VALUES = values();
    private final String id;

    Region(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** How the region reads on screen and in the summary: the bundle's {@code region.<id>}. */
    public String label() {
        return Messages.get("region." + id);
    }

    public static Optional<Region> fromId(String id) {
        for (Region r : VALUES) {
            if (r.id.equals(id)) {
                return Optional.of(r); // as the journal stores it, without trimming and lowering each row of a listing
            }
        }
        String wanted = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        for (Region r : VALUES) {
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
        return label();
    }
}
