package app.scalpjournal.journal.ui;

import app.scalpjournal.journal.LogKind;
import app.scalpjournal.journal.SearchHit;
import app.scalpjournal.photo.Region;
import app.scalpjournal.text.DateFormats;
import app.scalpjournal.text.Messages;
import app.scalpjournal.ui.DatePickers;
import app.scalpjournal.ui.Themes;
import app.scalpjournal.ui.WindowKeys;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Search over notes, log items, product names and tags, with region, kind and date filters; a thin
 * view of {@link SearchViewModel}. Opening a result shows its entry (or the routines) in the main window.
 */
public final class SearchWindow {
    private final Stage stage = new Stage();
    private final TextField words = new TextField();
    private final SearchViewModel model;

    public SearchWindow(Window owner, SearchViewModel model) {
        this.model = model;
        stage.initOwner(owner);
        stage.setTitle(Messages.get("search.title"));
        words.setId("searchText");
        words.setAccessibleText(Messages.get("search.words.accessible"));
        words.setPromptText(Messages.get("search.words.prompt"));
        words.textProperty().bindBidirectional(model.wordsProperty());
        words.setOnAction(e -> model.search());
        ComboBox<Region> region = choice("searchRegion", Messages.get("search.region.accessible"), Region.values(),
                Region::label, Messages.get("search.region.any"));
        region.valueProperty().bindBidirectional(model.regionProperty());
        ComboBox<LogKind> kind = choice("searchKind", Messages.get("search.kind.accessible"), LogKind.values(),
                LogKind::label, Messages.get("search.kind.any"));
        kind.valueProperty().bindBidirectional(model.kindProperty());
        DatePicker from = picker("searchFrom", Messages.get("search.from.prompt"), Messages.get("search.from.accessible"));
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = picker("searchTo", Messages.get("search.to.prompt"), Messages.get("search.to.accessible"));
        to.valueProperty().bindBidirectional(model.toProperty());
        Button go = new Button(Messages.get("search.go"));
        go.setId("searchGo");
        go.setAccessibleText(Messages.get("search.go"));
        go.getStyleClass().add("accent");
        go.setOnAction(e -> model.search());

        HBox top = new HBox(8, words, go);
        HBox.setHgrow(words, Priority.ALWAYS);
        FlowPane filters = new FlowPane(8, 8, region, kind, from, to);
        filters.setAlignment(Pos.CENTER_LEFT);
        ListView<SearchHit> results = results();
        Label status = new Label();
        status.setId("searchStatus");
        status.getStyleClass().add("hint");
        // One message: in the empty list while there is nothing to show, under the list once there is.
        status.textProperty().bind(Bindings.when(Bindings.isEmpty(model.results())).then("").otherwise(model.messageProperty()));
        VBox root = new VBox(10, top, filters, results, new BorderPane(null, null, WindowKeys.closeButton(stage, "searchClose"), null, status));
        BorderPane.setAlignment(status, Pos.CENTER_LEFT);
        root.setId("searchWindow");
        root.setPadding(new Insets(14));
        VBox.setVgrow(results, Priority.ALWAYS);
        Scene scene = new Scene(root, 720, 480);
        Themes.style(scene);
        stage.setScene(scene);
        WindowKeys.closeOnEscape(stage);
    }

    /** Shows the window, searching for these words when given. */
    public void show(String text) {
        if (text != null && !text.isBlank()) {
            model.search(text);
        }
        stage.show();
        stage.toFront();
        words.requestFocus();
    }

    private ListView<SearchHit> results() {
        ListView<SearchHit> results = new ListView<>(model.results());
        results.setId("searchResults");
        results.setAccessibleText(Messages.get("search.results.accessible"));
        Label empty = new Label();
        empty.setId("searchMessage");
        empty.setWrapText(true);
        empty.textProperty().bind(model.messageProperty());
        results.setPlaceholder(empty);
        results.setCellFactory(v -> new HitCell());
        results.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                model.open(results.getSelectionModel().getSelectedItem());
            }
        });
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.open(results.getSelectionModel().getSelectedItem());
            }
        });
        return results;
    }

    private static DatePicker picker(String id, String prompt, String accessible) {
        DatePicker picker = DatePickers.localized(new DatePicker());
        picker.setId(id);
        picker.setPromptText(prompt);
        picker.setAccessibleText(accessible);
        picker.setPrefWidth(150);
        return picker;
    }

    private static <T> ComboBox<T> choice(String id, String accessible, T[] values, Function<T, String> label, String none) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.setAccessibleText(accessible);
        box.getItems().add(null);
        box.getItems().addAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? none : label.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? none : label.apply(value));
            }
        });
        return box;
    }

    /** A result: its day (or routine and start day), then its own words with the matched ones in bold. */
    private static final class HitCell extends ListCell<SearchHit> {
        HitCell() {
            // The list's width, not the longest line's: wrapped results keep their height as the list scrolls.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            setText(null);
            if (empty || hit == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            Label title = new Label(hit.type() == SearchHit.Type.ENTRY ? DateFormats.day(hit.date())
                    : Messages.get("search.routineSince", hit.title(), DateFormats.day(hit.date())));
            title.getStyleClass().add("entry-date");
            TextFlow snippet = new TextFlow();
            String[] parts = hit.snippet().split("[\\[\\]]", -1);
            for (int i = 0; i < parts.length; i++) {
                Text t = new Text(parts[i]);
                t.getStyleClass().add(i % 2 == 1 ? "search-match" : "search-text");
                snippet.getChildren().add(t);
            }
            snippet.maxWidthProperty().bind(widthProperty().subtract(40));
            setGraphic(new VBox(2, title, snippet));
            setAccessibleText(title.getText() + ". " + hit.snippet().replace("[", "").replace("]", ""));
        }
    }
}
