package app.scalpjournal.report.ui;

import app.scalpjournal.photo.Region;
import app.scalpjournal.report.NothingToReportException;
import app.scalpjournal.report.TimeLapseRequest;
import app.scalpjournal.report.TimeLapses;
import app.scalpjournal.text.Messages;
import app.scalpjournal.ui.TaskRunner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The time-lapse dialog's state: which region and dates, frame time and size; writing with progress and Cancel. */
public final class TimeLapseViewModel {
    private final TimeLapses timeLapses;
    private final TaskRunner runner;

    private final ObjectProperty<Region> region = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final DoubleProperty secondsPerPhoto = new SimpleDoubleProperty(TimeLapseRequest.DEFAULT_SECONDS);
    private final IntegerProperty size = new SimpleIntegerProperty(TimeLapseRequest.DEFAULT_EDGE);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private AtomicBoolean cancelled = new AtomicBoolean();

    public TimeLapseViewModel(TimeLapses timeLapses, TaskRunner runner, Region initial) {
        this.timeLapses = timeLapses;
        this.runner = runner;
        region.set(initial);
    }

    /** Writes the GIF to {@code target} in the background; progress per frame; Cancel stops between frames. */
    public void write(Path target) {
        TimeLapseRequest request;
        try {
            request = new TimeLapseRequest(region.get(), from.get(), to.get(), secondsPerPhoto.get(), size.get());
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        AtomicBoolean stop = new AtomicBoolean();
        cancelled = stop;
        busy.set(true);
        progress.set(0);
        message.set(Messages.get("timelapse.writing"));
        runner.run(() -> {
            TimeLapses.Plan plan = timeLapses.plan(request);
            timeLapses.writeGif(plan, target, (done, total) -> runner.onUi(() -> {
                progress.set(done / (double) total);
                message.set(Messages.get("timelapse.progress", done, total));
            }), stop::get);
            return plan.frames().size();
        }, frames -> {
            busy.set(false);
            message.set(Messages.get("timelapse.written", target.getFileName(), frames));
        }, e -> {
            busy.set(false);
            message.set(e instanceof CancellationException ? Messages.get("timelapse.cancelled")
                    : e instanceof NothingToReportException ? e.getMessage()
                    : Messages.get("timelapse.failed", target.getFileName(), e.getMessage()));
        });
    }

    /** Stops after the frame being drawn; nothing is left under the chosen name. */
    public void cancel() {
        cancelled.set(true);
    }

    public ObjectProperty<Region> regionProperty() {
        return region;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public DoubleProperty secondsPerPhotoProperty() {
        return secondsPerPhoto;
    }

    public IntegerProperty sizeProperty() {
        return size;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
