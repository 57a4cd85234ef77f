package app.scalpjournal.photo;

import app.scalpjournal.text.Messages;

/** Where a photo's date came from, shown next to it so the user can judge and correct it. */
public enum DateSource {
    EXIF("exif"),
    FILE("file"),
    MANUAL("manual");

    private final String id;

    DateSource(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The bundle's {@code photo.dateSource.<id>}. */
    public String label() {
        return Messages.get("photo.dateSource." + id);
    }

    public static DateSource fromId(String id) {
        for (DateSource source : values()) {
            if (source.id.equals(id)) {
                return source;
            }
        }
        throw new IllegalArgumentException("unknown date source: " + id);
    }
}
