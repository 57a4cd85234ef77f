package app.scalpjournal.journal.ui;

import app.scalpjournal.journal.JournalSearch;
import app.scalpjournal.journal.LogKind;
import app.scalpjournal.journal.SearchHit;
import app.scalpjournal.journal.SearchQuery;
import app.scalpjournal.photo.Region;
import app.scalpjournal.text.DateFormats;
import app.scalpjournal.ui.TaskRunner;
import app.scalpjournal.ui.Themes;
import java.util.function.Consumer;
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
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Search over notes, log items, product names and tags, with region, kind and date filters.
 * Opening a result shows its entry (or the routines) in the main window.
 */
public final class SearchWindow {
    private final Stage stage = new Stage();
    private final TextField words = new TextField();
    private final ComboBox<Region> region = new ComboBox<>();
    private final ComboBox<LogKind> kind = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ListView<SearchHit> results = new ListView<>();
    private final Label status = new Label();
    private final JournalSearch search;
    private final TaskRunner runner;
    private final Consumer<SearchHit> open;
    private TaskRunner.Handle pending;

    public SearchWindow(Window owner, JournalSearch search, TaskRunner runner, Consumer<SearchHit> open) {
        this.search = search;
        this.runner = runner;
        this.open = open;
        stage.initOwner(owner);
        stage.setTitle("Search the journal");
        words.setId("searchText");
        words.setAccessibleText("Words to find in notes, log items, product names and tags");
        words.setPromptText("Words in notes, log items, products, tags");
        words.setOnAction(e -> run());
        region.setId("searchRegion");
        region.setAccessibleText("Only entries with photos of this region");
        region.getItems().add(null);
        region.getItems().addAll(Region.values());
        region.setConverter(converter("Any region"));
        region.setButtonCell(cell("Any region"));
        kind.setId("searchKind");
        kind.setAccessibleText("Only entries with log items of this kind");
        kind.getItems().add(null);
        kind.getItems().addAll(LogKind.values());
        kind.setConverter(converter("Any kind"));
        kind.setButtonCell(cell("Any kind"));
        from.setId("searchFrom");
        from.setAccessibleText("From this day");
        from.setPromptText("from");
        from.setPrefWidth(130);
        to.setId("searchTo");
        to.setAccessibleText("Up to this day");
        to.setPromptText("to");
        to.setPrefWidth(130);
        region.valueProperty().addListener((o, a, b) -> run());
        kind.valueProperty().addListener((o, a, b) -> run());
        from.valueProperty().addListener((o, a, b) -> run());
        to.valueProperty().addListener((o, a, b) -> run());
        Button go = new Button("Search");
        go.setId("searchGo");
        go.setAccessibleText("Search");
        go.getStyleClass().add("accent");
        go.setOnAction(e -> run());

        results.setId("searchResults");
        results.setAccessibleText("Search results; press Enter or double-click to open one");
        results.setPlaceholder(new Label("Type words or choose a filter."));
        results.setCellFactory(v -> new HitCell());
        results.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected();
            }
        });
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });
        status.setId("searchStatus");
        status.getStyleClass().add("hint");

        HBox top = new HBox(8, words, go);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox filters = new HBox(8, region, kind, from, to);
        filters.setAlignment(Pos.CENTER_LEFT);
        VBox root = new VBox(10, top, filters, results, status);
        root.setId("searchWindow");
        root.setPadding(new Insets(14));
        VBox.setVgrow(results, Priority.ALWAYS);
        Scene scene = new Scene(root, 720, 480);
        Themes.style(scene);
        stage.setScene(scene);
    }

    /** Shows the window, searching for these words when given. */
    public void show(String text) {
        if (text != null && !text.isBlank()) {
            words.setText(text);
            run();
        }
        stage.show();
        stage.toFront();
        words.requestFocus();
    }

    private void run() {
        SearchQuery q = new SearchQuery(words.getText(), region.getValue() == null ? null : region.getValue().id(), kind.getValue(),
                from.getValue(), to.getValue());
        if (pending != null) {
            pending.cancel();
        }
        if (q.isEmpty()) {
            results.getItems().clear();
            status.setText("");
            return;
        }
        status.setText("Searching…");
        pending = runner.run(() -> search.search(q), hits -> {
            results.getItems().setAll(hits);
            status.setText(hits.isEmpty() ? "Nothing found." : hits.size() == 1 ? "1 result" : hits.size() + " results");
        }, e -> status.setText("Search failed: " + e.getMessage()));
    }

    private void openSelected() {
        SearchHit hit = results.getSelectionModel().getSelectedItem();
        if (hit != null) {
            open.accept(hit);
        }
    }

    private static <T> StringConverter<T> converter(String none) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? none : value.toString();
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private static <T> ListCell<T> cell(String none) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? none : value.toString());
            }
        };
    }

    /** A result: its day and title, then the matching text with the matched words in bold. */
    private static final class HitCell extends ListCell<SearchHit> {
        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            setText(null);
            if (empty || hit == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            Label title = new Label(hit.type() == SearchHit.Type.ENTRY ? DateFormats.day(hit.date()) : hit.title() + " (since " + DateFormats.day(hit.date()) + ")");
            title.getStyleClass().add("entry-date");
            TextFlow snippet = new TextFlow();
            String[] parts = hit.snippet().split("[\\[\\]]", -1);
            for (int i = 0; i < parts.length; i++) {
                Text t = new Text(parts[i]);
                t.getStyleClass().add(i % 2 == 1 ? "search-match" : "search-text");
                snippet.getChildren().add(t);
            }
            snippet.setMaxWidth(640);
            setGraphic(new VBox(2, title, snippet));
            setAccessibleText(title.getText() + ". " + hit.snippet().replace("[", "").replace("]", ""));
        }
    }
}
