package app.scalpjournal.journal.ui;

import app.scalpjournal.text.DateFormats;
import app.scalpjournal.text.Messages;
import app.scalpjournal.ui.Scrolling;
import app.scalpjournal.journal.Entry;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.ui.DateDialog;
import app.scalpjournal.ui.Dialogs;
import app.scalpjournal.photo.ui.PhotoLabels;
import app.scalpjournal.photo.ui.PhotoThumb;
import app.scalpjournal.photo.ui.ImageCache;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** The right pane: the selected entry's date, its photos and the note editor that saves by itself. */
public final class EntryView extends StackPane {
    /** Photo tiles grow with the pane from the smallest to the largest (the thumbnail files' edge), in steps. */
    static final int THUMB = 168;
    static final int THUMB_LARGEST = 320;
    private static final int THUMB_STEP = 16;
    /** The share of the pane's height a photo may take, so a tile with its labels fits in view. */
    private static final double PHOTO_SHARE = 0.45;
    static final Duration SAVE_DELAY = Duration.millis(600);

    private final EntryViewModel model;
    private final ImageCache thumbnails;
    private final Consumer<Photo> onOpenPhoto;
    private Consumer<Photo> onComparePhoto;
    private final Label date = new Label();
    private final FlowPane photos = new FlowPane(12, 12);
    private final TextArea note = new TextArea();
    private final Label saveStatus = new Label();
    private final HBox actions = new HBox(8);
    private final VBox content = new VBox(14);
    private final ScrollPane scroll;
    private java.util.function.Function<Photo, javafx.scene.Node> photoExtra = photo -> null;
    private int tileSize = THUMB;
    private final Label nothingSelected = new Label(Messages.get("entry.nothingSelected"));

