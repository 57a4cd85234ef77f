package app.scalpjournal.shell;

import app.scalpjournal.context.AppContext;
import app.scalpjournal.sample.SampleJournal;
import app.scalpjournal.library.LibraryLocation;
import app.scalpjournal.library.Progress;
import app.scalpjournal.text.Messages;
import app.scalpjournal.ui.ScreenFit;
import app.scalpjournal.ui.TaskRunner;
import app.scalpjournal.ui.Themes;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * File > Open sample journal: makes the sample journal once, in its own folder beside the default
 * journal (never in the user's journal; reused when it is there), with a progress window while its
 * pictures are drawn and imported, and opens it in a second window set off from the first.
 */
public final class SampleJournalOpener {
    /** How far the sample's window sits from the one it was opened from, so both can be seen. */
    private static final double OFFSET = 48;

    private final Function<Path, AppContext> journals;

    /** @param journals opens a journal for a session (the sample's window gets its own context) */
    public SampleJournalOpener(Function<Path, AppContext> journals) {
        this.journals = journals;
    }

    /** A stable folder beside the default journal, so the sample survives restarts and is made only once. */
    static Path defaultFolder() {
        return LibraryLocation.defaultLocation().toAbsolutePath().resolveSibling(SampleJournal.FOLDER_NAME);
    }

    /** Makes or reuses the sample journal in {@code folder} and shows it beside {@code owner}; {@code message} reports progress. */
    void open(Path folder, TaskRunner runner, Consumer<String> message, Window owner) {
        ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        bar.setId("sampleProgress");
        bar.setPrefWidth(380);
        Label text = new Label(Messages.get("sample.opening"));
        text.setWrapText(true);
        VBox box = new VBox(12, text, bar);
        box.setId("sampleProgressWindow");
        box.setPadding(new Insets(20));
        Stage progress = new Stage();
        progress.initOwner(owner);
        progress.setTitle(Messages.get("sample.title"));
        progress.setScene(new Scene(box));
        Themes.style(progress.getScene());
        progress.show();
        message.accept(Messages.get("sample.opening"));
        runner.run(() -> openOrCreate(journals.apply(folder), () -> runner.onUi(() -> text.setText(Messages.get("sample.making"))),
                (done, total) -> runner.onUi(() -> bar.setProgress((double) done / total))), context -> {
            progress.close();
            show(context, message, owner);
        }, e -> {
            progress.close();
            message.accept(Messages.get("sample.failed", e.getMessage()));
        });
    }

    /** The sample journal as the main window (--sample): made first when it has no photos. Slow: not on the FX thread. */
    static AppContext openOrCreate(Path folder) {
        return openOrCreate(AppContext.openSession(folder), () -> { }, Progress.NONE);
    }

    private static AppContext openOrCreate(AppContext context, Runnable making, Progress progress) {
        try {
            if (context.photos().count() == 0) {
                making.run();
                LocalDate first = context.sampleJournal().create(LocalDate.now(context.clock()), progress).first();
                context.sampleLog().create(first);
            }
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
        return WindowServices.builtAhead(context);
    }

    private void show(AppContext context, Consumer<String> message, Window owner) {
        ViewFactory views = new ViewFactory(WindowServices.of(context), this);
        Stage stage = new Stage();
        Scene scene = new Scene(views.mainWindow(), 1180, 760);
        Themes.style(scene);
        stage.setTitle(Messages.get("sample.windowTitle", context.library().root()));
        stage.setScene(scene);
        stage.setOnHidden(e -> {
            views.close();
            context.close();
        });
        if (owner != null && !Double.isNaN(owner.getX())) {
            stage.setX(owner.getX() + OFFSET);
            stage.setY(owner.getY() + OFFSET);
        }
        stage.show();
        ScreenFit.clamp(stage);
        message.accept(Messages.get("sample.open", context.library().root()));
    }
}
