package app.scalpjournal.shell;

import app.scalpjournal.context.AppContext;
import app.scalpjournal.library.DamagedJournalException;
import app.scalpjournal.library.LibraryException;
import app.scalpjournal.library.LibraryLocation;
import app.scalpjournal.library.SnapshotRestore;
import app.scalpjournal.ui.Dialogs;
import app.scalpjournal.ui.Themes;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
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
    private volatile boolean stopped;
    private boolean recovering;

    public static void launchOn(Path folder) {
        libraryFolder = folder;
        Application.launch(App.class);
    }

    @Override
    public void start(Stage stage) {
        Themes.apply(false);
        Path folder = folder();
        stage.setTitle("Scalp Journal");
        stage.setMinWidth(760);
        stage.setMinHeight(520);
        for (int size : ICON_SIZES) {
            try (InputStream in = Objects.requireNonNull(App.class.getResourceAsStream("/app/scalpjournal/ui/icon-" + size + ".png"))) {
                stage.getIcons().add(new Image(in));
            } catch (java.io.IOException e) {
                // an icon is decoration; the window works without it
            }
        }
        Label opening = new Label("Opening the journal at " + folder + "…");
        opening.setId("opening");
        Scene scene = new Scene(new StackPane(opening), 1180, 760);
        Themes.style(scene);
        stage.setScene(scene);
        stage.sizeToScene(); // a stage that showed another scene before (tests reuse one) keeps its old size otherwise
        stage.show();
        openInBackground(stage, folder, () -> { });
    }

    /** Opening may migrate the schema and tidy up after the last session: not on the FX thread. */
    private void openInBackground(Stage stage, Path folder, Runnable before) {
        Thread opener = new Thread(() -> {
            try {
                before.run();
                AppContext opened = AppContext.openSession(folder);
                Platform.runLater(() -> show(stage, opened));
            } catch (RuntimeException e) {
                Platform.runLater(() -> cannotOpen(stage, folder, e));
            }
        }, "scalp-journal-open");
        opener.setDaemon(true);
        opener.start();
    }

    private void show(Stage stage, AppContext opened) {
        if (stopped) {
            opened.close();
            return;
        }
        context = opened;
        views = new ViewFactory(context, AppContext::openSession);
        stage.getScene().setRoot(views.mainWindow());
        stage.setTitle("Scalp Journal — " + context.library().root());
    }

    /**
     * A locked, newer or damaged journal: say so in one message and leave, without a stack trace. A
     * damaged journal with an automatic snapshot is offered that snapshot instead (once).
     */
    private void cannotOpen(Stage stage, Path folder, RuntimeException e) {
        if (e instanceof DamagedJournalException damaged && damaged.latestSnapshot().isPresent() && !recovering
                && Dialogs.confirm(stage, "The journal is damaged", e.getMessage()
                        + "\n\nRestore the snapshot now? The damaged database is kept in the backups folder.", "Restore snapshot")) {
            recovering = true;
            openInBackground(stage, folder, () -> SnapshotRestore.restoreLatest(folder));
            return;
        }
        stage.hide();
        String message = e instanceof LibraryException || e.getMessage() != null ? e.getMessage() : e.toString();
        Dialogs.problem(null, "Cannot open the journal", message);
        Platform.exit();
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
        stopped = true;
        if (views != null) {
            views.close();
        }
        if (context != null) {
            context.close();
        }
    }
}