    public EntryView(EntryViewModel model, ImageCache thumbnails, Consumer<Photo> onOpenPhoto) {
        this.model = model;
        this.thumbnails = thumbnails;
        this.onOpenPhoto = onOpenPhoto;
        getStyleClass().add("entry-view");

        date.setId("entryDate");
        date.getStyleClass().addAll("entry-title", "title-3");
        actions.setAlignment(Pos.CENTER_RIGHT);
        Button deleteEntry = new Button(Messages.get("entry.delete"), new FontIcon(Material2AL.DELETE_OUTLINE));
        deleteEntry.setId("deleteEntry");
        deleteEntry.setAccessibleText(Messages.get("entry.delete.accessible"));
        deleteEntry.getStyleClass().add("flat");
        deleteEntry.setOnAction(e -> confirmDeleteEntry());
        actions.getChildren().add(deleteEntry);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(12, date, gap, actions);
        header.setAlignment(Pos.CENTER_LEFT);

        photos.setId("entryPhotos");
        photos.setAccessibleText(Messages.get("entry.photos.accessible"));
        photos.widthProperty().addListener((obs, old, width) -> resizeTiles(width.doubleValue()));
        heightProperty().addListener((obs, old, height) -> resizeTiles(photos.getWidth()));

        Label noteLabel = new Label(Messages.get("entry.note"));
        noteLabel.getStyleClass().add("section-label");
        noteLabel.setLabelFor(note);
        note.setId("noteEditor");
        note.setAccessibleText(Messages.get("entry.note.accessible"));
        note.setPromptText(Messages.get("entry.note.prompt"));
        note.setWrapText(true);
        note.setPrefRowCount(8);
        note.textProperty().bindBidirectional(model.noteProperty());
        saveStatus.setId("saveStatus");
        saveStatus.getStyleClass().add("save-status");
        saveStatus.textProperty().bind(model.saveStatusProperty());
        HBox noteHeader = new HBox(12, noteLabel, saveStatus);
        noteHeader.setAlignment(Pos.BASELINE_LEFT);

        PauseTransition debounce = new PauseTransition(SAVE_DELAY);
        debounce.setOnFinished(e -> model.saveNow());
        note.textProperty().addListener((obs, old, now) -> {
            if (model.isDirty()) {
                debounce.playFromStart();
            }
        });
        note.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                model.saveNow();
            }
        });

        content.getChildren().setAll(header, photos, noteHeader, note);
        content.setPadding(new Insets(16));
        VBox.setVgrow(note, Priority.ALWAYS);
        scroll = Scrolling.followFocus(new ScrollPane(content));
        scroll.setFitToWidth(true);
        scroll.setId("entryScroll");
        nothingSelected.getStyleClass().add("hint");
        // The entry's pane joins the scene with the first entry shown (see showEntry): hidden, it would still be
        // styled and laid out, holding up the window's first frame.
        getChildren().add(nothingSelected);

        scroll.visibleProperty().bind(model.entryProperty().isNotNull());
        nothingSelected.visibleProperty().bind(model.entryProperty().isNull());
        model.entryProperty().addListener((obs, old, now) -> showEntry(now));
        model.photos().addListener((javafx.collections.ListChangeListener<Photo>) c -> showPhotos());
        showEntry(model.entryProperty().get());
    }

    /** A later feature's controls under each photo tile (e.g. capture conditions). */
    public void setPhotoExtra(java.util.function.Function<Photo, javafx.scene.Node> extra) {
        photoExtra = extra;
        showPhotos();
    }

    /** Adds a later feature's section (e.g. the log) between the photos and the note, where it is seen without scrolling. */
    public void addSection(javafx.scene.Node section) {
        content.getChildren().add(content.getChildren().indexOf(photos) + 1, section);
    }

    /** Buttons for the entry as a whole (delete, and later features), right of the date. */
    public HBox actions() {
        return actions;
    }

    private void confirmDeleteEntry() {
        Entry entry = model.entryProperty().get();
        if (entry != null && Dialogs.confirm(getScene().getWindow(), Messages.get("entry.delete.title"),
                Messages.get("entry.delete.message", DateFormats.longDay(entry.date()), model.photos().size()),
                Messages.get("entry.delete"))) {
            model.deleteEntry();
        }
    }

    /** Shows a Compare button on each photo; set by the compare feature when the window is built. */
    public void setOnComparePhoto(Consumer<Photo> action) {
        onComparePhoto = action;
        showPhotos();
    }

    private void confirmDeletePhoto(Photo photo) {
        if (Dialogs.confirm(getScene().getWindow(), Messages.get("entry.photo.delete.title"),
                Messages.get("entry.photo.delete.message", photo.originalName()), Messages.get("entry.photo.delete"))) {
            model.deletePhoto(photo);
        }
    }

    private void correctDate(Photo photo) {
        DateDialog.ask(getScene().getWindow(), photo, model.entryProperty().get().date().atTime(12, 0))
                .ifPresent(when -> model.correctDate(photo, when));
    }

    private void showEntry(Entry entry) {
        if (entry != null && scroll.getParent() == null) {
            getChildren().add(0, scroll);
        }
        date.setText(entry == null ? "" : DateFormats.longDay(entry.date()));
    }

    private void showPhotos() {
        photos.getChildren().clear();
        tileSize = Math.min(tallest(), tileSize(photos.getWidth(), Math.max(1, model.photos().size()), photos.getHgap()));
        for (Photo photo : model.photos()) {
            photos.getChildren().add(tile(photo));
        }
        if (model.photos().isEmpty()) {
            Label none = new Label(Messages.get("entry.noPhotos"));
            none.getStyleClass().add("hint");
            photos.getChildren().add(none);
        }
    }

    /** Tiles as large as the pane allows for this many photos, between THUMB and THUMB_LARGEST. */
    static int tileSize(double width, int count, double gap) {
        int columns = (int) Math.max(1, Math.floor((width + gap) / (THUMB + gap)));
        columns = Math.max(1, Math.min(columns, count));
        double fits = (width - gap * (columns - 1)) / columns;
        int size = (int) Math.max(THUMB, Math.min(THUMB_LARGEST, fits));
        return Math.max(THUMB, size - size % THUMB_STEP);
    }

    /** The largest tile this pane height allows. */
    private int tallest() {
        int room = (int) (getHeight() * PHOTO_SHARE);
        return Math.max(THUMB, room - room % THUMB_STEP);
    }

    private void resizeTiles(double width) {
        int size = Math.min(tallest(), tileSize(width, Math.max(1, model.photos().size()), photos.getHgap()));
        if (size != tileSize && width > 0) {
            tileSize = size;
            showPhotos();
        }
    }

    private VBox tile(Photo photo) {
        PhotoThumb thumb = new PhotoThumb(thumbnails, tileSize);
        thumb.setId("photo-" + photo.id());
        thumb.show(photo);
        thumb.getStyleClass().add("photo-open");
        // One click shows the photo large; the tile is the preview.
        thumb.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1) {
                onOpenPhoto.accept(photo);
            }
        });
        ComboBox<app.scalpjournal.photo.Region> region = new ComboBox<>();
        region.getItems().addAll(app.scalpjournal.photo.Region.values());
        region.setValue(photo.region());
        region.setId("photoRegion-" + photo.id());
        region.setAccessibleText(Messages.get("entry.photo.region.accessible", photo.originalName()));
        region.getStyleClass().add("photo-region");
        region.setMaxWidth(Double.MAX_VALUE);
        region.valueProperty().addListener((obs, old, now) -> {
            if (now != null && now != photo.region()) {
                model.changeRegion(photo, now);
            }
        });
        Label taken = new Label(PhotoLabels.taken(photo));
        taken.getStyleClass().add("photo-date");
        if (model.isInFuture(photo)) {
            FontIcon warn = new FontIcon(Material2AL.ERROR_OUTLINE);
            warn.getStyleClass().add("future-warning");
            taken.setGraphic(warn);
            taken.setId("futureWarning-" + photo.id());
            taken.setTooltip(new Tooltip(Messages.get("entry.photo.future")));
        }
        Label source = new Label(Messages.get("entry.photo.dateFrom", photo.dateSource().label()));
        source.setWrapText(true);
        source.getStyleClass().add("photo-date-source");
        Button date = new Button(Messages.get("entry.photo.correctDate"), new FontIcon(Material2AL.CALENDAR_TODAY));
        date.setId("photoDate-" + photo.id());
        date.setAccessibleText(Messages.get("entry.photo.correctDate.accessible", photo.originalName()));
        date.getStyleClass().addAll("flat", "small");
        date.setOnAction(e -> correctDate(photo));
        Button delete = new Button(null, new FontIcon(Material2AL.DELETE_OUTLINE));
        delete.setId("photoDelete-" + photo.id());
        delete.setAccessibleText(Messages.get("entry.photo.delete.accessible", photo.originalName()));
        delete.setTooltip(new Tooltip(Messages.get("entry.photo.delete.tooltip")));
        delete.getStyleClass().addAll("flat", "small");
        delete.setOnAction(e -> confirmDeletePhoto(photo));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(4, date, gap, delete);
        javafx.scene.Node picture = thumb;
        if (onComparePhoto != null) {
            // A small button on the picture's corner: the tile keeps its height, so the note stays in view.
            Button compare = new Button(null, new FontIcon(Material2AL.COMPARE));
            compare.setId("photoCompare-" + photo.id());
            compare.setAccessibleText(Messages.get("entry.photo.compare.accessible", photo.region().label()));
            compare.setTooltip(new Tooltip(Messages.get("entry.photo.compare.tooltip")));
            compare.getStyleClass().addAll("small", "photo-compare");
            compare.setOnAction(e -> onComparePhoto.accept(photo));
            StackPane stack = new StackPane(thumb, compare);
            StackPane.setAlignment(compare, Pos.TOP_RIGHT);
            StackPane.setMargin(compare, new javafx.geometry.Insets(4));
            picture = stack;
        }
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox tile = new VBox(4, picture, region, taken, source, buttons);
        javafx.scene.Node extra = photoExtra.apply(photo);
        if (extra != null) {
            tile.getChildren().add(extra);
        }
        tile.getStyleClass().add("photo-tile");
        tile.setPrefWidth(tileSize);
        tile.setMaxWidth(tileSize);
        return tile;
    }
}
