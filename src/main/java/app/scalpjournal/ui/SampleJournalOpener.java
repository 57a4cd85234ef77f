package app.scalpjournal.ui;

import app.scalpjournal.AppContext;
import app.scalpjournal.sample.SampleJournal;
import app.scalpjournal.sample.SampleLog;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * File > Open sample journal: creates the sample journal (once, in its own folder, never in the
 * user's journal) on the background executor and opens it in a second window.
 */
public final class SampleJournalOpener {
    private final TaskRunner runner;
    private final Consumer<String> message;

    SampleJournalOpener(TaskRunner runner, Consumer<String> message) {
        this.runner = runner;
        this.message = message;
    }

    /** A per-user folder under the temporary directory: the sample is disposable. */
    public static Path defaultFolder() {
        return Path.of(System.getProperty("java.io.tmpdir"), "scalp-journal-" + System.getProperty("user.name", "user"))
                .resolve(SampleJournal.FOLDER_NAME);
    }

    void open(Path folder) {
        message.accept("Preparing the sample journal (synthetic pictures)…");
        runner.run(() -> openOrCreate(folder), this::show, e -> message.accept("The sample journal could not be opened: " + e.getMessage()));
    }

    /** Opens the sample journal in {@code folder}, filling it first when it has no photos yet. Slow: not on the FX thread. */
    public static AppContext openOrCreate(Path folder) {
        AppContext context = AppContext.open(folder);
        try {
            if (context.photos().count() == 0) {
                SampleJournal.Result made = new SampleJournal(context.importer(), context.photos(), context.captures())
                        .create(LocalDate.now(context.clock()));
                new SampleLog(context.entries(), context.log(), context.routines(), context.tags(), context.cadences(),
                        context.validator()).create(made.first());
            }
            return context;
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
    }

    private void show(AppContext context) {
        ViewFactory views = new ViewFactory(context);
        Stage stage = new Stage();
        Scene scene = new Scene(views.mainWindow(), 1180, 760);
        Themes.style(scene);
        stage.setTitle("Scalp Journal — sample journal (synthetic pictures) — " + context.library().root());
        stage.setScene(scene);
        stage.setOnHidden(e -> {
            views.close();
            context.close();
        });
        stage.show();
        message.accept("The sample journal is open in its own window: " + context.library().root());
    }
}
