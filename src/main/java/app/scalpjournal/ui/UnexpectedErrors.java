package app.scalpjournal.ui;

import app.scalpjournal.text.Messages;
import java.nio.file.Path;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.stage.Window;

/**
 * Where every error nobody caught ends (the FX thread's, a worker's, a task's bug): logged, then
 * shown in one {@link ErrorDialog}; later errors while it is open are only logged. The window stays
 * usable, unless the error was fatal (the window could not be built): then the app closes with exit
 * code 1. Unattended (a smoke test), nothing waits for a click: one line on stderr, exit code 1.
 */
public final class UnexpectedErrors implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = Logger.getLogger(UnexpectedErrors.class.getName());
    private final Supplier<Window> owner;
    private final Path logFolder;
    private final String app;
    private final IntConsumer exit;
    private final boolean unattended;
    private Thread.UncaughtExceptionHandler previous;
    private boolean showing;
    private boolean exitWhenClosed;

    /** {@code app} is the app's name and version for the details; {@code exit} ends the app with an exit code. */
    public UnexpectedErrors(Supplier<Window> owner, Path logFolder, String app, IntConsumer exit, boolean unattended) {
        this.owner = owner;
        this.logFolder = logFolder;
        this.app = app;
        this.exit = exit;
        this.unattended = unattended;
    }

    /** Becomes the default handler of every thread (the FX thread's uncaught errors land there too). */
    public void install() {
        previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(this);
    }

    public void uninstall() {
        if (Thread.getDefaultUncaughtExceptionHandler() == this) {
            Thread.setDefaultUncaughtExceptionHandler(previous);
        }
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        boolean onWindow = thread.getName().equals("JavaFX Application Thread") || Platform.isFxApplicationThread();
        report(Messages.get(onWindow ? "error.onWindow" : "error.inBackground"), error, false);
    }

    /**
     * Errors and the runtime exceptions only a programming mistake throws; everything else (I/O, a
     * refused input, a locked journal) is the caller's to explain.
     */
    public static boolean isBug(Throwable e) {
        return e instanceof Error || e instanceof NullPointerException || e instanceof ClassCastException
                || e instanceof IndexOutOfBoundsException || e instanceof ArithmeticException
                || e instanceof UnsupportedOperationException || e instanceof java.util.NoSuchElementException
                || e instanceof java.util.ConcurrentModificationException || e instanceof ArrayStoreException;
    }

    /** An error after which the app cannot carry on, e.g. the window could not be built. */
    public void fatal(String whatFailed, Throwable error) {
        report(whatFailed, error, true);
    }

    private void report(String whatFailed, Throwable error, boolean fatal) {
        LOG.log(Level.SEVERE, (fatal ? "Fatal error" : "Unexpected error") + " on thread " + Thread.currentThread().getName(), error);
        if (unattended) {
            System.err.println("scalp-journal: " + whatFailed + ": " + error);
            Platform.runLater(() -> exit.accept(1));
            return;
        }
        // Later, not now: a dialog cannot be shown while JavaFX lays out or animates.
        Platform.runLater(() -> showOnce(whatFailed, error, fatal));
    }

    private void showOnce(String whatFailed, Throwable error, boolean fatal) {
        exitWhenClosed |= fatal;
        if (showing) {
            return;
        }
        showing = true;
        try {
            ErrorDialog.show(owner.get(), whatFailed, fatal, error, logFolder, app, () -> {
                showing = false;
                if (exitWhenClosed) {
                    exit.accept(1);
                }
            });
        } catch (RuntimeException | Error cannotShow) {
            // Not reported again, or a dialog that cannot be built would loop; the log has both.
            showing = false;
            LOG.log(Level.SEVERE, "The error dialog could not be shown", cannotShow);
            System.err.println("scalp-journal: " + whatFailed + ": " + error);
            if (exitWhenClosed) {
                exit.accept(1);
            }
        }
    }
}
