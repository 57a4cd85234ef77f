package app.scalpjournal.shell;

import app.scalpjournal.photo.Region;
import app.scalpjournal.text.Messages;
import app.scalpjournal.ui.Scrolling;
import app.scalpjournal.ui.Themes;
import app.scalpjournal.ui.WindowKeys;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Reminders inside the app, nothing sent anywhere: a thin view of {@link RemindersViewModel}. The
 * rule for routines is stated at the top, where frequencies and cadences turn into reminders.
 */
public final class RemindersWindow {
    private final Stage stage = new Stage();
    private final RemindersViewModel model;

    public RemindersWindow(Window owner, RemindersViewModel model) {
        this.model = model;
        stage.initOwner(owner);
        stage.setTitle(Messages.get("reminders.title"));
        VBox dueBox = lines("remindersDue", model.due(), Messages.get("reminders.nothingDue"));
        VBox upcomingBox = lines("remindersUpcoming", model.upcoming(), null);

        Label rule = hint(Messages.get("reminders.rule"));
        rule.setId("remindersRule");
        Label cadenceHint = hint(Messages.get("reminders.cadenceHint"));
        Button save = new Button(Messages.get("reminders.save"));
        save.setId("saveCadences");
        save.setAccessibleText(Messages.get("reminders.save.accessible"));
        save.setOnAction(e -> model.saveCadences());
        Label message = hint("");
        message.setId("remindersMessage");
        message.textProperty().bind(model.messageProperty());

        VBox content = new VBox(10, rule, title(Messages.get("reminders.dueNow")), dueBox, title(Messages.get("reminders.comingUp")),
                upcomingBox, title(Messages.get("reminders.cadences")), cadenceHint, cadenceGrid(), save, message);
        content.setPadding(new Insets(16));
        content.setAlignment(Pos.TOP_LEFT);
        ScrollPane scroll = Scrolling.followFocus(new ScrollPane(content));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        BorderPane root = new BorderPane(scroll, null, null, WindowKeys.closeBar(stage, "remindersClose"), null);
        root.getBottom().setStyle("-fx-padding: 8 16 12 16;");
        root.setId("remindersWindow");
        root.setPrefSize(580, 640);
        Scene scene = new Scene(root);
        Themes.style(scene);
        stage.setScene(scene);
        WindowKeys.closeOnEscape(stage);
    }

    public void show() {
        model.load();
        stage.show();
        stage.toFront();
    }

    private GridPane cadenceGrid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        int row = 0;
        for (Region region : Region.values()) {
            TextField days = new TextField();
            days.setId("cadence-" + region.id());
            days.setAccessibleText(Messages.get("reminders.cadence.accessible", region.label()));
            days.setPromptText(Messages.get("reminders.none"));
            days.setPrefColumnCount(6);
            days.textProperty().bindBidirectional(model.cadenceProperty(region));
            Label label = new Label(region.label());
            label.setLabelFor(days);
            grid.addRow(row++, label, days, new Label(Messages.get("reminders.days")));
        }
        return grid;
    }

    /** A box that shows the lines of a list as they change, or a hint when it is empty. */
    private VBox lines(String id, ObservableList<RemindersViewModel.Line> source, String whenEmpty) {
        VBox box = new VBox(4);
        box.setId(id);
        Runnable fill = () -> {
            box.getChildren().clear();
            for (RemindersViewModel.Line line : source) {
                Label label = new Label(line.text(), new FontIcon(line.photo() ? Material2AL.CAMERA_ALT : Material2AL.EVENT));
                label.setWrapText(true);
                box.getChildren().add(label);
            }
            if (source.isEmpty()) {
                Label empty = hint(whenEmpty);
                if (whenEmpty == null) {
                    empty.textProperty().bind(model.nothingUpcomingProperty());
                }
                box.getChildren().add(empty);
            }
        };
        source.addListener((ListChangeListener<RemindersViewModel.Line>) c -> fill.run());
        fill.run();
        return box;
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-label");
        return l;
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        return l;
    }
}
