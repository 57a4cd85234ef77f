package app.scalpjournal.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;

/** The AtlantaFX look (light by default, dark on request) plus the app's own small stylesheet. */
public final class Themes {
    private static final String APP_CSS = Objects.requireNonNull(Themes.class.getResource("app.css")).toExternalForm();

    private Themes() {
    }

    /** Sets the look for every window of the app (JavaFX keeps one user-agent stylesheet per process). */
    public static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    public static void style(Scene scene) {
        scene.getStylesheets().add(APP_CSS);
    }
}
