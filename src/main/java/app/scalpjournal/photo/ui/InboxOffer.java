package app.scalpjournal.photo.ui;

import app.scalpjournal.text.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The inbox bar's state: the new photos found in the inbox and not yet imported or put aside, and
 * the bar's wording. Call on the FX thread; holds no scene graph, so it is tested without a toolkit.
 */
public final class InboxOffer {
    private final Set<Path> waiting = new LinkedHashSet<>();
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper action = new ReadOnlyStringWrapper("");

    /** New photos found; ones already waiting are not counted twice. */
    public void offer(List<Path> photos) {
        waiting.addAll(photos);
        update();
    }

    /** The photos to import now; the bar goes away until more arrive. */
    public List<Path> take() {
        List<Path> taken = new ArrayList<>(waiting);
        waiting.clear();
        update();
        return taken;
    }

    /** "Not now": the bar goes; these photos are offered again when the journal is next opened. */
    public void dismiss() {
        take();
    }

    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty actionProperty() {
        return action.getReadOnlyProperty();
    }

    private void update() {
        int n = waiting.size();
        count.set(n);
        text.set(n == 0 ? "" : Messages.get("inbox.bar.text", n));
        action.set(n == 0 ? "" : Messages.get("inbox.bar.import", n));
    }
}
