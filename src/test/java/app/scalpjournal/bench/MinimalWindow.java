package app.scalpjournal.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

/**
 * The anchor for {@link StartupBench}: the least a JavaFX window of the app's size can do, a list of
 * rows, started like the app (plain main, class path) and reporting the same way once its rows are drawn.
 */
public final class MinimalWindow {
    private MinimalWindow() {
    }

    public static void main(String[] args) {
        java.util.logging.LogManager.getLogManager().reset(); // as the app: JavaFX's class-path warning off the console
        Application.launch(Window.class, args);
        System.exit(0);
    }

    /** Separate from main, as in the app: a main class that is an Application fails on the class path. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            show(stage);
        }
    }

    private static void show(Stage stage) {
        ListView<String> list = new ListView<>(FXCollections.observableArrayList(
                IntStream.range(0, 40).mapToObj(i -> "Row " + i).toList()));
        stage.setScene(new Scene(list, 1180, 760));
        stage.show();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                boolean drawn = list.lookupAll(".list-cell").stream().anyMatch(c -> !((ListCell<?>) c).isEmpty());
                if (drawn) {
                    stop();
                    long ms = ProcessHandle.current().info().startInstant().map(s -> Duration.between(s, Instant.now()).toMillis()).orElse(-1L);
                    System.out.println("Minimal window shown " + ms + " ms after the process started.");
                    Platform.exit();
                }
            }
        }.start();
    }
}
