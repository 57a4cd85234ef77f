package app.scalpjournal.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Deletions the user can take back, newest first. Undoing writes to the journal, so it runs on the
 * task runner; {@code afterUndo} then refreshes what is shown.
 */
public final class UndoStack {
    private record Step(String description, Runnable undo, Runnable afterUndo) {
    }

    private final TaskRunner runner;
    private final Deque<Step> steps = new ArrayDeque<>();
    private final ReadOnlyStringWrapper next = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public UndoStack(TaskRunner runner) {
        this.runner = runner;
    }

    /** What the next undo brings back ("Deleted photo scalp.jpg"), or empty when there is nothing to undo. */
    public ReadOnlyStringProperty nextProperty() {
        return next.getReadOnlyProperty();
    }

    /** The last outcome, for the status bar. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public void push(String description, Runnable undo, Runnable afterUndo) {
        steps.push(new Step(description, undo, afterUndo));
        next.set(description);
        message.set(description + ".");
    }

    public void undo() {
        Step step = steps.poll();
        next.set(steps.isEmpty() ? "" : steps.peek().description());
        if (step == null) {
            return;
        }
        runner.run(() -> {
            step.undo().run();
            return step;
        }, done -> {
            message.set("Restored: " + done.description().replaceFirst("^Deleted ", "") + ".");
            done.afterUndo().run();
        }, e -> message.set("Could not undo: " + e.getMessage()));
    }
}
