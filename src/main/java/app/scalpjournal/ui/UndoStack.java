package app.scalpjournal.ui;

import app.scalpjournal.text.Messages;
import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Deletions the user can take back, newest first. Undoing writes to the journal, so it runs on the
 * task runner; {@code afterUndo} then refreshes what is shown.
 */
public final class UndoStack {
    /** {@code what} names the deleted thing ("photo scalp.jpg"), so each sentence around it is one wording. */
    private record Step(String what, Runnable undo, Runnable afterUndo) {
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

    /** Remembers a deletion; {@code what} names what was deleted, e.g. "photo scalp.jpg". */
    public void push(String what, Runnable undo, Runnable afterUndo) {
        steps.push(new Step(what, undo, afterUndo));
        next.set(Messages.get("undo.next", what));
        message.set(Messages.get("undo.deleted", what));
    }

    public void undo() {
        Step step = steps.poll();
        next.set(steps.isEmpty() ? "" : Messages.get("undo.next", steps.peek().what()));
        if (step == null) {
            return;
        }
        runner.run(() -> {
            step.undo().run();
            return step;
        }, done -> {
            message.set(Messages.get("undo.restored", done.what()));
            done.afterUndo().run();
        }, e -> message.set(Messages.get("undo.failed", e.getMessage())));
    }
}
