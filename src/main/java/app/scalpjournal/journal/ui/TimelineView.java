package app.scalpjournal.journal.ui;

import app.scalpjournal.text.DateFormats;
import app.scalpjournal.text.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.Region;
import app.scalpjournal.photo.ui.PhotoThumb;
import app.scalpjournal.photo.ui.ImageCache;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The left pane: a region filter above a virtualized list of months and entries. */
public final class TimelineView extends VBox {
    static final int THUMB = 56;
    static final int MAX_THUMBS = 5;

    private final TimelineViewModel model;
    private final ListView<TimelineItem> list = new ListView<>();
    private final ComboBox<Region> regionFilter = new ComboBox<>();
    /** Each cell listens, so new lines redraw the rows in place: recreating the cells would style them all again. */
    private final ObjectProperty<Function<LocalDate, DayLines.Lines>> dayLines = new SimpleObjectProperty<>(day -> DayLines.Lines.NONE);

    public TimelineView(TimelineViewModel model, ImageCache thumbnails, LongConsumer onEntrySelected) {
        this.model = model;
        getStyleClass().add("timeline");
        setSpacing(8);
        setPadding(new Insets(10, 0, 0, 0));

        regionFilter.setId("regionFilter");
        regionFilter.setAccessibleText(Messages.get("timeline.filter.accessible"));
        regionFilter.getItems().add(null);
        regionFilter.getItems().addAll(Region.values());
        regionFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(Region region) {
                return region == null ? Messages.get("timeline.filter.allRegions") : region.label();
            }

            @Override
            public Region fromString(String text) {
                return null;
            }
        });
        regionFilter.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Region region, boolean empty) {
                super.updateItem(region, empty);
                setText(region == null ? Messages.get("timeline.filter.allRegions") : region.label());
            }
        });
        regionFilter.valueProperty().bindBidirectional(model.regionFilterProperty());
        regionFilter.setMaxWidth(Double.MAX_VALUE);
        Label filterLabel = new Label(Messages.get("timeline.filter.region"));
        filterLabel.setLabelFor(regionFilter);
        HBox filter = new HBox(8, filterLabel, regionFilter);
        filter.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        filter.setPadding(new Insets(0, 10, 0, 10));
        HBox.setHgrow(regionFilter, Priority.ALWAYS);

        list.setId("timeline");
        list.setAccessibleText(Messages.get("timeline.accessible"));
        list.setItems(model.items());
        list.setCellFactory(v -> new TimelineCell(thumbnails, dayLines, model::isInFuture));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now instanceof TimelineItem.EntryRow row && (!(old instanceof TimelineItem.EntryRow o) || o.id() != row.id())) {
                onEntrySelected.accept(row.id());
            }
        });
        list.setPlaceholder(new Label(Messages.get("timeline.filter.none")));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(filter, list);
    }

    public ListView<TimelineItem> list() {
        return list;
    }

    /** A later feature's lines under each entry (what was logged, where the routines change); the rows shown redraw. */
    public void setDayLines(Function<LocalDate, DayLines.Lines> lines) {
        dayLines.set(lines);
    }

    /** Selects the entry's row (after a reload or an import), scrolling it into view. */
    public boolean select(long entryId) {
        int index = model.indexOfEntry(entryId);
        if (index < 0) {
            return false;
        }
        list.getSelectionModel().select(index);
        list.scrollTo(Math.max(0, index - 1));
        return true;
    }

    /** One reusable cell: a month header, or an entry's date, first note line and photo strip. */
    private static final class TimelineCell extends ListCell<TimelineItem> {
        private final Label header = new Label();
        private final Label date = new Label();
        private final Label note = new Label();
        private final Label more = new Label();
        private final List<PhotoThumb> thumbs = new ArrayList<>();
        private final HBox strip = new HBox(4);
        private final Label extra = new Label();
        /** The rare "date in the future" mark, made for the first such row this cell shows: hidden, it would still be styled. */
        private Label future;
        private final VBox row = new VBox(4, date, note, extra, strip);
        private final ObservableValue<Function<LocalDate, DayLines.Lines>> dayLines;
        private final java.util.function.Predicate<LocalDate> inFuture;
        /** Held by the cell, listened to weakly: the list may drop a cell, and its lines must not keep it. */
        private final ChangeListener<Function<LocalDate, DayLines.Lines>> redraw = (obs, old, now) -> {
            if (!isEmpty() && getItem() != null) {
                updateItem(getItem(), false);
            }
        };

        TimelineCell(ImageCache thumbnails, ObservableValue<Function<LocalDate, DayLines.Lines>> dayLines,
                     java.util.function.Predicate<LocalDate> inFuture) {
            this.dayLines = dayLines;
            this.inFuture = inFuture;
            dayLines.addListener(new WeakChangeListener<>(redraw));
            // Take the list's width rather than the widest label's, so long lines end in "…" instead of scrolling sideways.
            setPrefWidth(0);
            extra.getStyleClass().add("entry-extra");
            header.getStyleClass().add("month-header");
            header.setMaxWidth(Double.MAX_VALUE);
            date.getStyleClass().add("entry-date");
            note.getStyleClass().add("entry-note");
            more.getStyleClass().add("more-photos");
            row.getStyleClass().add("timeline-entry");
            row.setPadding(new Insets(4, 2, 4, 2));
            for (int i = 0; i < MAX_THUMBS; i++) {
                thumbs.add(new PhotoThumb(thumbnails, THUMB));
            }
            strip.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            strip.setMinHeight(THUMB);
        }

        @Override
        protected void updateItem(TimelineItem item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            getStyleClass().removeAll("month-cell", "entry-cell");
            if (empty || item == null) {
                setGraphic(null);
                setAccessibleText(null);
                thumbs.forEach(t -> t.show(null));
                return;
            }
            if (item instanceof TimelineItem.MonthHeader h) {
                getStyleClass().add("month-cell");
                header.setText(DateFormats.month(h.month()));
                setGraphic(header);
                setAccessibleText(header.getText());
                thumbs.forEach(t -> t.show(null));
                return;
            }
            TimelineItem.EntryRow r = (TimelineItem.EntryRow) item;
            getStyleClass().add("entry-cell");
            date.setText(DateFormats.day(r.entry().date()));
            DayLines.Lines lines = dayLines.getValue().apply(r.entry().date());
            String first = r.entry().firstLine();
            // A day with no note shows what was logged in the note's place.
            note.setText(!first.isEmpty() ? first : !lines.log().isEmpty() ? lines.log() : Messages.get("timeline.noNote"));
            note.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("empty"), first.isEmpty() && lines.log().isEmpty());
            String line = lines.routines();
            extra.setText(line);
            extra.setManaged(!line.isEmpty());
            extra.setVisible(!line.isEmpty());
            boolean later = inFuture.test(r.entry().date());
            if (later && future == null) {
                future = new Label(Messages.get("timeline.future"), new FontIcon(Material2AL.ERROR_OUTLINE));
                future.getStyleClass().add("timeline-future");
                future.setWrapText(true);
                row.getChildren().add(row.getChildren().indexOf(strip), future);
            }
            if (future != null) {
                future.setManaged(later);
                future.setVisible(later);
            }
            strip.getChildren().clear();
            List<Photo> photos = r.photos();
            for (int i = 0; i < thumbs.size(); i++) {
                PhotoThumb t = thumbs.get(i);
                if (i < photos.size()) {
                    t.show(photos.get(i));
                    strip.getChildren().add(t);
                } else {
                    t.show(null);
                }
            }
            if (photos.size() > MAX_THUMBS) {
                more.setText("+" + (photos.size() - MAX_THUMBS));
                strip.getChildren().add(more);
            }
            strip.setManaged(!photos.isEmpty());
            strip.setVisible(!photos.isEmpty());
            setGraphic(row);
            setAccessibleText(Messages.get("timeline.row.accessible", date.getText(), note.getText(),
                    (line.isEmpty() ? "" : line + ". ") + (later ? Messages.get("timeline.future") + ". " : ""), photos.size()));
        }
    }
}
