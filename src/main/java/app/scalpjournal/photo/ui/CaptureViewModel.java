package app.scalpjournal.photo.ui;

import app.scalpjournal.photo.CaptureConditions;
import app.scalpjournal.photo.CaptureRepository;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.text.Messages;
import app.scalpjournal.ui.TaskRunner;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * How one photo was taken, under its tile: the conditions recorded, the line that shows them (or why
 * they were not saved; empty when nothing is recorded), and saving a change.
 */
public final class CaptureViewModel {
    // Properties
    private final ReadOnlyObjectWrapper<CaptureConditions> conditions = new ReadOnlyObjectWrapper<>(CaptureConditions.UNKNOWN);
    private final ReadOnlyStringWrapper line = new ReadOnlyStringWrapper("");

    private final Photo photo;
    private final CaptureRepository captures;
    private final TaskRunner runner;

    public CaptureViewModel(Photo photo, CaptureRepository captures, TaskRunner runner) {
        this.photo = photo;
        this.captures = captures;
        this.runner = runner;
    }

    public Photo photo() {
        return photo;
    }

    /** What is recorded now ({@link CaptureConditions#UNKNOWN} when nothing is). */
    public ReadOnlyObjectProperty<CaptureConditions> conditionsProperty() {
        return conditions.getReadOnlyProperty();
    }

    /** The line under the photo: the recorded conditions, or the problem; empty when there is nothing to say. */
    public ReadOnlyStringProperty lineProperty() {
        return line.getReadOnlyProperty();
    }

    // Commands

    public void load() {
        runner.run(() -> captures.get(photo.id()), this::show, e -> line.set(Messages.get("capture.notRead", e.getMessage())));
    }

    /** Stores {@code chosen} for this photo; the line shows it once stored. */
    public void save(CaptureConditions chosen) {
        runner.run(() -> {
            captures.put(List.of(photo.id()), chosen);
            return chosen;
        }, this::show, e -> line.set(Messages.get("photo.capture.notSaved", e.getMessage())));
    }

    private void show(CaptureConditions c) {
        conditions.set(c);
        line.set(c.isUnknown() ? "" : c.summary());
    }
}
