package app.scalpjournal.compare.ui;

import app.scalpjournal.alignment.Alignment;
import app.scalpjournal.compare.CompareService;
import app.scalpjournal.compare.DatedPhoto;
import app.scalpjournal.text.DateFormats;
import app.scalpjournal.text.Messages;
import app.scalpjournal.ui.TaskRunner;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The manual alignment of the later photo onto the earlier one: what is shown, whether it differs
 * from the saved one, and saving it for the pair. Loaded again whenever the pair changes.
 */
public final class AlignmentModel {
    private final CompareService service;
    private final TaskRunner runner;
    private final Consumer<String> status;

    // Properties
    private final ObjectProperty<Alignment> alignment = new SimpleObjectProperty<>(Alignment.IDENTITY);
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper();
    private final BooleanProperty aligning = new SimpleBooleanProperty();

    private Alignment saved = Alignment.IDENTITY;
    private DatedPhoto moving;
    private DatedPhoto reference;
    private long pairRequest;

    AlignmentModel(CompareService service, TaskRunner runner, Consumer<String> status) {
        this.service = service;
        this.runner = runner;
        this.status = status;
        alignment.addListener((o, a, b) -> changed.set(!b.equals(saved)));
    }

    /** The shown pair changed: show its saved alignment (none until it has loaded). */
    void pairChanged(DatedPhoto newMoving, DatedPhoto newReference) {
        moving = newMoving;
        reference = newReference;
        long request = ++pairRequest;
        saved = Alignment.IDENTITY;
        alignment.set(Alignment.IDENTITY);
        changed.set(false);
        if (moving == null) {
            return;
        }
        long m = moving.id();
        long r = reference.id();
        runner.run(() -> service.alignment(m, r).orElse(Alignment.IDENTITY), found -> {
            if (request == pairRequest) {
                saved = found;
                alignment.set(found);
                changed.set(false);
            }
        }, e -> status.accept(String.valueOf(e.getMessage())));
    }

    // Commands

    public void reset() {
        alignment.set(Alignment.IDENTITY);
    }

    /** Stores the shown alignment for the pair; it comes back whenever the pair is compared again. */
    public void save() {
        if (moving == null) {
            return;
        }
        DatedPhoto m = moving;
        DatedPhoto ref = reference;
        Alignment a = alignment.get();
        long request = pairRequest;
        runner.run(() -> {
            service.saveAlignment(m.id(), ref.id(), a);
            return a;
        }, done -> {
            if (request == pairRequest) {
                saved = done;
                changed.set(!alignment.get().equals(saved));
            }
            status.accept(Messages.get(done.isIdentity() ? "compare.alignment.cleared" : "compare.alignment.saved",
                    DateFormats.day(m.date()), DateFormats.day(ref.date())));
        }, e -> status.accept(Messages.get("compare.alignment.notSaved", String.valueOf(e.getMessage()))));
    }

    /** Moves the later photo by fractions of the earlier photo's size (keyboard nudges). */
    public void nudge(double dx, double dy) {
        alignment.set(alignment.get().movedBy(dx, dy));
    }

    public ObjectProperty<Alignment> alignmentProperty() {
        return alignment;
    }

    /** True while the shown alignment differs from the saved one. */
    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    /** True while dragging and the wheel move the later photo instead of the view. */
    public BooleanProperty aligningProperty() {
        return aligning;
    }
}
