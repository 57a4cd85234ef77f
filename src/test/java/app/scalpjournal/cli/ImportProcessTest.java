package app.scalpjournal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.Main;
import app.scalpjournal.testsupport.ChildJvm;
import app.scalpjournal.testsupport.TestImages;
import app.scalpjournal.testsupport.TestImages.Exif;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a script sees it: a real process, its real exit status, stdout and stderr. */
class ImportProcessTest {
    @TempDir
    Path dir;

    private record Result(int exit, List<String> out, String err) {
    }

    private Result run(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--library", dir.resolve("journal").toString()));
        all.addAll(List.of(args));
        try (ChildJvm child = ChildJvm.start(Main.class, all.toArray(String[]::new))) {
            List<String> out = new ArrayList<>();
            for (String line = child.nextLine(60_000); line != null; line = child.nextLine(2_000)) {
                out.add(line);
            }
            return new Result(child.waitFor(60), out, child.err());
        }
    }

    @Test
    void exitStatusTellsScriptsWhatHappened() throws Exception {
        Path good = TestImages.writeJpeg(dir.resolve("in/scalp crown.jpg"), 64, 48, Exif.taken("2026:04:01 09:00:00"));
        Path bad = Files.writeString(dir.resolve("in/readme.jpg"), "not a photo");

        Result imported = run("import", "--region", "crown", dir.resolve("in").toString());
        assertEquals(1, imported.exit(), imported.err());
        assertEquals(List.of("2026-04-01  crown  64x48  date from exif  " + good, "1 imported, 0 duplicates, 1 rejected"), imported.out());
        assertTrue(imported.err().startsWith(bad + ": not an image"), imported.err());

        Result again = run("import", good.toString());
        assertEquals(0, again.exit(), again.err());
        assertEquals(good + ": duplicate of scalp crown.jpg from 2026-04-01\n", again.err());

        assertEquals(2, run("import", "--region", "scalp", good.toString()).exit());
        assertEquals(0, run("check").exit());
    }
}
