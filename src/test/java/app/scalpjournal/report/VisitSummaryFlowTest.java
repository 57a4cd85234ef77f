package app.scalpjournal.report;

import app.scalpjournal.testsupport.GuiTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The visit summary dialog on the real UI, headless: open it, see the pages, save them. */
class VisitSummaryFlowTest extends GuiTest {
    private static final LocalDate JAN1 = LocalDate.of(2026, 1, 1);

    @TempDir
    Path dir;
    private Path journal;
    private AppContext context;

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
    void closeContext() throws Exception {
        FxToolkit.cleanupStages(); // the dialog first, then the journal it shows
        if (context != null) {
            context.close();
        }
    }

    @Test
    void toolbarOpensTheDialogWithAPreviewOfThePages() throws Exception {
        startApp(journal);
        waitUntil(() -> robot.lookup("#visitSummaryButton").tryQuery()
                .filter(b -> b.getScene() != null && b.isVisible()).isPresent());
        robot.clickOn("#visitSummaryButton");
        waitUntil(() -> robot.lookup("#summaryPage1").tryQuery().isPresent()
                && !robot.lookup("#summarySave").queryButton().isDisabled());
        assertFalse(robot.lookup("#summaryPage2").tryQuery().isPresent(), "compact: the note fits on page 1");
        assertTrue(robot.lookup("#summaryMessage").queryLabeled().getText().startsWith("1 page,"),
                robot.lookup("#summaryMessage").queryLabeled().getText());
        String compact = robot.lookup("#summaryMessage").queryLabeled().getText();
        robot.clickOn("#summaryLayout-full");
        waitUntil(() -> !robot.lookup("#summaryMessage").queryLabeled().getText().equals(compact)
                && !robot.lookup("#summarySave").queryButton().isDisabled());
        String full = robot.lookup("#summaryMessage").queryLabeled().getText();
        assertTrue(kilobytes(full) > kilobytes(compact), "full adds the photo pages: " + full + " after " + compact);
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

        waitUntil(() -> model.readyProperty().get());
        assertEquals(1, model.pages().size());

        // leaving the notes out, naming the header and writing a question re-renders before Save is possible again
        robot.clickOn("#summaryNotes");
        robot.clickOn("#summaryName").write("A. B.");
        robot.interact(() -> model.options().words().questionsProperty().set("What should I ask about shedding?"));
        robot.interact(() -> model.options().words().keepProperty().set(true));
        assertTrue(robot.lookup("#summarySave").queryButton().isDisabled(), "stale preview cannot be saved");
        waitUntil(() -> model.readyProperty().get());
        robot.clickOn("#summarySave");
        waitUntil(() -> Files.isRegularFile(target)
                && robot.lookup("#summaryMessage").queryLabeled().getText().startsWith("Saved"));

        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            assertEquals(model.pages().size(), pdf.getNumberOfPages());
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("A. B."), text);
            assertTrue(text.contains("What should I ask about shedding?"), text);
            assertFalse(text.contains("Zoë"), "notes were left out");
            assertTrue(text.contains(SummaryRenderer.footer().substring(0, 40)));
        }
        assertEquals("A. B.", context.visitSummaries().settings().name());
        assertEquals("What should I ask about shedding?", context.visitSummaries().settings().words().questions());

        // with no printer installed, Print says so
        robot.clickOn("#summaryPrint");
        waitUntil(() -> robot.lookup("#summaryMessage").queryLabeled().getText().startsWith("No printer is set up on this computer"));
        assertEquals(Optional.of(LocalDate.now()), context.visitSummaries().settings().lastSummary());

        // the next summary starts on the day of this one and the header is filled in
        FxToolkit.cleanupStages();
        VisitSummaryViewModel next = show(target);
        waitUntil(() -> "A. B.".equals(robot.lookup("#summaryName").queryAs(TextField.class).getText()));
        assertEquals(LocalDate.now(), next.options().fromProperty().get());
        assertTrue(((CheckBox) robot.lookup("#summaryRegion-crown").query()).isSelected());
        assertEquals("What should I ask about shedding?", next.options().words().questionsProperty().get(), "kept with the journal");
        assertTrue(next.options().words().keepProperty().get());
    }

    /** The size in "2 pages, A4, 340 KB." */
    private static int kilobytes(String message) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) KB").matcher(message);
        assertTrue(m.find(), message);
        return Integer.parseInt(m.group(1));
    }

    private VisitSummaryViewModel show(Path target) throws Exception {
        VisitSummaryViewModel model = new VisitSummaryViewModel(context.visitSummaries(), new FxTaskRunner(context.executor()),
                doc -> SummaryPrinter.Result.NO_PRINTER, Paper.A4);
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
