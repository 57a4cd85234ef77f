package app.scalpjournal.shell;

import app.scalpjournal.ui.TaskRunner;
import app.scalpjournal.ui.Themes;
import app.scalpjournal.context.AppContext;
import app.scalpjournal.sample.SampleJournal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * File > Open sample journal: creates the sample journal (once, in its own folder, never in the
 * user's journal) on the background executor and opens it in a second window.
 */
final class SampleJournalOpener {
    private final Function<Path, AppContext> journals;
    private final TaskRunner runner;
    private final Consumer<String> message;

    SampleJournalOpener(Function<Path, AppContext> journals, TaskRunner runner, Consumer<String> message) {
        this.journals = journals;
        this.runner = runner;
        this.message = message;
    }

    /** A per-user folder under the temporary directory: the sample is disposable. */
    static Path defaultFolder() {
        return Path.of(System.getProperty("java.io.tmpdir"), "scalp-journal-" + System.getProperty("user.name", "user"))
                .resolve(SampleJournal.FOLDER_NAME);
    }

    void open(Path folder) {
        message.accept("Preparing the sample journal (synthetic pictures)…");
        runner.run(() -> fillIfEmpty(journals.apply(folder)), this::show, e -> message.accept("The sample journal could not be opened: " + e.getMessage()));
    }

    /** The sample journal as the main window (--sample): made first when it has no photos. Slow: not on the FX thread. */
    static AppContext openOrCreate(Path folder) {
        return fillIfEmpty(AppContext.openSession(folder));
    }

    private static AppContext fillIfEmpty(AppContext context) {
        try {
            if (context.photos().count() == 0) {
                SampleJournal.Result made = context.sampleJournal().create(LocalDate.now(context.clock()));
                context.sampleLog().create(made.first());
            }
            return context;
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
    }

    private void show(AppContext context) {
        ViewFactory views = new ViewFactory(context, journals);
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
