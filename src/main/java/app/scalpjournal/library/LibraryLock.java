package app.scalpjournal.library;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One writer per journal. An OS file lock is released by the kernel when a process dies, so a lock
 * file left by a crashed run is simply taken over; the pid written inside is only for the message.
 */
final class LibraryLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private LibraryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static LibraryLock acquire(Path lockFile) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameProcess) {
                lock = null;
            }
            if (lock == null) {
                String holder = readHolder(channel);
                channel.close();
                throw new LibraryException("The journal at " + lockFile.getParent()
                        + " is in use by another Scalp Journal window or command" + holder
                        + ". Close it and try again.");
            }
            channel.truncate(0);
            channel.write(java.nio.ByteBuffer.wrap(String.valueOf(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)), 0);
            channel.force(true);
            return new LibraryLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new LibraryException("Cannot lock the journal at " + lockFile.getParent() + ": " + e.getMessage(), e);
        }
    }

    private static String readHolder(FileChannel channel) {
        try {
            var buffer = java.nio.ByteBuffer.allocate(32);
            int n = channel.read(buffer, 0);
            String pid = n > 0 ? new String(buffer.array(), 0, n, StandardCharsets.US_ASCII).trim() : "";
            return pid.matches("\\d+") ? " (process " + pid + ")" : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // the channel close below releases it anyway
        }
        closeQuietly(channel);
    }
}
