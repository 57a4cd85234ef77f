package app.scalpjournal.shell;

import app.scalpjournal.testsupport.GuiTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.text.Messages;
import app.scalpjournal.ui.FxTaskRunner;
import app.scalpjournal.ui.Snapshots;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** Errors nobody caught, on the FX thread or in the background, end in one dialog over a window that still works. */
class UnexpectedErrorsTest extends GuiTest {
    @TempDir
    Path dir;
    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    @BeforeEach
    void start() throws Exception {
        startApp(dir);
    }

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    @Test
    void anExceptionOnTheFxThreadEndsInTheDialogAndTheWindowCarriesOn() throws Exception {
        Platform.runLater(() -> {
            throw new NullPointerException("the cell had no photo");
        });

        DialogPane dialog = waitForDialog();
        assertEquals(Messages.get("error.onWindow"), dialog.getHeaderText());
        assertTrue(((Label) dialog.getContent()).getText().contains(Path.of(System.getProperty("user.home")).toString()),
                "names where the log is");
        Snapshots.save(dialog, "error-dialog");
        robot.clickOn("#copyDetailsButton");
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get(5, TimeUnit.SECONDS);
        assertTrue(copied.contains("java.lang.NullPointerException: the cell had no photo"), copied);
        assertTrue(copied.contains("at " + UnexpectedErrorsTest.class.getName()), copied);
        assertEquals(1, errorDialogs().size(), "copying leaves the dialog open");

        robot.clickOn("#closeErrorButton");
        waitUntil(() -> errorDialogs().isEmpty());
        robot.clickOn("Help").clickOn("Keyboard shortcuts");
        waitUntil(() -> robot.lookup("#shortcutsDialog").tryQuery().isPresent());
    }

    @Test
    void aBugInABackgroundTaskEndsInOneDialogBesideTheCallersOwnMessage() throws Exception {
        AtomicReference<Throwable> toldTheCaller = new AtomicReference<>();
        FxTaskRunner runner = new FxTaskRunner(executor);
        runner.run(() -> List.of().get(3), ok -> { }, toldTheCaller::set);
        new Thread(() -> {
            throw new IllegalStateException("a second error while the dialog is open");
        }, "a-worker").start();

        DialogPane dialog = waitForDialog();
        assertEquals(Messages.get("error.inBackground"), dialog.getHeaderText());
        waitUntil(() -> toldTheCaller.get() instanceof IndexOutOfBoundsException);
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        assertEquals(1, errorDialogs().size(), "one dialog, not one per error");
        robot.clickOn("#closeErrorButton");
        waitUntil(() -> errorDialogs().isEmpty());
        assertTrue(robot.lookup("#mainWindow").query().isVisible());
    }

    @Test
    void anExpectedFailureStaysWithTheCaller() throws Exception {
        AtomicReference<Throwable> toldTheCaller = new AtomicReference<>();
        new FxTaskRunner(executor).run(() -> {
            throw new java.io.IOException("disk full");
        }, ok -> { }, toldTheCaller::set);
        waitUntil(() -> toldTheCaller.get() != null);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertTrue(errorDialogs().isEmpty());
    }

    private DialogPane waitForDialog() throws Exception {
        waitUntil(() -> !errorDialogs().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        return errorDialogs().get(0);
    }

    private List<DialogPane> errorDialogs() {
        return Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane pane && "errorDialog".equals(pane.getId()))
                .map(w -> (DialogPane) w.getScene().getRoot())
                .toList();
    }
}
