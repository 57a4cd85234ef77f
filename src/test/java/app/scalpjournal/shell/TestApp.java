package app.scalpjournal.shell;

import app.scalpjournal.shell.App;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real App on a journal folder for TestFX tests. The App opens the journal in the
 * background behind an "Opening…" placeholder, so this waits until the main window is in the scene.
 */
public final class TestApp {
    private TestApp() {
    }

    public static Application start(Path library) throws Exception {
        Application app = FxToolkit.setupApplication(App.class, "--library=" + library);
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#mainWindow").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return app;
    }
}
