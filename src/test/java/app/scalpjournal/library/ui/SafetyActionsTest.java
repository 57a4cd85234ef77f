package app.scalpjournal.library.ui;

import app.scalpjournal.testsupport.GuiTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.context.AppContext;
import app.scalpjournal.library.Library;
import app.scalpjournal.photo.JournalRepair;
import app.scalpjournal.photo.LibraryCheck;
import app.scalpjournal.testsupport.TestImages;
import app.scalpjournal.ui.FxTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The File and Journal menu commands on a real journal, driven through the real menus and dialogs. */
class SafetyActionsTest extends GuiTest {
    @TempDir
    Path dir;
    private AppContext context;
    private Label status;

    /** Answers the choosers as a user would, without the system's native dialogs. */
    private final class Picks implements SafetyActions.Choosers {
        Path save;
        Path open;
        Path folder;

        @Override
        public Optional<Path> saveBackup(Window owner, String suggestedName) {
            return Optional.ofNullable(save);
        }

        @Override
        public Optional<Path> openBackup(Window owner) {
            return Optional.ofNullable(open);
        }

        @Override
        public Optional<Path> folder(Window owner, String title) {
            return Optional.ofNullable(folder);
        }
    }

    private final Picks picks = new Picks();

    @BeforeEach
    void showMenus() throws Exception {
        FxToolkit.registerPrimaryStage();
        status = new Label();
        Path photo = TestImages.writeJpeg(dir.resolve("in/p.jpg"), 200, 150, TestImages.Exif.taken("2026:02:01 09:00:00"));
        context = new AppContext(Library.open(dir.resolve("journal")), Clock.systemDefaultZone());
        context.importer().importPaths(List.of(photo), app.scalpjournal.photo.ImportOptions.ownDates(app.scalpjournal.photo.Region.CROWN),
                app.scalpjournal.photo.ImportListener.NONE, () -> false);
        SafetyActions actions = new SafetyActions(new SafetyActions.Services(context.backup(), context.export(),
                new LibraryCheck(context.library(), context.photos()), new JournalRepair(context.library(), context.photos(), context.previews(), context.orphanRecovery())),
                new FxTaskRunner(context.executor()), picks, () -> false, status::setText, () -> status.getScene().getWindow());
        FxToolkit.setupStage((Stage stage) -> {
            Menu file = new Menu("File");
            file.getItems().addAll(actions.fileItems());
            Menu journal = new Menu("Journal");
            journal.getItems().add(actions.verifyItem());
            status.setId("status");
            stage.setScene(new Scene(new BorderPane(status, new MenuBar(file, journal), null, null, null), 700, 400));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        context.close();
    }

    private void waitForStatus(String text) throws Exception {
        waitUntil(() -> status.getText() != null && status.getText().contains(text));
    }

    @Test
    void backUpThenRestoreIntoANewFolderAfterConfirming() throws Exception {
        picks.save = dir.resolve("b.zip");
        robot.clickOn("File").clickOn("#backUp");
        waitForStatus("Backup written and verified");
        assertTrue(Files.size(picks.save) > 0);

        picks.open = picks.save;
        picks.folder = dir.resolve("restored");
        robot.clickOn("File").clickOn("#restore");
        waitUntil(() -> robot.lookup("#confirmButton").tryQuery().isPresent());
        robot.clickOn("#confirmButton");
        waitForStatus("Restored 1 entry and 1 photo into");
        waitUntil(() -> robot.lookup("#safetyDialog").tryQuery().isPresent());
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#safetyDialog").tryQuery().isEmpty());
        try (Library restored = Library.open(picks.folder)) {
            assertEquals(1, new app.scalpjournal.photo.PhotoRepository(restored.database()).count());
        }
    }

    @Test
    void verifyListsAnOrphanAndRepairReattachesIt() throws Exception {
        byte[] jpeg = app.scalpjournal.testsupport.TestImages.jpeg(80, 60, app.scalpjournal.testsupport.TestImages.Exif.taken("2025:11:02 08:00:00"));
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(jpeg));
        Path orphan = context.library().layout().original(sha, "jpg");
        Files.createDirectories(orphan.getParent());
        Files.write(orphan, jpeg);
        robot.clickOn("Journal").clickOn("#verifyJournal");
        waitUntil(() -> robot.lookup("#repairButton").tryQuery().isPresent());
        assertTrue(robot.lookup("#safetyListing").queryTextInputControl().getText().contains("original with no photo in the journal"));
        app.scalpjournal.ui.Snapshots.save(robot.lookup("#safetyDialog").query(), "verify-journal-problems");
        robot.clickOn("#repairButton");
        waitForStatus("re-attached 1 photo(s)");
        assertTrue(Files.exists(orphan));
        robot.clickOn("Journal").clickOn("#verifyJournal");
        waitForStatus("Journal verified");
    }

    @Test
    void exportGoesIntoANewFolderInsideTheChosenOne() throws Exception {
        picks.folder = Files.createDirectories(dir.resolve("exports"));
        robot.clickOn("File").clickOn("#export");
        waitForStatus("Exported 1 entry and 1 photo into");
        try (var list = Files.list(picks.folder)) {
            Path export = list.findFirst().orElseThrow();
            assertTrue(export.getFileName().toString().startsWith("Scalp Journal export "));
            assertTrue(Files.isRegularFile(export.resolve("journal.json")));
        }
    }
}
