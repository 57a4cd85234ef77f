package app.scalpjournal;

import app.scalpjournal.library.LibraryException;
import app.scalpjournal.library.LibraryLocation;
import app.scalpjournal.ui.Dialogs;
import app.scalpjournal.ui.Themes;
import app.scalpjournal.ui.ViewFactory;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The JavaFX application: start and stop only; everything else is wired in {@link AppContext} and
 * {@link ViewFactory}. The journal folder comes from {@link #launchOn} or a {@code --library=DIR}
 * parameter (how tests start it).
 */
public final class App extends Application {
    private static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256};
    private static volatile Path libraryFolder;
    private AppContext context;
    private ViewFactory views;

    public static void launchOn(Path folder) {
        libraryFolder = folder;
        Application.launch(App.class);
    }

    @Override
    public void start(Stage stage) {
        Themes.apply(false);
        Path folder = folder();
        try {
            context = AppContext.open(folder);
        } catch (LibraryException e) {
            Dialogs.problem(null, "Cannot open the journal", e.getMessage());
            Platform.exit();
            return;
        }
        views = new ViewFactory(context);
        Scene scene = new Scene(views.mainWindow(), 1180, 760);
        Themes.style(scene);
        stage.setTitle("Scalp Journal — " + context.library().root());
        stage.setMinWidth(760);
        stage.setMinHeight(520);
        for (int size : ICON_SIZES) {
            try (InputStream in = Objects.requireNonNull(App.class.getResourceAsStream("ui/icon-" + size + ".png"))) {
                stage.getIcons().add(new Image(in));
            } catch (java.io.IOException e) {
                // an icon is decoration; the window works without it
            }
        }
        stage.setScene(scene);
        stage.show();
    }

    private Path folder() {
        String named = getParameters() == null ? null : getParameters().getNamed().get("library");
        if (named != null) {
            return Path.of(named);
        }
        return libraryFolder != null ? libraryFolder : LibraryLocation.defaultLocation();
    }

    @Override
    public void stop() {
        if (views != null) {
            views.close();
        }
        if (context != null) {
            context.close();
        }
    }
}
