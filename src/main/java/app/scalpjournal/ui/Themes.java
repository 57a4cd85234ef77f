package app.scalpjournal.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * The AtlantaFX look (light by default, dark on request) plus the app's own small stylesheet. The choice
 * is remembered for the user in Java preferences, not in a journal: it belongs to the person, and the
 * sample journal or a restored copy should look the same.
 */
public final class Themes {
    private static final String APP_CSS = Objects.requireNonNull(Themes.class.getResource("app.css")).toExternalForm();
    private static final String DARK = "dark";

    private Themes() {
    }

    /** Sets the look for every window of the app (JavaFX keeps one user-agent stylesheet per process). */
    public static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    /** Whether this user last chose the dark look. */
    public static boolean chosenDark() {
        return preferences().getBoolean(DARK, false);
    }

    /** Applies the look and remembers it for the next start. */
    public static void choose(boolean dark) {
        apply(dark);
        preferences().putBoolean(DARK, dark);
    }

    private static Preferences preferences() {
        return Preferences.userRoot().node("/app/scalpjournal/look");
    }

    public static void style(Scene scene) {
        scene.getStylesheets().add(APP_CSS);
    }
}
