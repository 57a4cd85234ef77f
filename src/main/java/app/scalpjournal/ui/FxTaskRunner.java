package app.scalpjournal.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;

/** Runs work on the app's executor and delivers callbacks with {@link Platform#runLater}. */
public final class FxTaskRunner implements TaskRunner {
    private final Executor executor;

    public FxTaskRunner(Executor executor) {
        this.executor = executor;
    }

    @Override
    public <T> Handle run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        FlagHandle handle = new FlagHandle();
        try {
            executor.execute(() -> {
                if (handle.isCancelled()) {
                    return;
                }
                try {
                    T result = work.call();
                    Platform.runLater(() -> {
                        if (!handle.isCancelled()) {
                            onSuccess.accept(result);
                        }
                    });
                } catch (Throwable e) {
                    if (UnexpectedErrors.isBug(e)) {
                        // The caller's message ("could not be read") would hide a defect: report it too.
                        Thread self = Thread.currentThread();
                        self.getUncaughtExceptionHandler().uncaughtException(self, e);
                    }
                    Platform.runLater(() -> {
                        if (!handle.isCancelled()) {
                            onFailure.accept(e);
                        }
                    });
                }
            });
        } catch (RejectedExecutionException shuttingDown) {
            // the window is closing: nobody is left to show the result
            handle.cancel();
        }
        return handle;
    }

    @Override
    public void onUi(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    private static final class FlagHandle implements Handle {
        private final AtomicBoolean cancelled = new AtomicBoolean();

        @Override
        public void cancel() {
            cancelled.set(true);
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }
    }
}
