package app.scalpjournal.compare.ui;


import app.scalpjournal.compare.ComparisonWriter;
import app.scalpjournal.compare.TestJournal;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.PhotoPixels;
import app.scalpjournal.photo.PreviewCache;
import app.scalpjournal.photo.Region;
import app.scalpjournal.testsupport.GuiTest;
import app.scalpjournal.text.DateFormats;
import app.scalpjournal.ui.FxTaskRunner;
import app.scalpjournal.photo.ui.ImageCache;
import app.scalpjournal.ui.Themes;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Set-up for compare flows on the real UI (headless Monocle): drawn sample pictures in a real journal. */
@ExtendWith(ApplicationExtension.class)
abstract class CompareFlowTestBase {
    static final Path SNAPSHOTS = Path.of("target", "snapshots");
    static final LocalDate D0 = LocalDate.of(2026, 1, 5);

    @TempDir
    Path dir;
    TestJournal journal;
    private ExecutorService executor;
    CompareViewModel vm;
    CompareView view;
    ImageCache images;
    Stage stage;
    Photo first;
    Photo last;

    /** Called by each test class's {@code @Start} (TestFX does not look for it in superclasses). */
    void setUp(Stage stage) throws Exception {
        this.stage = stage;
        Themes.apply(false);
        journal = new TestJournal(dir.resolve("journal"));
        SampleFiles files = new SampleFiles(journal.library.layout());
        first = journal.photo(Region.CROWN, D0, 1600, 1200);
        files.add(first, 0);
        for (int i = 1; i <= 4; i++) {
            files.add(journal.photo(Region.CROWN, D0.plusDays(21L * i), 1600, 1200), i);
        }
        last = journal.photo(Region.CROWN, D0.plusDays(120), 1200, 900);
        files.add(last, 5);
        journal.entries.updateNote(journal.entries.findByDate(D0).orElseThrow().id(), "Started the routine.\nEvening, bathroom light.");
        executor = Executors.newFixedThreadPool(2);
        show(stage);
    }

    /** The window size the flows run at. */
    abstract double[] size();

    void show(Stage stage) {
        double width = size()[0];
        double height = size()[1];
        PhotoPixels pixels = new PhotoPixels(new PreviewCache(journal.library.layout()));
        FxTaskRunner runner = new FxTaskRunner(executor);
        vm = new CompareViewModel(journal.service(photos -> Map.of(last.id(), "washed, dry, daylight")), new ComparisonWriter(pixels),
                runner, journal.clock);
        images = new ImageCache(pixels, runner, 64L << 20);
        view = new CompareView(vm, images);
        stage.setScene(new Scene(view, width, height));
        stage.sizeToScene();
        stage.show();
        vm.open(Region.CROWN);
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        executor.shutdown();
        executor.awaitTermination(5, TimeUnit.SECONDS);
        journal.close();
    }

    static void waitUntil(Callable<Boolean> condition) throws Exception {
        GuiTest.waitUntil(condition);
    }

    /** Until both sides show an image of at least {@code edge} pixels (not just a thumbnail). */
    void waitForImages(FxRobot robot) throws Exception {
        waitUntil(() -> vm.pair().rightProperty().get() != null);
        waitUntil(() -> shownWidth(robot, "#leftViewport") >= 600 && shownWidth(robot, "#rightViewport") >= 600);
    }

    static double shownWidth(FxRobot robot, String viewport) {
        return robot.lookup(viewport).queryAs(PhotoViewport.class).shownImageWidth();
    }

    static void snapshot(Node node, String name) throws Exception {
        Files.createDirectories(SNAPSHOTS);
        BufferedImage image = WaitForAsyncUtils.asyncFx(() -> SwingFXUtils.fromFXImage(node.snapshot(null, null), null)).get();
        ImageIO.write(image, "png", SNAPSHOTS.resolve(name + ".png").toFile());
    }

    static String day(long plusDays) {
        return DateFormats.day(D0.plusDays(plusDays));
    }
}
