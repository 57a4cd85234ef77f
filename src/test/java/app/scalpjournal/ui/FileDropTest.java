package app.scalpjournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drop handler the main window installs, driven with what a Dragboard holds: java.io.File objects, folders among them. */
class FileDropTest {
    @TempDir
    Path dir;

    @Test
    void droppedFilesAndFoldersReachTheImportAndAnEmptyDropDoesNothing() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("dropped folder"));
        Path single = Files.writeString(dir.resolve("single.jpg"), "x");
        List<List<Path>> imports = new ArrayList<>();
        FileDrop drop = new FileDrop(imports::add);

        assertTrue(drop.drop(List.of(folder.toFile(), single.toFile())));
        assertFalse(drop.drop(List.<File>of()));
        assertFalse(drop.drop(null));

        assertEquals(List.of(List.of(folder, single)), imports);
    }

    @Test
    void installingSetsTheDragHandlersOnTheNode() {
        StackPane target = new StackPane();
        new FileDrop(paths -> { }).install(target);
        assertNotNull(target.getOnDragOver());
        assertNotNull(target.getOnDragDropped());
        assertNotNull(target.getOnDragExited());
    }
}
