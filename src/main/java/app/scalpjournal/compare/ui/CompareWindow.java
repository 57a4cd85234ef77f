package app.scalpjournal.compare.ui;

import app.scalpjournal.compare.CompareService;
import app.scalpjournal.compare.ComparisonWriter;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.Region;
import app.scalpjournal.text.Messages;
import app.scalpjournal.photo.ui.ImageCache;
import app.scalpjournal.ui.TaskRunner;
import app.scalpjournal.ui.ScreenFit;
import app.scalpjournal.ui.Themes;
import java.time.Clock;
import java.util.function.Consumer;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A window comparing one region across dates. It shows at once, with placeholders, and fills in as
 * the dates and images arrive; it is never larger than the screen it opens on.
 */
public final class CompareWindow {
    static final double WIDTH = 1280;
    static final double HEIGHT = 860;
    /** Screens up to this wide (1366, 1440, 1600 px laptops) give the window all their room. */
    static final double SMALL_SCREEN = 1600;

    private final Stage stage = new Stage();
    private final CompareViewModel viewModel;
    private final CompareView view;

    /** What a compare window needs from the app. */
    public record Services(CompareService compare, ComparisonWriter writer, ImageCache images, TaskRunner runner, Clock clock) {
    }

    public CompareWindow(Window owner, Services services) {
        viewModel = new CompareViewModel(services.compare(), services.writer(), services.runner(), services.clock());
        view = new CompareView(viewModel, services.images());
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(Messages.get("compare.window"));
        Rectangle2D screen = (owner == null ? Screen.getPrimary() : screenOf(owner)).getVisualBounds();
        // On a laptop-sized screen the photos get all of it; on a larger one, a large window.
        boolean small = screen.getWidth() <= SMALL_SCREEN;
        Scene scene = new Scene(view, small ? screen.getWidth() : Math.min(WIDTH, screen.getWidth()),
                small ? screen.getHeight() : Math.min(HEIGHT, screen.getHeight()));
        Themes.style(scene);
        stage.setScene(scene);
        if (small) {
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
        }
        // The title bar comes on top of the scene: once shown, the whole window is made to fit the screen.
        stage.setOnShown(e -> ScreenFit.clamp(stage));
        viewModel.regionProperty().addListener((o, a, r) -> stage.setTitle(Messages.get("compare.windowRegion", r.label())));
    }

    private static Screen screenOf(Window owner) {
        var screens = Screen.getScreensForRectangle(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()), Math.max(1, owner.getHeight()));
        return screens.isEmpty() ? Screen.getPrimary() : screens.get(0);
    }

    /** Adds "Time-lapse…" to the toolbar; {@code action} gets the region shown. */
    public CompareWindow withTimeLapse(Consumer<Region> action) {
        Button button = new Button(Messages.get("compare.timelapse"));
        button.setId("timelapseButton");
        button.setAccessibleText(Messages.get("compare.timelapse.accessible"));
        button.setTooltip(new Tooltip(Messages.get("compare.timelapse.accessible")));
        button.disableProperty().bind(viewModel.regionProperty().isNull());
        button.setOnAction(e -> action.accept(viewModel.regionProperty().get()));
        view.addAction(button);
        return this;
    }

    /** Opens on the region's earliest and latest photos. */
    public CompareWindow show(Region region) {
        stage.show();
        viewModel.open(region);
        return this;
    }

    /** Opens on the region photographed last. */
    public CompareWindow showNewest() {
        stage.show();
        viewModel.openNewest();
        return this;
    }

    /** Opens on the photo's region, with that photo beside the region's earliest. */
    public CompareWindow show(Photo photo) {
        stage.show();
        viewModel.openAt(photo);
        return this;
    }

    public Stage stage() {
        return stage;
    }

    public CompareViewModel viewModel() {
        return viewModel;
    }

    public CompareView view() {
        return view;
    }
}
