package app.scalpjournal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.context.AppContext;
import app.scalpjournal.Main;
import app.scalpjournal.library.Library;
import app.scalpjournal.photo.LibraryCheck;
import app.scalpjournal.photo.OriginalStore;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.PhotoRepository;
import app.scalpjournal.testsupport.ChildJvm;
import app.scalpjournal.testsupport.TestImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import} killed with SIGKILL at random moments in a real child process. After each kill:
 * before any clean-up the only leftovers are temporary files and orphan originals (files with no
 * row), every photo the journal lists has its original with the right bytes; after the start-up
 * sweep {@code check} is clean; and running the import again completes it with no duplicates.
 */
class ImportCrashTest {
    static final int RUNS = 8;
    static final int PHOTOS = 30;

    @TempDir
    Path dir;

    @Test
    void importKilledAtRandomMomentsLeavesAConsistentJournal() throws Exception {
        Path photos = dir.resolve("photos");
        for (int i = 0; i < PHOTOS; i++) {
            TestImages.writeJpeg(photos.resolve("scalp " + i + ".jpg"), 640 + i, 480, TestImages.Exif.taken("2025:0" + (1 + i % 9) + ":1" + (i % 10) + " 08:00:00"));
        }
        long seed = System.nanoTime();
        Random random = new Random(seed);
        int leftovers = 0;
        for (int run = 0; run < RUNS; run++) {
            Path journal = dir.resolve("j" + run);
            int killAfter = 1 + random.nextInt(PHOTOS - 2);
            int seen = 0;
            String childErr;
            try (ChildJvm child = ChildJvm.start(Main.class, "--library", journal.toString(), "import", "--region", "crown", photos.toString())) {
                while (seen < killAfter && child.nextLine(60_000) != null) {
                    seen++;
                }
                Thread.sleep(random.nextInt(60));
                child.kill();
                childErr = child.err();
            }
            String where = "seed " + seed + " run " + run + " (killed after " + seen + " photos were reported; stderr: " + childErr + "): ";
            try (Library library = Library.open(journal)) {
                PhotoRepository repository = new PhotoRepository(library.database());
                List<String> problems = new LibraryCheck(library, repository).problems();
                for (String problem : problems) {
                    assertTrue(problem.contains("temporary file left by an interrupted import") || problem.contains("(an orphan)"), where + problem);
                }
                leftovers += problems.size();
                List<Photo> listed = repository.listAll();
                assertTrue(listed.size() >= seen, where + listed.size() + " listed");
                for (Photo p : listed) {
                    Path original = library.layout().original(p.sha256(), p.ext());
                    assertEquals(p.sha256(), OriginalStore.sha256Of(original), where + original);
                }
            }
            try (AppContext context = new AppContext(Library.open(journal), Clock.systemDefaultZone())) {
                context.tidy().run(); // start-up sweep
            }
            CliRun check = CliRun.run(journal, "check");
            assertEquals(0, check.exit(), where + check.err());

            CliRun again = CliRun.run(journal, "import", "--region", "crown", photos.toString());
            assertEquals(0, again.exit(), where + again.err());
            try (Library library = Library.open(journal)) {
                List<Photo> all = new PhotoRepository(library.database()).listAllStored();
                assertEquals(PHOTOS, all.size(), where + "every photo once");
                assertEquals(PHOTOS, new HashSet<>(all.stream().map(Photo::sha256).toList()).size(), where);
            }
            assertEquals(0, CliRun.run(journal, "check").exit(), where);
        }
        System.out.println("import crash test: " + RUNS + " imports killed with SIGKILL, " + leftovers
                + " leftover temp/orphan files found before the sweep; seed " + seed);
    }
}
