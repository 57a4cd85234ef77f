package app.scalpjournal.compare.ui;

import java.util.List;

/** The compare window's keyboard shortcuts: one list, shown in the help overlay and in the menu. */
public final class Shortcuts {
    /** One shortcut as the user reads it. */
    public record Shortcut(String keys, String action) {
    }

    public static final List<Shortcut> ALL = List.of(
            new Shortcut("1  2  3  4", "Side by side, swipe, overlay, strip"),
            new Shortcut("Left, Right", "Earlier / later date on the right"),
            new Shortcut("Shift + Left, Right", "Earlier / later date on the left"),
            new Shortcut("F", "Fit the photos in the window"),
            new Shortcut("A", "Actual size (100%)"),
            new Shortcut("+  −  or wheel", "Zoom in / out (the wheel zooms at the pointer)"),
            new Shortcut("Drag", "Pan both photos together"),
            new Shortcut("L", "Align mode: dragging moves the later photo (swipe, overlay)"),
            new Shortcut("Ctrl + drag", "Move the later photo (swipe, overlay)"),
            new Shortcut("Ctrl + wheel", "Scale the later photo"),
            new Shortcut("Alt + wheel", "Rotate the later photo"),
            new Shortcut("Ctrl + arrow keys", "Nudge the later photo"),
            new Shortcut("R", "Reset the alignment"),
            new Shortcut("Ctrl + S", "Save the alignment for this pair"),
            new Shortcut("[  ]", "Overlay opacity down / up"),
            new Shortcut("Ctrl + E", "Save this comparison as an image"),
            new Shortcut("? or F1", "Show or hide these shortcuts"),
            new Shortcut("Esc", "Hide the shortcuts, else close the window"));

    private Shortcuts() {
    }
}
