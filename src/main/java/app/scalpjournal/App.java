package app.scalpjournal;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: start and stop only; everything else is wired in {@link AppContext}. */
public final class App extends Application {
    private static volatile Path libraryFolder;
    private AppContext context;

    public static void launchOn(Path folder) {
        libraryFolder = folder;
        Application.launch(App.class);
    }

    @Override
    public void start(Stage stage) {
        context = AppContext.open(libraryFolder);
        stage.setTitle("Scalp Journal");
        stage.setScene(new Scene(new Label("Scalp Journal: " + context.library().root()), 900, 600));
        stage.show();
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
        Platform.exit();
    }
}
