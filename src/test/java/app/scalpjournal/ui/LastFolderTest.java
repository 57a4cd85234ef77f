package app.scalpjournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.scalpjournal.library.Library;
import app.scalpjournal.library.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import choosers start where the user last was, kept in the journal; a folder since removed is forgotten. */
class LastFolderTest {
    @TempDir
    Path dir;

    @Test
    void remembersTheFolderOfTheLastChoiceWhileItExists() throws Exception {
        Path photos = Files.createDirectories(dir.resolve("Pictures/2026"));
        try (Library library = Library.open(dir.resolve("journal"))) {
            LastFolder last = new LastFolder(new Settings(library.database()));
            assertEquals(Optional.empty(), last.folder());

            last.remember(photos.resolve("IMG_0001.jpg"));
            assertEquals(photos.toFile(), new LastFolder(new Settings(library.database())).folder().orElseThrow());
            last.remember(photos);
            assertEquals(dir.resolve("Pictures").toFile(), last.folder().orElseThrow(), "a chosen folder opens its parent next time");

            Files.delete(photos);
            Files.delete(dir.resolve("Pictures"));
            assertEquals(Optional.empty(), last.folder());
        }
    }
}
