package app.scalpjournal.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.context.AppContext;
import app.scalpjournal.Main;
import app.scalpjournal.cli.CliRun;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.PhotoRepository;
import app.scalpjournal.testsupport.ChildJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restore killed with SIGKILL part-way, in a real child process: afterwards the journal it was
 * restoring into is exactly the old one or exactly the backup, never a mix, and a second run finishes it.
 */
class RestoreCrashTest {
    static final int RUNS = 8;

    @TempDir
    Path dir;

    @Test
    void restoreKilledPartWayLeavesTheOldJournalIntact() throws Exception {
        Path zip = dir.resolve("backup.zip");
        String backedUp;
        try (Library library = Library.open(dir.resolve("source"))) {
            JournalFixture.fill(library, 120, 60_000, 21);
            backedUp = JournalFixture.dump(library);
            new JournalBackup(library, "test", JournalFixture.CLOCK).write(zip, Progress.NONE);
        }
        long seed = System.nanoTime();
        Random random = new Random(seed);
        int killedPartWay = 0;
        for (int run = 0; run < RUNS; run++) {
            Path target = dir.resolve("t" + run);
            String before;
            try (Library empty = Library.open(target)) {
                empty.database().transaction(c -> Sql.update(c, "INSERT INTO setting(key, value) VALUES ('theme', 'dark')"));
                before = JournalFixture.dump(empty);
            }
            String stagingPrefix = "." + target.getFileName() + ".restore-";
            try (ChildJvm child = ChildJvm.start(Main.class, "--library", target.toString(), "restore", zip.toString())) {
                long deadline = System.currentTimeMillis() + 60_000;
                while (child.isAlive() && !stagingExists(stagingPrefix) && System.currentTimeMillis() < deadline) {
                    Thread.sleep(2);
                }
                Thread.sleep(random.nextInt(400));
                child.kill();
            }
            String after;
            try (Library library = Library.open(target)) {
                after = JournalFixture.dump(library);
                for (Photo p : new PhotoRepository(library.database()).listAllStored()) {
                    assertTrue(Files.isRegularFile(library.layout().original(p.sha256(), p.ext())), "seed " + seed + ": " + p.sha256());
                }
            }
            assertTrue(after.equals(before) || after.equals(backedUp), "seed " + seed + " run " + run + ": the journal is the old one or the backup");
            if (after.equals(before)) {
                killedPartWay++;
            }
            try (AppContext context = new AppContext(Library.open(target), JournalFixture.CLOCK)) {
                context.tidy().run(); // the start-up sweep: orphan originals of the killed run go
            }
            CliRun check = CliRun.run(target, "check");
            assertEquals(0, check.exit(), "seed " + seed + ": " + check.err());
            if (after.equals(before)) {
                CliRun again = CliRun.run(target, "restore", zip.toString());
                assertEquals(0, again.exit(), again.err());
                try (Library library = Library.open(target)) {
                    assertEquals(backedUp, JournalFixture.dump(library));
                }
            }
        }
        System.out.println("restore crash test: " + RUNS + " runs killed with SIGKILL, " + killedPartWay
                + " part-way (old journal intact), " + (RUNS - killedPartWay) + " after it had finished; seed " + seed);
        try (var list = Files.list(dir)) {
            assertEquals(0, list.filter(p -> p.getFileName().toString().contains(".restore-")).count(), "staging folders swept by the next restore");
        }
    }

    private boolean stagingExists(String prefix) throws java.io.IOException {
        try (var list = Files.list(dir)) {
            return list.anyMatch(p -> p.getFileName().toString().startsWith(prefix));
        }
    }
}
