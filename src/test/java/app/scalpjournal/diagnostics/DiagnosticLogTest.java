package app.scalpjournal.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagnosticLogTest {
    private static final String NOTE = "Crown looks thinner after the new shampoo, itching at night";
    private final Logger root = Logger.getLogger("");
    private Handler[] before;
    private Level levelBefore;
    @TempDir
    Path dir;

    @BeforeEach
    void remember() {
        before = root.getHandlers();
        levelBefore = root.getLevel();
    }

    @AfterEach
    void restore() {
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
            h.close();
        }
        for (Handler h : before) {
            root.addHandler(h);
        }
        root.setLevel(levelBefore);
    }

    @Test
    void livesInThePlatformsStateFolder() {
        Path home = Path.of("/home/u");
        assertEquals(Path.of("/xdg/state/scalp-journal"), DiagnosticLog.defaultFolder(Map.of("XDG_STATE_HOME", "/xdg/state"), "Linux", home));
        assertEquals(home.resolve(".local/state/scalp-journal"), DiagnosticLog.defaultFolder(Map.of(), "Linux", home));
        assertEquals(home.resolve(".local/state/scalp-journal"), DiagnosticLog.defaultFolder(Map.of("XDG_STATE_HOME", "relative"), "Linux", home));
        assertEquals(home.resolve("Library/Logs/Scalp Journal"), DiagnosticLog.defaultFolder(Map.of(), "Mac OS X", home));
        assertEquals(Path.of("C:/Users/u/AppData/Local/Scalp Journal/Logs"),
                DiagnosticLog.defaultFolder(Map.of("LOCALAPPDATA", "C:/Users/u/AppData/Local"), "Windows 11", home));
    }

    @Test
    void recordsWhereAnErrorHappenedButNotTheNoteTextItCarried() throws IOException {
        DiagnosticLog log = DiagnosticLog.install(dir.resolve("state"));
        SQLException cause = new SQLException("constraint failed: note = '" + NOTE + "'");
        Logger.getLogger("app.scalpjournal.ui.UnexpectedErrors").log(Level.SEVERE, "Unexpected error on thread worker-1",
                new IllegalStateException("saving " + NOTE + " failed", cause));
        flush();

        String written = Files.readString(log.currentFile());
        assertTrue(written.contains("SEVERE app.scalpjournal.ui.UnexpectedErrors: Unexpected error on thread worker-1"), written);
        assertTrue(written.contains("java.lang.IllegalStateException"), written);
        assertTrue(written.contains("caused by java.sql.SQLException"), written);
        assertTrue(written.contains("at app.scalpjournal.diagnostics.DiagnosticLogTest.recordsWhere"), written);
        assertFalse(written.contains("shampoo"), written);
        assertFalse(written.contains("constraint failed"), written);
    }

    @Test
    void keepsAtMostThreeSmallFiles() throws IOException {
        DiagnosticLog log = DiagnosticLog.install(dir);
        Logger logger = Logger.getLogger("app.scalpjournal.test");
        String line = "x".repeat(1000);
        for (int i = 0; i < DiagnosticLog.FILES * DiagnosticLog.LIMIT_BYTES / 1000 + 200; i++) {
            logger.info(line);
        }
        flush();

        List<String> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".log")).sorted().toList();
        }
        assertEquals(List.of("scalp-journal-0.log", "scalp-journal-1.log", "scalp-journal-2.log"), files);
        for (String f : files) {
            assertTrue(Files.size(dir.resolve(f)) <= DiagnosticLog.LIMIT_BYTES + 2000, f + " " + Files.size(dir.resolve(f)));
        }
        assertTrue(Files.exists(log.currentFile()));
    }

    @Test
    void takesOverFromTheConsole() {
        DiagnosticLog.install(dir);
        assertEquals(1, root.getHandlers().length);
        assertFalse(root.getHandlers()[0] instanceof java.util.logging.ConsoleHandler);
    }

    private void flush() {
        for (Handler h : root.getHandlers()) {
            h.flush();
        }
    }
}
