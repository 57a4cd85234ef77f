package app.scalpjournal.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.Main;
import app.scalpjournal.testsupport.ChildJvm;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, finding 2: POSIX locks are dropped when any descriptor of the locked file in the process
 * is closed, which GTK's file chooser does to every file of a folder it lists. The journal's lock must
 * survive that: after this process opens and closes every file of the journal, a real second process
 * is still refused.
 */
class LockHoldsTest {
    @TempDir
    Path dir;

    @Test
    void openingAndClosingTheJournalsFilesInThisProcessKeepsASecondProcessOut() throws Exception {
        Path journal = dir.resolve("j");
        try (Library library = Library.open(journal)) {
            JournalFixture.fill(library, 3, 200, 7);
            library.database().execute("PRAGMA wal_checkpoint(PASSIVE)");
            for (Path file : filesAsAChooserSeesThem(journal)) {
                try (FileChannel ignored = FileChannel.open(file, StandardOpenOption.READ)) {
                    // sniffed and closed
                }
                try (RandomAccessFile ignored = new RandomAccessFile(file.toFile(), "r")) {
                    // and again, as another library in the process would
                }
            }
            LibraryException twice = assertThrows(LibraryException.class, () -> Library.open(journal));
            assertTrue(twice.getMessage().contains("in use"), twice.getMessage());

            for (String[] command : List.of(new String[] {"list"}, new String[] {"log", "add", "--date", "2026-03-01", "--kind", "massage"})) {
                try (ChildJvm child = ChildJvm.start(Main.class, concat("--library", journal.toString(), command))) {
                    assertEquals(1, child.waitFor(60), child.err());
                    assertTrue(child.err().contains("is in use by another Scalp Journal window or command (process "
                            + ProcessHandle.current().pid() + ")"), child.err());
                }
            }
            assertTrue(Files.exists(journal.resolve("journal.db-wal")), "no second process closed the database under us");
        }
        try (ChildJvm child = ChildJvm.start(Main.class, "--library", journal.toString(), "list")) {
            assertEquals(0, child.waitFor(60), "free once closed: " + child.err());
        }
    }

    @Test
    void aLockThatIsASymbolicLinkIsNotFollowed() throws Exception {
        Path journal = dir.resolve("j");
        Library.open(journal).close();
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path lock = journal.resolve(LibraryLayout.LOCK);
        try (Stream<Path> files = Files.walk(lock)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        Files.createSymbolicLink(lock, elsewhere);
        LibraryException e = assertThrows(LibraryException.class, () -> Library.open(journal));
        assertTrue(e.getMessage().contains("is a symbolic link"), e.getMessage());
        try (Stream<Path> list = Files.list(elsewhere)) {
            assertEquals(0, list.count(), "nothing created through the link");
        }

        Files.delete(lock);
        Files.createDirectories(lock);
        Path target = Files.writeString(dir.resolve("victim.txt"), "keep me");
        Files.createSymbolicLink(lock.resolve(LibraryLock.HELD_FILE), target);
        assertThrows(LibraryException.class, () -> Library.open(journal));
        assertEquals("keep me", Files.readString(target));
    }

    @Test
    void aLockFileOfAnEarlierVersionIsReplacedByThePrivateFolder() throws Exception {
        Path journal = dir.resolve("j");
        Library.open(journal).close();
        Path lock = journal.resolve(LibraryLayout.LOCK);
        try (Stream<Path> files = Files.walk(lock)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        Files.writeString(lock, "12345");
        try (Library library = Library.open(journal)) {
            assertTrue(Files.isDirectory(lock, LinkOption.NOFOLLOW_LINKS));
            assertEquals(String.valueOf(ProcessHandle.current().pid()), Files.readString(lock.resolve(LibraryLock.HELD_FILE)).trim());
        }
    }

    /** Every file a chooser listing the journal folder (or any folder in it but the lock's own) would sniff. */
    private static List<Path> filesAsAChooserSeesThem(Path journal) throws Exception {
        try (Stream<Path> walk = Files.walk(journal)) {
            List<Path> files = walk.filter(p -> !p.startsWith(journal.resolve(LibraryLayout.LOCK)))
                    .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList();
            assertFalse(files.isEmpty());
            assertTrue(files.contains(journal.resolve("journal.db")));
            return files;
        }
    }

    private static String[] concat(String a, String b, String[] rest) {
        String[] all = new String[rest.length + 2];
        all[0] = a;
        all[1] = b;
        System.arraycopy(rest, 0, all, 2, rest.length);
        return all;
    }
}
