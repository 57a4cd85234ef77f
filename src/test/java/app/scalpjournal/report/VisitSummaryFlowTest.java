package app.scalpjournal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.shell.TestApp;
import app.scalpjournal.context.AppContext;
import app.scalpjournal.photo.Region;
import app.scalpjournal.report.ui.VisitSummaryView;
import app.scalpjournal.report.ui.VisitSummaryViewModel;
import app.scalpjournal.ui.FxTaskRunner;
import app.scalpjournal.ui.Snapshots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The visit summary dialog on the real UI, headless: open it, see the pages, save them. */
class VisitSummaryFlowTest {
    private static final LocalDate JAN1 = LocalDate.of(2026, 1, 1);

    @TempDir
    Path dir;
    private Path journal;
    private final FxRobot robot = new FxRobot();
    private Application app;
    private AppContext context;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void journalWithPhotos() throws Exception {
        journal = dir.resolve("journal");
        try (ReportFixture f = new ReportFixture(journal)) {
            f.photo(JAN1, Region.CROWN, 600, 800, null);
            f.photo(JAN1.plusDays(45), Region.CROWN, 600, 800, null);
            f.photo(JAN1.plusDays(3), Region.HAIRLINE, 800, 600, null);
            f.photo(JAN1.plusDays(50), Region.HAIRLINE, 800, 600, null);
            f.note(JAN1, "First day. Zoë, ñ, Ж.");
        }
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        if (context != null) {
            context.close();
        }
    }

    @Test
    void toolbarOpensTheDialogWithAPreviewOfThePages() throws Exception {
        app = TestApp.start(journal);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#visitSummaryButton").tryQuery()
                .filter(b -> b.getScene() != null && b.isVisible()).isPresent());
        robot.clickOn("#visitSummaryButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#summaryPage2").tryQuery().isPresent()
                && !robot.lookup("#summarySave").queryButton().isDisabled());
        assertFalse(robot.lookup("#summaryPage3").tryQuery().isPresent(), "overview and one page of photos");
        assertTrue(robot.lookup("#summaryMessage").queryLabeled().getText().startsWith("2 pages"),
                robot.lookup("#summaryMessage").queryLabeled().getText());
        Snapshots.save(robot.lookup("#visitSummary").query(), "visit-summary-dialog");
        robot.clickOn("#summaryClose");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#visitSummary").tryQuery().isEmpty());
    }

    @Test
    void previewThenSaveWritesThePreviewedPagesAndRemembersTheHeader() throws Exception {
        context = AppContext.open(journal);
        Path target = dir.resolve("out").resolve("summary.pdf");
        Files.createDirectories(target.getParent());
        VisitSummaryViewModel model = show(target);

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.readyProperty().get());
        assertEquals(2, model.pages().size());

        // leaving the notes out and naming the header re-renders before Save is possible again
        robot.clickOn("#summaryNotes");
        robot.clickOn("#summaryName").write("A. B.");
        assertTrue(robot.lookup("#summarySave").queryButton().isDisabled(), "stale preview cannot be saved");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.readyProperty().get());
        robot.clickOn("#summarySave");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.isRegularFile(target)
                && robot.lookup("#summaryMessage").queryLabeled().getText().startsWith("Saved"));

        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            assertEquals(model.pages().size(), pdf.getNumberOfPages());
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("A. B."), text);
            assertFalse(text.contains("Zoë"), "notes were left out");
            assertTrue(text.contains(SummaryRenderer.FOOTER.substring(0, 40)));
        }
        assertEquals("A. B.", context.visitSummaries().settings().name());
        assertEquals(Optional.of(LocalDate.now()), context.visitSummaries().settings().lastSummary());

        // the next summary starts on the day of this one and the header is filled in
        FxToolkit.cleanupStages();
        VisitSummaryViewModel next = show(target);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "A. B.".equals(robot.lookup("#summaryName").queryAs(TextField.class).getText()));
        assertEquals(LocalDate.now(), next.fromProperty().get());
        assertTrue(((CheckBox) robot.lookup("#summaryRegion-crown").query()).isSelected());
    }

    private VisitSummaryViewModel show(Path target) throws Exception {
        VisitSummaryViewModel model = new VisitSummaryViewModel(context.visitSummaries(), new FxTaskRunner(context.executor()),
                doc -> false, Paper.A4);
        FxToolkit.setupStage(stage -> {
            VisitSummaryView view = new VisitSummaryView(model, window -> Optional.of(target), stage::close);
            stage.setScene(new Scene(view, 1000, 760));
            stage.sizeToScene();
            stage.show();
            model.load();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return model;
    }

}
