package app.scalpjournal.photo;

/** Where a photo's date came from, shown next to it so the user can judge and correct it. */
public enum DateSource {
    EXIF("exif", "camera (EXIF)"),
    FILE("file", "file modification time"),
    MANUAL("manual", "set by you");

    private final String id;
    private final String label;

    DateSource(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
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
