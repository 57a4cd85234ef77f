package app.scalpjournal.compare.ui;

import app.scalpjournal.testsupport.GuiTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.context.AppContext;
import app.scalpjournal.journal.ui.TimelineItem;
import app.scalpjournal.photo.ImportListener;
import app.scalpjournal.photo.ImportOptions;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.Region;
import app.scalpjournal.sample.SampleImages;
import app.scalpjournal.text.DateFormats;
import app.scalpjournal.ui.Snapshots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** Compare opened from the real main window: from a photo of the selected entry, the toolbar and Ctrl+K. */
class CompareAppFlowTest extends GuiTest {
    private static final LocalDate D0 = LocalDate.of(2026, 2, 1);

    @TempDir
    Path dir;
    private List<Photo> crown;

    /** Three crown pictures and one of the top, imported through the real importer with their dates. */
    private void fillJournal() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        try (AppContext context = AppContext.open(dir.resolve("journal"))) {
            for (int i = 0; i < 3; i++) {
                Path file = inbox.resolve("crown-" + i + ".jpg");
                ImageIO.write(SampleImages.draw(Region.CROWN, i, SampleImages.Framing.jitter(i + 3), 800, 600), "jpg", file.toFile());
                context.importer().importPaths(List.of(file), new ImportOptions(Region.CROWN, D0.plusDays(30L * i), "Day " + i),
                        ImportListener.NONE, () -> false);
            }
            Path top = inbox.resolve("top.jpg");
            ImageIO.write(SampleImages.draw(Region.TOP, 9, SampleImages.Framing.NEUTRAL, 800, 600), "jpg", top.toFile());
            context.importer().importPaths(List.of(top), new ImportOptions(Region.TOP, D0.plusDays(100), ""), ImportListener.NONE, () -> false);
            crown = context.photos().listByRegion(Region.CROWN);
        }
        startApp(dir.resolve("journal"));
    }

    private void selectEntry(LocalDate day) throws Exception {
        // The journal opens off the FX thread behind an "Opening…" window.
        waitUntil(() -> robot.lookup("#timeline").tryQuery().isPresent());
        ListView<TimelineItem> list = robot.lookup("#timeline").queryListView();
        waitUntil(() -> !list.getItems().isEmpty());
        int index = -1;
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i) instanceof TimelineItem.EntryRow row && row.entry().date().equals(day)) {
                index = i;
            }
        }
        int at = index;
        robot.interact(() -> list.scrollTo(at));
        robot.clickOn(robot.lookup(".entry-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getIndex() == at).queryAs(Node.class));
        waitUntil(() -> robot.lookup("#photoCompare-" + crownOn(day).id()).tryQuery().isPresent());
    }

    private Photo crownOn(LocalDate day) {
        return crown.stream().filter(p -> p.takenAt().date().equals(day)).findFirst().orElseThrow();
    }

    private Stage compareStage() {
        return (Stage) Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getTitle().startsWith("Compare")).findFirst().orElse(null);
    }

    private String title() {
        return ((Label) compareStage().getScene().lookup("#compareTitle")).getText();
    }

    @Test
    void opensFromAPhotoAlignsSavesAndFindsTheAlignmentAgain() throws Exception {
        fillJournal();
        selectEntry(D0.plusDays(30));
        robot.clickOn("#photoCompare-" + crownOn(D0.plusDays(30)).id());
        waitUntil(() -> compareStage() != null && title().contains(DateFormats.day(D0.plusDays(30))));
        assertTrue(title().startsWith("Crown / vertex  ·  " + DateFormats.day(D0) + "  and  " + DateFormats.day(D0.plusDays(30))), title());
        Node view = compareStage().getScene().getRoot();
        robot.clickOn(view.lookup("#modeOverlay"));
        robot.clickOn(view.lookup("#alignToggle"));
        robot.drag(view.lookup("#mixViewport"), MouseButton.PRIMARY).dropBy(30, -20);
        robot.clickOn(view.lookup("#alignSave"));
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        String dx = ((TextField) view.lookup("#alignDx")).getText();
        assertTrue(Double.parseDouble(dx.replace(',', '.')) > 1, dx);
        Snapshots.save(view, "compare-from-timeline-overlay");
        robot.interact(() -> compareStage().close());

        // The toolbar opens the selected entry's region on its earliest and latest photos; the saved pair is not that pair.
        robot.clickOn("#compareButton");
        waitUntil(() -> compareStage() != null && title().contains(DateFormats.day(D0.plusDays(60))));
        Node again = compareStage().getScene().getRoot();
        robot.clickOn(again.lookup("#rightViewport")).type(KeyCode.LEFT);
        waitUntil(() -> title().contains(DateFormats.day(D0.plusDays(30))) 
                && dx.equals(((TextField) again.lookup("#alignDx")).getText()));
        assertEquals(dx, ((TextField) again.lookup("#alignDx")).getText());
        robot.interact(() -> compareStage().close());

        // Ctrl+K with the same selection.
        robot.clickOn("#timeline").press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        waitUntil(() -> compareStage() != null && title().contains(DateFormats.day(D0.plusDays(60))));
        assertTrue(title().startsWith("Crown / vertex  ·  " + DateFormats.day(D0)), title());
        robot.interact(() -> compareStage().close());
    }

    @Test
    void timeLapseOpensOnTheRegionShown() throws Exception {
        fillJournal();
        selectEntry(D0.plusDays(30));
        robot.clickOn("#compareButton");
        waitUntil(() -> compareStage() != null && title().contains(DateFormats.day(D0.plusDays(60))));
        Stage compare = compareStage();
        robot.clickOn(compare.getScene().getRoot().lookup("#timelapseButton"));
        waitUntil(() -> timeLapseStage() != null);
        Stage dialog = timeLapseStage();
        assertEquals(compare, dialog.getOwner(), "the dialog belongs to the compare window");
        ComboBox<?> region = (ComboBox<?>) dialog.getScene().lookup("#timelapseRegion");
        assertEquals(Region.CROWN, region.getValue());
        Snapshots.save(compare.getScene().getRoot(), "compare-toolbar-timelapse");
        robot.interact(() -> {
            dialog.close();
            compare.close();
        });
    }

    private Stage timeLapseStage() {
        return (Stage) Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing() && "Time-lapse".equals(s.getTitle()))
                .findFirst().orElse(null);
    }
}
