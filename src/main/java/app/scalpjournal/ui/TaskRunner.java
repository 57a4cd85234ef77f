package app.scalpjournal.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (SQL over many rows, decoding, import) away from the UI thread and hands the
 * result back on the UI thread. Views and view models only ever see their callbacks on that thread.
 */
public interface TaskRunner {
    /** A running piece of work; cancelling it means its callbacks will not be called. */
    interface Handle {
        void cancel();

        boolean isCancelled();
    }

    <T> Handle run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** Runs {@code action} on the UI thread (e.g. progress reported by a background task). */
    void onUi(Runnable action);
}
