package app.scalpjournal.report.ui;

import app.scalpjournal.text.Messages;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.effect.DropShadow;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The visit summary dialog's content: options on the left, the pages as they will be saved or
 * printed on the right, and Save / Print below. Any change of option re-renders the preview after
 * a short pause.
 */
public final class VisitSummaryView extends BorderPane {
    private static final double PAGE_WIDTH = 560;

    private final VisitSummaryViewModel model;
    private final SummaryOptions choices;
    private final Function<Window, Optional<Path>> chooseTarget;
    private final PauseTransition settle = new PauseTransition(Duration.millis(400));
    private final VBox pageList = new VBox(16);

    /** @param chooseTarget asks where to save (a file chooser in the app); empty when the user cancels */
    public VisitSummaryView(VisitSummaryViewModel model, Function<Window, Optional<Path>> chooseTarget, Runnable close) {
        this.model = model;
        this.choices = model.options();
        this.chooseTarget = chooseTarget;
        setId("visitSummary");
        setPadding(new Insets(12));
        settle.setOnFinished(e -> model.preview());

        setLeft(new SummaryOptionsPane(choices, () -> {
            model.invalidate();
            settle.playFromStart();
        }));
        setCenter(preview());
        setBottom(actions(close));
        model.pages().addListener((ListChangeListener<BufferedImage>) change -> showPages());
    }

    private ScrollPane preview() {
        pageList.setId("summaryPages");
        pageList.setAlignment(Pos.TOP_CENTER);
        pageList.setPadding(new Insets(16));
        pageList.setStyle("-fx-background-color: -color-bg-subtle;");
        ScrollPane scroll = new ScrollPane(pageList);
        scroll.setId("summaryPreview");
        scroll.setAccessibleText(Messages.get("summary.dialog.preview.accessible"));
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(PAGE_WIDTH + 40);
        BorderPane.setMargin(scroll, new Insets(0, 0, 0, 4));
        return scroll;
    }

    private HBox actions(Runnable close) {
        ProgressBar progress = new ProgressBar();
        progress.setId("summaryProgress");
        progress.setAccessibleText(Messages.get("summary.dialog.progress.accessible"));
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.busyProperty());
        progress.setPrefWidth(160);
        progress.managedProperty().bind(progress.visibleProperty());
        Label message = new Label();
        message.setId("summaryMessage");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);

        Button save = new Button(Messages.get("summary.dialog.save"));
        save.setId("summarySave");
        save.setAccessibleText(Messages.get("summary.dialog.save.accessible"));
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.readyProperty().not().or(model.busyProperty()));
        save.setOnAction(e -> chooseTarget.apply(getScene().getWindow()).ifPresent(path -> model.save(path, saved -> { })));
        Button print = new Button(Messages.get("summary.dialog.print"));
        print.setId("summaryPrint");
        print.setAccessibleText(Messages.get("summary.dialog.print.accessible"));
        print.disableProperty().bind(model.readyProperty().not().or(model.busyProperty()));
        print.setOnAction(e -> model.print());
        Button closeButton = new Button(Messages.get("summary.dialog.close"));
        closeButton.setId("summaryClose");
        closeButton.setAccessibleText(Messages.get("summary.dialog.close.accessible"));
        closeButton.setCancelButton(true);
        closeButton.setOnAction(e -> close.run());

        HBox bar = new HBox(10, progress, message, save, print, closeButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(12, 0, 0, 0));
        return bar;
    }

    private void showPages() {
        pageList.getChildren().clear();
        int n = 0;
        for (BufferedImage page : model.pages()) {
            ImageView view = new ImageView(SwingFXUtils.toFXImage(page, null));
            view.setId("summaryPage" + (++n));
            view.setAccessibleText(Messages.get("summary.dialog.page", n));
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.setFitWidth(PAGE_WIDTH);
            view.setEffect(new DropShadow(8, javafx.scene.paint.Color.rgb(0, 0, 0, 0.25)));
            pageList.getChildren().add(view);
        }
    }

    /** The file name offered when saving: the visit date, else today. */
    public static String suggestedFileName(LocalDate visitDate, LocalDate today) {
        return "visit-summary-" + (visitDate != null ? visitDate : today) + ".pdf";
    }
}
