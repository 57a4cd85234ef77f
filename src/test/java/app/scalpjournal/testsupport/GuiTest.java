package app.scalpjournal.testsupport;

import app.scalpjournal.shell.App;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The one TestFX set-up of the GUI tests (headless, under Monocle): the toolkit's primary stage, the
 * real App started on a journal folder, waits on background work of up to 60 s (the machine is
 * shared), and after each test the App stopped and every window closed.
 */
public abstract class GuiTest {
    /** The longest a test waits for background work (opening a journal, decoding, a PDF). */
    public static final long WAIT_SECONDS = 60;

    protected final FxRobot robot = new FxRobot();
    private Application app;

    @BeforeAll
    static void registerToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeWindows() throws Exception {
        stopApp();
        FxToolkit.cleanupStages();
    }

    /**
     * Starts the real App on {@code journal} and waits until the main window shows its timeline (the
     * journal opens in the background behind an "Opening…" placeholder).
     */
    protected void startApp(Path journal) throws Exception {
        launchApp(journal);
        waitUntil(() -> robot.lookup("#mainWindow").tryQuery().isPresent() && robot.lookup("#timeline").tryQuery().isPresent());
    }

    /** Starts the App without waiting for its main window (a damaged journal asks a question first). */
    protected void launchApp(Path journal) throws Exception {
        app = FxToolkit.setupApplication(App.class, "--library=" + journal);
    }

    /** Stops the App as a user closing it would (a restart is {@code stopApp} then {@code startApp}). */
    protected void stopApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
    }

    /** The node {@code query} finds (an id like {@code "#timeline"}); fails when there is none. */
    protected <T extends Node> T find(String query) {
        return robot.lookup(query).query();
    }

    /** Whether a node {@code query} finds is visible; false while there is none yet (parts of the window join the scene when first shown). */
    protected boolean shown(String query) {
        return robot.lookup(query).<Node>tryQuery().map(Node::isVisible).orElse(false);
    }

    /** Waits until {@code condition} holds, letting the FX thread work meanwhile; fails after {@link #WAIT_SECONDS}. */
    public static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
