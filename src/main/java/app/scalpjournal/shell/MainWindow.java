package app.scalpjournal.shell;

import app.scalpjournal.photo.ui.PhotoViewer;
import app.scalpjournal.text.Messages;
import app.scalpjournal.ui.Shortcut;
import app.scalpjournal.library.AppVersion;
import app.scalpjournal.ui.Dialogs;
import app.scalpjournal.ui.LastFolder;
import app.scalpjournal.ui.Themes;
import app.scalpjournal.ui.UndoStack;
import app.scalpjournal.journal.ui.EntryView;
import app.scalpjournal.journal.ui.TimelineView;
import app.scalpjournal.journal.ui.TimelineViewModel;
import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The window's shell: menus, toolbar, the timeline beside the selected entry (or the empty state),
 * and a status bar with Undo. Later features add their commands through {@link #add} and
 * {@link #addToolbarItem}; see {@link ViewFactory#installFeatures}.
 */
public final class MainWindow extends BorderPane {
    /** The menus, in order. Commands of later features go here: see {@link ViewFactory#installFeatures}. */
    public enum Section {
        FILE, EDIT, VIEW, JOURNAL, HELP;

        String title() {
            return Messages.get("shell.section." + name().toLowerCase(java.util.Locale.ROOT));
        }

        /** The menu's node id, e.g. menuFile, whatever its title reads in the user's language. */
        String id() {
            return "menu" + name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Map<Section, Menu> menus = new EnumMap<>(Section.class);
    private final Map<Section, Integer> insertAt = new EnumMap<>(Section.class);
    /** Toolbar width under which secondary buttons show icons only. */
    static final double COMPACT_BELOW = 1240;
    private final ToolBar toolbar = new ToolBar();
    private int mainTools = 1;
    private final Label status = new Label();
    private final Consumer<List<Path>> importer;
    private final app.scalpjournal.ui.FileDrop fileDrop;
    private final TimelineView timeline;
    private final CheckMenuItem darkTheme = new CheckMenuItem(Messages.get("shell.menu.darkTheme"));
    private final LastFolder importFolder = LastFolder.forUser("import");
    private final VBox emptyState = new VBox(14);

    public MainWindow(TimelineView timeline, EntryView entry, TimelineViewModel timelineModel, UndoStack undo,
                      Consumer<List<Path>> importer) {
        this.importer = importer;
        // Let the drop finish before the dialog opens, or the drag source waits on a modal window.
        this.fileDrop = new app.scalpjournal.ui.FileDrop(paths -> javafx.application.Platform.runLater(() -> importPaths(paths)));
        this.timeline = timeline;
        setId("mainWindow");
        getStyleClass().add("main-window");

        MenuBar menuBar = new MenuBar();
        menuBar.setId("menuBar");
        for (Section s : Section.values()) {
            Menu menu = new Menu(s.title());
            menu.setId(s.id());
            menus.put(s, menu);
            menuBar.getMenus().add(menu);
        }
        buildFileMenu();
        MenuItem undoItem = Command.UNDO.item(undo::undo);
        undoItem.textProperty().bind(Bindings.when(undo.nextProperty().isEmpty()).then(Messages.get("shell.menu.undoDelete"))
                .otherwise(Bindings.createStringBinding(() -> Messages.get("shell.menu.undoNamed", undo.nextProperty().get()),
                        undo.nextProperty())));
        undoItem.disableProperty().bind(undo.nextProperty().isEmpty());
        menus.get(Section.EDIT).getItems().add(undoItem);
        darkTheme.setId("darkTheme");
        darkTheme.setSelected(Themes.chosenDark());
        darkTheme.setOnAction(e -> Themes.choose(darkTheme.isSelected()));
        menus.get(Section.VIEW).getItems().addAll(darkTheme);
        menus.get(Section.HELP).getItems().addAll(
                Command.SHORTCUTS.item(this::showShortcuts),
                item("about", Messages.get("app.about"), e -> Dialogs.about(window(), AppVersion.current())));
        for (Section s : Section.values()) {
            insertAt.put(s, s == Section.FILE ? menus.get(s).getItems().size() - 2 : menus.get(s).getItems().size());
        }
        menus.get(Section.JOURNAL).setVisible(false);

        Button importButton = new Button(Messages.get("shell.toolbar.import"), new FontIcon(Material2AL.ADD_PHOTO_ALTERNATE));
        importButton.setId("importButton");
        importButton.setAccessibleText(Messages.get("shell.import.accessible"));
        importButton.setOnAction(e -> choosePhotos());
        toolbar.getItems().add(importButton);
        toolbar.widthProperty().addListener((obs, old, width) -> compactToolbar(width.doubleValue()));
        setTop(new VBox(menuBar, toolbar));

        SplitPane split = new SplitPane(timeline, entry);
        split.setId("journalSplit");
        split.setDividerPositions(0.36);
        SplitPane.setResizableWithParent(timeline, false);
        timeline.setMinWidth(280);
        Node empty = emptyState();
        empty.visibleProperty().bind(timelineModel.journalEmptyProperty());
        split.visibleProperty().bind(timelineModel.journalEmptyProperty().not());
        StackPane center = new StackPane(split);
        setCenter(center);
        showOnceVisible(empty, center.getChildren());

        Button undoButton = new Button(Messages.get("shell.status.undo"));
        undoButton.setId("statusUndo");
        undoButton.setAccessibleText(Messages.get("shell.status.undo.accessible"));
        undoButton.getStyleClass().addAll("flat", "small");
        undoButton.setOnAction(e -> undo.undo());
        undoButton.visibleProperty().bind(undo.nextProperty().isNotEmpty());
        undoButton.managedProperty().bind(undoButton.visibleProperty());
        status.setId("statusMessage");
        undo.messageProperty().addListener((obs, old, now) -> status.setText(now));
        timelineModel.problemProperty().addListener((obs, old, now) -> status.setText(now));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox statusBar = new HBox(8, status, undoButton, gap);
        statusBar.getStyleClass().add("status-bar");
        statusBar.setAlignment(Pos.CENTER_LEFT);
        statusBar.setPadding(new Insets(2, 10, 2, 10));
        statusBar.setMinHeight(30);
        setBottom(statusBar);

        fileDrop.install(this);
    }

    /** Adds a later feature's command to a menu, above that menu's fixed last items (e.g. File > Quit). */
    public void add(Section section, MenuItem item) {
        int at = insertAt.get(section);
        menus.get(section).getItems().add(at, item);
        insertAt.put(section, at + 1);
        menus.get(section).setVisible(true);
    }

    public TimelineView timeline() {
        return timeline;
    }

    public void addToolbarItem(Node node) {
        toolbar.getItems().add(node);
    }

    /** Adds a most-used action right after Import, so a narrow window never hides it in the overflow. */
    public void addMainToolbarItem(Node node) {
        toolbar.getItems().add(mainTools++, node);
    }

    /**
     * Below {@link #COMPACT_BELOW} pixels the less-used toolbar buttons (style class {@code secondary-tool})
     * show their icon only (their tooltip names them), so the most used ones stay in view at 1024 px.
     */
    private void compactToolbar(double width) {
        boolean compact = width < COMPACT_BELOW;
        for (Node n : toolbar.getItems()) {
            if (n instanceof javafx.scene.control.ButtonBase b && b.getStyleClass().contains("secondary-tool")) {
                b.setContentDisplay(compact ? javafx.scene.control.ContentDisplay.GRAPHIC_ONLY : javafx.scene.control.ContentDisplay.LEFT);
            }
        }
    }

    public void showMessage(String text) {
        status.setText(text);
    }

    public String message() {
        return status.getText();
    }

    /** Starts an import of these files or folders: the one way in for choosers, dropping and tests. */
    public void importPaths(List<Path> paths) {
        if (!paths.isEmpty()) {
            importer.accept(paths);
        }
    }

    /** Shows a notice (such as the inbox bar) under the toolbar, above the journal, whenever it is visible. */
    public void addNotice(Node notice) {
        showOnceVisible(notice, ((VBox) getTop()).getChildren());
    }

    /**
     * Adds {@code node} to {@code parent} when it first becomes visible (now, or later), and keeps it there:
     * a hidden node in the window would be styled and laid out on every start for nothing.
     */
    private static void showOnceVisible(Node node, java.util.List<Node> parent) {
        if (node.isVisible()) {
            parent.add(node);
            return;
        }
        node.visibleProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean old, Boolean visible) {
                if (visible) {
                    obs.removeListener(this);
                    parent.add(node);
                }
            }
        });
    }

    /** What a drop of files and folders on the window goes through. */
    public app.scalpjournal.ui.FileDrop fileDrop() {
        return fileDrop;
    }

    private void buildFileMenu() {
        menus.get(Section.FILE).getItems().addAll(
                Command.IMPORT_PHOTOS.item(this::choosePhotos),
                Command.IMPORT_FOLDER.item(this::chooseFolder),
                new SeparatorMenuItem(),
                Command.QUIT.item(() -> window().hide()));
    }

    /** Help > Keyboard shortcuts: written from the tables that install the keys. */
    private void showShortcuts() {
        Map<String, List<Shortcut>> sections = new LinkedHashMap<>();
        sections.put(Messages.get("shell.shortcuts.window"), Command.help());
        sections.put(Messages.get("shell.shortcuts.viewer"), PhotoViewer.shortcuts());
        Dialogs.shortcuts(window(), Messages.get("shell.shortcuts.title"), sections);
    }

    private void choosePhotos() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("shell.import.photosTitle"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("shell.import.photosFilter"), "*.jpg", "*.jpeg", "*.JPG", "*.JPEG", "*.png", "*.PNG",
                        "*.webp", "*.tif", "*.tiff", "*.bmp", "*.gif", "*.heic", "*.HEIC", "*.heif", "*.HEIF"),
                new FileChooser.ExtensionFilter(Messages.get("shell.import.allFiles"), "*"));
        List<File> files = importFolder.applyTo(chooser).showOpenMultipleDialog(window());
        if (files != null && !files.isEmpty()) {
            importFolder.remember(files.get(0));
            importPaths(files.stream().map(File::toPath).toList());
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get("shell.import.folderTitle"));
        File folder = importFolder.applyTo(chooser).showDialog(window());
        if (folder != null) {
            importFolder.remember(folder);
            importPaths(List.of(folder.toPath()));
        }
    }

    private Node emptyState() {
        FontIcon icon = new FontIcon(Material2AL.ADD_PHOTO_ALTERNATE);
        icon.getStyleClass().add("empty-icon");
        Label title = new Label(Messages.get("shell.empty.title"));
        title.getStyleClass().add("title-2");
        Label text = new Label(Messages.get("shell.empty.text"));
        text.setWrapText(true);
        text.setMaxWidth(460);
        text.setAlignment(Pos.CENTER);
        text.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        Button importButton = new Button(Messages.get("shell.empty.importPhotos"));
        importButton.setId("emptyImport");
        importButton.setAccessibleText(Messages.get("shell.import.accessible"));
        importButton.getStyleClass().add("accent");
        importButton.setDefaultButton(true);
        importButton.setOnAction(e -> choosePhotos());
        Button folderButton = new Button(Messages.get("shell.empty.importFolder"));
        folderButton.setId("emptyImportFolder");
        folderButton.setAccessibleText(Messages.get("shell.empty.importFolder.accessible"));
        folderButton.setOnAction(e -> chooseFolder());
        HBox buttons = new HBox(10, importButton, folderButton);
        buttons.setAlignment(Pos.CENTER);
        emptyState.getChildren().addAll(icon, title, text, buttons);
        emptyState.setId("emptyState");
        emptyState.getStyleClass().add("empty-state");
        emptyState.setAlignment(Pos.CENTER);
        emptyState.setPadding(new Insets(40));
        return emptyState;
    }

    /** Adds a quieter way to begin under the empty journal's import buttons (such as the sample journal). */
    public void addEmptyStateLink(String id, String text, Runnable action) {
        Hyperlink link = new Hyperlink(text);
        link.setId(id);
        link.setOnAction(e -> action.run());
        emptyState.getChildren().add(link);
    }

    private MenuItem item(String id, String text, javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(action);
        return item;
    }

    private Window window() {
        return getScene().getWindow();
    }
}
