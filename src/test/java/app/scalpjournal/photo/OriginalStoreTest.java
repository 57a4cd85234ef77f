package app.scalpjournal.photo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.scalpjournal.library.LibraryLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OriginalStoreTest {
    @TempDir
    Path dir;

    @Test
    void aBatchIsPutInPlaceAndACopyThatCannotBeFlushedIsReportedAndNotPlaced() throws Exception {
        LibraryLayout layout = new LibraryLayout(dir.resolve("journal"));
        OriginalStore store = new OriginalStore(layout);
        OriginalStore.Staged a = store.stage(Files.writeString(dir.resolve("a.jpg"), "first photo"));
        OriginalStore.Staged b = store.stage(Files.writeString(dir.resolve("b.jpg"), "second photo"));
        OriginalStore.Staged c = store.stage(Files.writeString(dir.resolve("c.jpg"), "third photo"));
        Files.delete(b.temp());

        List<IOException> errors = store.commitAll(List.of(new OriginalStore.Placement(a, "jpg"),
                new OriginalStore.Placement(b, "jpg"), new OriginalStore.Placement(c, "png")));

        assertNull(errors.get(0));
        assertNotNull(errors.get(1));
        assertNull(errors.get(2));
        assertEquals("first photo", Files.readString(layout.original(a.sha256(), "jpg")));
        assertEquals("third photo", Files.readString(layout.original(c.sha256(), "png")));
        assertFalse(Files.exists(layout.original(b.sha256(), "jpg")));
        assertFalse(Files.getPosixFilePermissions(layout.original(a.sha256(), "jpg")).contains(PosixFilePermission.OWNER_WRITE),
                "originals are read-only");
        try (Stream<Path> files = Files.list(layout.originals())) {
            assertEquals(0, files.filter(p -> p.getFileName().toString().startsWith(OriginalStore.TEMP_PREFIX)).count());
        }
    }
}
