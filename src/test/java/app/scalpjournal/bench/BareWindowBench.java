package app.scalpjournal.bench;

import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The anchor of the start-up row: a bare JavaFX window with one label, timed from JVM start until it
 * has been shown and laid out, and its resident memory then. Headless (Monocle) unless -Dgui.
 */
public final class BareWindowBench {
    public static void main(String[] args) throws Exception {
        if (!Boolean.getBoolean("gui")) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
        }
        CountDownLatch shown = new CountDownLatch(1);
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new Label("Hello"), 1180, 760));
            stage.setOnShown(e -> Platform.runLater(shown::countDown));
            stage.show();
        });
        shown.await();
        BenchFigures.print("window_shown_ms", BenchFigures.sinceJvmStartMs());
        Thread.sleep(500);
        BenchFigures.print("rss_mib", BenchFigures.rssMib());
        Platform.exit();
    }
}
