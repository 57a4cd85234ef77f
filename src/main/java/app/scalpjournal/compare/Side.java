package app.scalpjournal.compare;

/** The two places a photo can be chosen for. */
public enum Side {
    LEFT,
    RIGHT
}
