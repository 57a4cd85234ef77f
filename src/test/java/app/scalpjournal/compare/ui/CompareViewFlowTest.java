package app.scalpjournal.compare.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.alignment.Alignment;
import app.scalpjournal.compare.ConditionLabels;
import app.scalpjournal.compare.CompareMode;
import app.scalpjournal.compare.CompareViewModel;
import app.scalpjournal.compare.TestJournal;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.Region;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The compare view driven through the real UI (headless Monocle), with drawn sample pictures. */
@ExtendWith(ApplicationExtension.class)
class CompareViewFlowTest {
    static final Path SNAPSHOTS = Path.of("target", "snapshots");
    private static final LocalDate D0 = LocalDate.of(2026, 1, 5);

    @TempDir
    Path dir;
    private TestJournal journal;
    private SampleFiles files;
    private ExecutorService executor;
    private CompareViewModel vm;
    private CompareView view;
    private Stage stage;
    private Photo first;
    private Photo last;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        journal = new TestJournal(dir.resolve("journal"));
        Files.createDirectories(dir.resolve("files"));
        files = new SampleFiles(dir.resolve("files"));
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

    private void show(Stage stage) {
        vm = new CompareViewModel(journal.service(photos -> Map.of(last.id(), "washed, dry, daylight")), executor, Platform::runLater);
        view = new CompareView(vm, new ImageStore(files, executor), executor);
        stage.setScene(new Scene(view, 1280, 800));
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

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitForImages() throws Exception {
        waitUntil(() -> vm.rightProperty().get() != null);
        // Give the background decodes time to arrive.
        for (int i = 0; i < 5; i++) {
            Thread.sleep(100);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    static void snapshot(Node node, String name) throws Exception {
        Files.createDirectories(SNAPSHOTS);
        BufferedImage image = WaitForAsyncUtils.asyncFx(() -> SwingFXUtils.fromFXImage(node.snapshot(null, null), null)).get();
        ImageIO.write(image, "png", SNAPSHOTS.resolve(name + ".png").toFile());
    }

    @Test
    void opensOnEarliestAndLatestAndSwitchesModes(FxRobot robot) throws Exception {
        waitForImages();
        assertEquals(first.id(), vm.leftProperty().get().id());
        assertEquals(last.id(), vm.rightProperty().get().id());
        String title = robot.lookup("#compareTitle").queryLabeled().getText();
        assertTrue(title.contains("5 Jan 2026") && title.contains("5 May 2026") && title.contains("120 days apart"), title);
        assertTrue(robot.lookup("#compareHints").queryLabeled().getText().contains("conditions are recorded for only one"));
        snapshot(view, "compare-side-by-side");

        robot.clickOn("#modeSwipe");
        assertEquals(CompareMode.SWIPE, vm.modeProperty().get());
        assertTrue(robot.lookup("#swipeDivider").query().isVisible());
        waitForImages();
        snapshot(view, "compare-swipe");

        robot.clickOn("#modeOverlay");
        assertEquals(CompareMode.OVERLAY, vm.modeProperty().get());
        assertTrue(robot.lookup("#opacitySlider").query().isVisible());
        snapshot(view, "compare-overlay");

        robot.clickOn("#leftDates").type(KeyCode.DIGIT4);
        assertEquals(CompareMode.STRIP, vm.modeProperty().get());
        assertEquals(6, vm.strip().size());
        waitForImages();
        assertEquals(6, robot.lookup("#stripPane").queryAs(javafx.scene.layout.GridPane.class).getChildren().size());
        snapshot(view, "compare-strip");

        robot.type(KeyCode.DIGIT1);
        assertEquals(CompareMode.SIDE_BY_SIDE, vm.modeProperty().get());
    }

    @Test
    void arrowKeysStepThroughDatesAndListsFollow(FxRobot robot) throws Exception {
        waitForImages();
        robot.clickOn("#modeSideBySide");
        robot.type(KeyCode.LEFT);
        assertEquals(4, vm.rightIndexProperty().get());
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        assertEquals(1, vm.leftIndexProperty().get());
        assertEquals(1, robot.lookup("#leftDates").queryListView().getSelectionModel().getSelectedIndex());
        robot.clickOn(robot.lookup("#rightDates").lookup(".list-cell").nth(2).queryAs(Node.class));
        assertEquals(2, vm.rightIndexProperty().get());
        assertTrue(robot.lookup("#rightCaption").queryLabeled().getText().startsWith("16 Feb 2026 · day 43"));
    }

    @Test
    void wheelZoomsBothSidesToTheSamePlace(FxRobot robot) throws Exception {
        waitForImages();
        robot.moveTo("#leftViewport").scroll(5, javafx.geometry.VerticalDirection.UP);
        waitUntil(() -> vm.viewProperty().get().zoom() > 1.01 || vm.viewProperty().get().zoom() < 0.99);
        robot.drag("#rightViewport", MouseButton.PRIMARY).dropBy(-80, -40);
        assertTrue(vm.viewProperty().get().centerX() != 0.5);
        robot.type(KeyCode.F);
        assertEquals(1, vm.viewProperty().get().zoom(), 1e-9);
        robot.type(KeyCode.A);
        // 100% for the 1600 px left photo in a viewport narrower than it.
        assertTrue(vm.viewProperty().get().zoom() > 1.5, "zoom " + vm.viewProperty().get().zoom());
        waitUntil(() -> files.fullDecodes.get() > 0);
        snapshot(view, "compare-side-by-side-100");
    }

    @Test
    void dragsTheSwipeDividerAndChangesOverlayOpacity(FxRobot robot) throws Exception {
        waitForImages();
        robot.clickOn("#modeSwipe");
        robot.drag("#swipeDivider", MouseButton.PRIMARY).dropBy(-250, 0);
        assertTrue(vm.swipeProperty().get() < 0.35, "swipe " + vm.swipeProperty().get());
        snapshot(view, "compare-swipe-dragged");

        robot.clickOn("#modeOverlay");
        Slider slider = robot.lookup("#opacitySlider").queryAs(Slider.class);
        robot.drag(slider.lookup(".thumb"), MouseButton.PRIMARY).dropBy(60, 0);
        assertTrue(vm.opacityProperty().get() > 0.6, "opacity " + vm.opacityProperty().get());
        robot.clickOn("#mixViewport").type(KeyCode.OPEN_BRACKET);
        double before = vm.opacityProperty().get();
        robot.type(KeyCode.OPEN_BRACKET);
        assertEquals(before - 0.1, vm.opacityProperty().get(), 1e-9);
    }

    @Test
    void alignsSavesAndFindsTheAlignmentAgainAfterReopening(FxRobot robot) throws Exception {
        waitForImages();
        robot.clickOn("#modeOverlay");
        robot.clickOn("#alignToggle");
        robot.drag("#mixViewport", MouseButton.PRIMARY).dropBy(40, 25);
        Alignment dragged = vm.alignmentProperty().get();
        assertTrue(dragged.dx() > 0.01 && dragged.dy() > 0.01, dragged.toString());
        robot.press(KeyCode.CONTROL).scroll(3, javafx.geometry.VerticalDirection.UP).release(KeyCode.CONTROL);
        assertEquals(3, Math.abs(Math.log(vm.alignmentProperty().get().scale()) / Math.log(1.01)), 1e-6);
        TextField rotation = robot.lookup("#alignRotation").queryAs(TextField.class);
        robot.doubleClickOn(rotation).eraseText(6).write("-2.5").type(KeyCode.ENTER);
        assertEquals(-2.5, vm.alignmentProperty().get().rotationDeg(), 1e-9);
        waitForImages();
        snapshot(view, "compare-overlay-aligned");
        robot.clickOn("#alignSave");
        waitUntil(() -> !vm.alignmentChangedProperty().get());
        Alignment saved = vm.alignmentProperty().get();
        assertEquals(saved, journal.alignments.find(last.id(), first.id()).orElseThrow());

        // Reopen: a new view model and view on the same journal find it again.
        robot.interact(() -> show(stage));
        waitUntil(() -> vm.rightProperty().get() != null && !vm.alignmentProperty().get().isIdentity());
        assertEquals(saved, vm.alignmentProperty().get());
        robot.clickOn("#modeSwipe");
        assertEquals("-2.5", robot.lookup("#alignRotation").queryAs(TextField.class).getText());
        assertFalse(vm.alignmentChangedProperty().get());
    }

    @Test
    void savesTheComparisonAsAnImage(FxRobot robot) throws Exception {
        waitForImages();
        assertEquals("crown-2026-01-05-and-2026-05-05.png", view.suggestedFileName());
        Path png = dir.resolve("c.png");
        Path jpg = dir.resolve("c.jpg");
        robot.interact(() -> view.saveImage(png));
        waitUntil(() -> vm.statusProperty().get().startsWith("Saved c.png"));
        robot.interact(() -> view.saveImage(jpg));
        waitUntil(() -> vm.statusProperty().get().startsWith("Saved c.jpg"));
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image);
        assertTrue(image.getWidth() > 500, "width " + image.getWidth());
        assertNotNull(ImageIO.read(jpg.toFile()));
        Files.createDirectories(SNAPSHOTS);
        Files.copy(png, SNAPSHOTS.resolve("compare-export.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void helpOverlayListsTheShortcuts(FxRobot robot) throws Exception {
        waitForImages();
        robot.clickOn("#helpButton");
        assertTrue(robot.lookup("#helpOverlay").query().isVisible());
        assertTrue(robot.lookup("Ctrl + S").tryQuery().isPresent());
        snapshot(view, "compare-help");
        robot.type(KeyCode.ESCAPE);
        assertFalse(robot.lookup("#helpOverlay").query().isVisible());
        assertTrue(new File(SNAPSHOTS.toFile(), "compare-help.png").isFile());
    }
}
