package app.scalpjournal.compare;

/** How the two chosen photos are shown. */
public enum CompareMode {
    SIDE_BY_SIDE("Side by side"),
    SWIPE("Swipe"),
    OVERLAY("Overlay"),
    STRIP("Strip");

    private final String label;

    CompareMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Manual alignment applies where one photo is drawn over the other. */
    public boolean aligns() {
        return this == SWIPE || this == OVERLAY;
    }
}
