package app.scalpjournal.journal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Something the user noticed after a log item, in their own terms; the app only records it. */
public enum SideEffect {
    REDNESS("redness", "Redness"),
    SWELLING("swelling", "Swelling"),
    ITCHING("itching", "Itching"),
    PAIN("pain", "Pain"),
    SHEDDING("shedding", "Shedding"),
    OTHER("other", "Other");

    private final String id;
    private final String label;

    SideEffect(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<SideEffect> fromId(String id) {
        String wanted = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.id.equals(wanted)).findFirst();
    }

    public static SideEffect parse(String id) {
        return fromId(id).orElseThrow(() -> new IllegalArgumentException(
                "unknown side effect '" + id + "' (use one of: " + String.join(", ", Arrays.stream(values()).map(SideEffect::id).toList()) + ")"));
    }

    @Override
    public String toString() {
        return label;
    }
}
