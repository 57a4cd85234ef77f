package app.scalpjournal.report.ui;

import app.scalpjournal.text.Messages;
import app.scalpjournal.ui.LastFolder;
import app.scalpjournal.ui.ScreenFit;
import app.scalpjournal.report.Paper;
import app.scalpjournal.report.SummaryPrinter;
import app.scalpjournal.report.VisitSummaries;
import app.scalpjournal.ui.TaskRunner;
import app.scalpjournal.ui.Themes;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the visit summary in its own window, over the main window. */
public final class VisitSummaryDialog {
    private VisitSummaryDialog() {
    }

    public static Stage open(Window owner, VisitSummaries summaries, TaskRunner runner, Clock clock) {
        VisitSummaryViewModel model = new VisitSummaryViewModel(summaries, runner, SummaryPrinter::printWithDialog, Paper.forUser());
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Messages.get("summary.title"));
        VisitSummaryView view = new VisitSummaryView(model, window -> chooseFile(window, model, clock), stage::close);
        Scene scene = new Scene(view, 1000, 760);
        Themes.style(scene);
        stage.setScene(scene);
        stage.show();
        ScreenFit.clamp(stage);
        model.load();
        return stage;
    }

    private static Optional<Path> chooseFile(Window window, VisitSummaryViewModel model, Clock clock) {
        LastFolder folder = LastFolder.forUser("summary");
        FileChooser chooser = folder.applyTo(new FileChooser());
        chooser.setTitle(Messages.get("summary.dialog.saveTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("summary.dialog.pdf"), "*.pdf"));
        chooser.setInitialFileName(VisitSummaryView.suggestedFileName(model.options().visitDateProperty().get(), LocalDate.now(clock)));
        File file = chooser.showSaveDialog(window);
        if (file == null) {
            return Optional.empty();
        }
        folder.remember(file);
        Path path = file.toPath();
        return Optional.of(path.getFileName().toString().toLowerCase().endsWith(".pdf") ? path
                : path.resolveSibling(path.getFileName() + ".pdf"));
    }
}
