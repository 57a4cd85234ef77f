package app.scalpjournal.compare.ui;

import app.scalpjournal.compare.CompareService;
import app.scalpjournal.compare.CompareViewModel;
import app.scalpjournal.compare.PhotoImages;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.Region;
import app.scalpjournal.text.Messages;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.geometry.Orientation;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import javafx.stage.Window;

/** A window comparing one region across dates. Its images are released when it closes. */
public final class CompareWindow {
    private final Stage stage = new Stage();
    private final CompareViewModel viewModel;
    private final CompareView view;

    public CompareWindow(Window owner, CompareService service, PhotoImages images, Executor background) {
        viewModel = new CompareViewModel(service, background, Platform::runLater);
        ImageStore store = new ImageStore(images, background);
        view = new CompareView(viewModel, store, background);
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle("Compare");
        stage.setScene(new Scene(view, 1280, 820));
        viewModel.regionProperty().addListener((o, a, r) -> stage.setTitle("Compare · " + r.label()));
        stage.setOnHidden(e -> store.close());
    }

    /** Adds "Time-lapse…" to the toolbar; {@code action} gets the region shown. */
    public CompareWindow withTimeLapse(Consumer<Region> action) {
        Button button = new Button(Messages.get("compare.timelapse"));
        button.setId("timelapseButton");
        button.setAccessibleText(Messages.get("compare.timelapse.accessible"));
        button.setTooltip(new Tooltip(Messages.get("compare.timelapse.accessible")));
        button.disableProperty().bind(viewModel.regionProperty().isNull());
        button.setOnAction(e -> action.accept(viewModel.regionProperty().get()));
        view.addTool(new Separator(Orientation.VERTICAL));
        view.addTool(button);
        return this;
    }

    /** Opens on the region's earliest and latest photos. */
    public CompareWindow show(Region region) {
        viewModel.open(region);
        stage.show();
        return this;
    }

    /** Opens on the region photographed last. */
    public CompareWindow showNewest() {
        viewModel.openNewest();
        stage.show();
        return this;
    }

    /** Opens on the photo's region, with that photo beside the region's earliest. */
    public CompareWindow show(Photo photo) {
        viewModel.openAt(photo);
        stage.show();
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
