package app.scalpjournal.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * "This happened", told to every listener that asked, in the order they asked: the one way view models
 * announce a change (a saved note, a changed log, a finished import). Unlike a single {@code setOnX}
 * slot, a second listener never silently replaces the first. Not a global bus: each signal belongs
 * to the object whose change it announces, and listeners are wired where the objects are built.
 * Listeners run on the thread that fires (the FX thread in the app, the test thread in tests).
 */
public final class Signal<T> {
    private final List<Consumer<? super T>> listeners = new CopyOnWriteArrayList<>();

    /** Adds a listener; the returned handle removes it again (a window that closes stops listening). */
    public Runnable listen(Consumer<? super T> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Tells every listener, in the order they were added. */
    public void fire(T value) {
        for (Consumer<? super T> listener : listeners) {
            listener.accept(value);
        }
    }
}
