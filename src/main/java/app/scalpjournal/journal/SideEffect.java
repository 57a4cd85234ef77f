package app.scalpjournal.journal;

import app.scalpjournal.text.Messages;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Something the user noticed after a log item, in their own terms; the app only records it. */
public enum SideEffect {
    REDNESS("redness"),
    SWELLING("swelling"),
    ITCHING("itching"),
    PAIN("pain"),
    SHEDDING("shedding"),
    OTHER("other");

    private final String id;

    SideEffect(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The bundle's {@code log.sideEffect.<id>}. */
    public String label() {
        return Messages.get("log.sideEffect." + id);
    }

    public static Optional<SideEffect> fromId(String id) {
        String wanted = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        for (SideEffect s : values()) {
            if (s.id.equals(wanted)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public static SideEffect parse(String id) {
        return fromId(id).orElseThrow(() -> new IllegalArgumentException(
                "unknown side effect '" + id + "' (use one of: " + String.join(", ", Arrays.stream(values()).map(SideEffect::id).toList()) + ")"));
    }

    @Override
    public String toString() {
        return label();
    }
}
