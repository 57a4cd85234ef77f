package app.scalpjournal.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LibraryLocationTest {
    private final Path home = Path.of("/home/ana");

    @Test
    void linuxUsesXdgDataHomeThenLocalShare() {
        assertEquals(Path.of("/data/scalp-journal"), LibraryLocation.defaultLocation(Map.of("XDG_DATA_HOME", "/data"), "Linux", home));
        assertEquals(Path.of("/home/ana/.local/share/scalp-journal"), LibraryLocation.defaultLocation(Map.of(), "Linux", home));
    }

    @Test
    void environmentVariableOverridesEverything() {
        assertEquals(Path.of("/x/j"), LibraryLocation.defaultLocation(Map.of("SCALP_JOURNAL_HOME", "/x/j", "XDG_DATA_HOME", "/data"), "Linux", home));
    }

    @Test
    void macAndWindowsFollowTheirConventions() {
        assertEquals(home.resolve("Library/Application Support/Scalp Journal"), LibraryLocation.defaultLocation(Map.of(), "Mac OS X", home));
        assertEquals(Path.of("C:/Users/ana/AppData/Local").resolve("Scalp Journal"),
                LibraryLocation.defaultLocation(Map.of("LOCALAPPDATA", "C:/Users/ana/AppData/Local"), "Windows 11", home));
    }
}
