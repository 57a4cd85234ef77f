package app.scalpjournal.photo.ui;

import app.scalpjournal.photo.CaptureConditions;
import app.scalpjournal.photo.ImportSummary;
import app.scalpjournal.text.Messages;
import java.util.function.Consumer;
import javafx.scene.control.TitledPane;

/** The import dialog's optional section "How these photos were taken", on an {@link ImportCaptureViewModel}. */
public final class ImportCaptureOptions {
    private ImportCaptureOptions() {
    }

    /**
     * Adds the section to {@code dialog}, offering the last choice again; the returned step, called with the
     * import's summary, stores what is chosen then.
     */
    public static Consumer<ImportSummary> addTo(ImportDialog dialog, ImportCaptureViewModel model) {
        CaptureConditionsPane pane = new CaptureConditionsPane(CaptureConditions.UNKNOWN);
        model.offeredProperty().addListener((obs, old, offered) -> pane.set(offered));
        model.load();
        TitledPane box = new TitledPane(Messages.get("capture.import.title"), pane);
        box.setId("importCapture");
        box.setExpanded(false);
        box.setAnimated(false);
        dialog.addOption(box);
        return summary -> {
            CaptureConditions chosen;
            try {
                chosen = pane.get();
            } catch (IllegalArgumentException e) {
                model.refused(e.getMessage());
                return;
            }
            model.store(chosen, summary);
        };
    }
}
