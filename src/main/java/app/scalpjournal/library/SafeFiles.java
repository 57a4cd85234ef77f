package app.scalpjournal.library;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/** Durable file steps the backup, restore and export share: fsync, fsync a folder, delete a tree. */
final class SafeFiles {
    private SafeFiles() {
    }

    /** Flushes a file's bytes to the disk. */
    static void sync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    /** Flushes a folder's entries (a rename into it) to the disk where the platform allows it. */
    static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException notSupported) {
            // Windows cannot open a folder as a channel; its renames are durable on NTFS anyway.
        }
    }

    /** Deletes a folder and everything under it, never following links out of it. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                file.toFile().setWritable(true, true); // originals are read-only; Windows refuses to delete those
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null && !(e instanceof NoSuchFileException)) {
                    throw e;
                }
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static void deleteTreeQuietly(Path root) {
        try {
            deleteTree(root);
        } catch (IOException ignored) {
            // a temporary folder that stays behind is swept by the next run
        }
    }

    /** "No space left on device" and friends, as one short phrase for a message. */
    static String reason(IOException e) {
        String m = e.getMessage();
        if (e instanceof NoSuchFileException) {
            return "no such file " + m;
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied on " + m;
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return m + " already exists";
        }
        return m != null ? m : e.getClass().getSimpleName();
    }
}
