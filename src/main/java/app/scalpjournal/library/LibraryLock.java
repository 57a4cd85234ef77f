package app.scalpjournal.library;

import java.io.IOException;
import app.scalpjournal.text.Messages;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One process per journal. The lock is the operating system's, so the kernel drops it when a process
 * dies and a crashed run's lock is simply taken over; the pid written in the file is only for the message.
 *
 * <p>Where it is taken matters. On Linux and macOS {@code FileChannel.lock} (like SQLite) uses POSIX
 * {@code fcntl} locks, which belong to the process and are released when <em>any</em> descriptor of the
 * file in that process is closed. GTK's file chooser opens and closes the files of the folder it lists
 * to sniff their type, so a lock on a file in the journal folder, or SQLite's own locks on
 * {@code journal.db}, vanish when the user merely browses there. So the lock is taken on
 * {@code .lock/held}, a file in a private hidden folder that nothing but this class ever opens, and
 * this class never opens it twice in one process ({@link #HELD}); plain Java offers no OFD or flock lock
 * that would avoid this. Every open of {@code journal.db} by the app happens under this lock, so it,
 * not SQLite's locks, keeps a second window or command out. A {@code .lock} that is a link is refused.
 */
final class LibraryLock implements AutoCloseable {
    static final String HELD_FILE = "held";
    /** Lock files this process holds: opening one again and closing it would drop the OS lock. */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private LibraryLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock of the journal folder {@code root}, creating its lock folder when needed. */
    static LibraryLock acquire(Path root) {
        Path folder = root.resolve(LibraryLayout.LOCK);
        Path file = folder.resolve(HELD_FILE);
        try {
            prepareFolder(root, folder);
            if (Files.isSymbolicLink(file)) {
                throw new LibraryException(Messages.get("journal.lock.link", file));
            }
            Path key = folder.toRealPath();
            if (!HELD.add(key)) {
                throw inUse(root, " (this window or command)");
            }
            try {
                return lock(root, file, key);
            } catch (RuntimeException | IOException e) {
                HELD.remove(key);
                throw e;
            }
        } catch (IOException e) {
            throw new LibraryException(Messages.get("journal.lock.failed", root, SafeFiles.reason(e)), e);
        }
    }

    private static LibraryLock lock(Path root, Path file, Path key) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException | IOException e) {
            lock = null;
        }
        if (lock == null) {
            String holder = readHolder(channel);
            channel.close(); // safe: this process holds no lock on this file (HELD said so)
            throw inUse(root, holder);
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(String.valueOf(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)), 0);
        channel.force(true);
        PrivateFiles.file(file);
        return new LibraryLock(key, channel, lock);
    }

    /**
     * The lock folder, private. Journals written before it existed have a plain {@code .lock} file: it is
     * locked the old way once (an older version may still hold it) and then replaced by the folder.
     */
    private static void prepareFolder(Path root, Path folder) throws IOException {
        if (Files.isSymbolicLink(folder)) {
            throw new LibraryException(Messages.get("journal.lock.link", folder));
        }
        if (Files.isRegularFile(folder, LinkOption.NOFOLLOW_LINKS)) {
            try (FileChannel old = FileChannel.open(folder, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                if (old.tryLock() == null) {
                    throw inUse(root, readHolder(old));
                }
            }
            Files.delete(folder);
        }
        PrivateFiles.folder(folder);
    }

    private static LibraryException inUse(Path root, String holder) {
        return new LibraryException(Messages.get("journal.lock.inUse", root, holder));
    }

    private static String readHolder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(32);
            int n = channel.read(buffer, 0);
            String pid = n > 0 ? new String(buffer.array(), 0, n, StandardCharsets.US_ASCII).trim() : "";
            return pid.matches("\\d+") ? " (process " + pid + ")" : "";
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // the channel close below releases it anyway
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing more to release
        } finally {
            HELD.remove(file);
        }
    }
}
