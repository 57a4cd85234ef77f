package app.scalpjournal.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.testsupport.ChildJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal's lock against a real second process: refused while it lives, taken over once it is killed. */
class LockTest {
    @TempDir
    Path dir;

    @Test
    void secondProcessIsRefusedAndAKilledHoldersLockIsTakenOver() throws Exception {
        Path journal = dir.resolve("j");
        try (ChildJvm holder = ChildJvm.start(HoldJournal.class, journal.toString())) {
            String line = holder.nextLine(30_000);
            assertEquals("holding " + holder.pid(), line, holder.err());

            LibraryException e = assertThrows(LibraryException.class, () -> Library.open(journal));
            assertTrue(e.getMessage().contains("is in use by another Scalp Journal window or command (process " + holder.pid() + ")"), e.getMessage());
            LibraryException restore = assertThrows(LibraryException.class,
                    () -> new JournalRestore(ArchiveLimits.defaults()).restore(dir.resolve("none.zip"), journal, Progress.NONE));
            assertTrue(restore.getMessage().contains("in use"), restore.getMessage());

            holder.kill();
        }
        Path held = journal.resolve(LibraryLayout.LOCK).resolve(LibraryLock.HELD_FILE);
        assertTrue(Files.exists(held), "the crashed run left its lock file behind");
        try (Library library = Library.open(journal)) {
            assertEquals(String.valueOf(ProcessHandle.current().pid()), Files.readString(held).trim());
        }
    }
}
