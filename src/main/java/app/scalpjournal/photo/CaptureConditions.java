package app.scalpjournal.photo;

import app.scalpjournal.text.Messages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How a photo was taken, because washing, wetness, product and light change how hair looks. Every
 * part may be unknown (null, or blank text).
 */
public record CaptureConditions(Boolean washed, HairState hairState, Boolean productInHair, Lighting lighting,
                                String camera, String distance, String note) {
    public static final CaptureConditions UNKNOWN = new CaptureConditions(null, null, null, null, "", "", "");
    static final int MAX_TEXT = 200;

    public CaptureConditions {
        camera = clean(camera);
        distance = clean(distance);
        note = clean(note);
        if (camera.length() > MAX_TEXT || distance.length() > MAX_TEXT || note.length() > MAX_TEXT * 5) {
            throw new IllegalArgumentException("a capture condition text is too long (camera and distance up to "
                    + MAX_TEXT + " characters, note up to " + MAX_TEXT * 5 + ")");
        }
    }

    public enum HairState {
        WET("wet"), DAMP("damp"), DRY("dry");

        private final String id;

        HairState(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static HairState parse(String id) {
            return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown hair state '" + id + "' (use wet, damp or dry)"));
        }

        /** The bundle's {@code capture.hair.<id>}, shown in the capture conditions' choices. */
        @Override
        public String toString() {
            return Messages.get("capture.hair." + id);
        }
    }

    public enum Lighting {
        DAYLIGHT("daylight"), INDOOR("indoor"), FLASH("flash");

        private final String id;

        Lighting(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Lighting parse(String id) {
            return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown lighting '" + id + "' (use daylight, indoor or flash)"));
        }

        /** The bundle's {@code capture.lighting.<id>}. */
        @Override
        public String toString() {
            return Messages.get("capture.lighting." + id);
        }
    }

    /** Whether nothing is known: equal to {@link #UNKNOWN} (the constructor makes blank text ""). */
    public boolean isUnknown() {
        return washed == null && hairState == null && productInHair == null && lighting == null
                && camera.isEmpty() && distance.isEmpty() && note.isEmpty();
    }

    /** "washed · dry · no product · daylight · phone · 30 cm", or "" when nothing is known. */
    public String summary() {
        List<String> parts = new ArrayList<>();
        if (washed != null) {
            parts.add(washed ? "washed that day" : "not washed that day");
        }
        if (hairState != null) {
            parts.add(hairState.id());
        }
        if (productInHair != null) {
            parts.add(productInHair ? "product in hair" : "no product");
        }
        if (lighting != null) {
            parts.add(lighting.toString().toLowerCase(Locale.ROOT));
        }
        for (String text : List.of(camera, distance, note)) {
            if (!text.isEmpty()) {
                parts.add(text);
            }
        }
        return String.join(" · ", parts);
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
