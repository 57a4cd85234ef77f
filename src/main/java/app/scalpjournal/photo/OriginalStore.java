package app.scalpjournal.photo;

import app.scalpjournal.library.LibraryLayout;
import app.scalpjournal.library.OriginalFiles;
import app.scalpjournal.library.TempFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * The originals folder: files copied byte for byte, named by SHA-256, read-only. A copy goes to a
 * temporary name in the journal's {@code tmp/} folder first (same disk, used for nothing else), is
 * flushed to disk and only then renamed into place, so a crash leaves at most a temporary file (removed
 * at the next open) or an original not yet recorded (kept; {@code check --repair} re-attaches it).
 */
public final class OriginalStore {
    /** {@code <64 hex>.<ext>}: how a stored original is named. */
    public static final Pattern ORIGINAL_NAME = OriginalFiles.NAME;
    /** Threads that flush a batch of copies at once; the file system then commits them together. */
    private static final int FLUSH_THREADS = 8;
    private static final int COPY_BUFFER = 1 << 20;

    private final LibraryLayout layout;

    public OriginalStore(LibraryLayout layout) {
        this.layout = layout;
    }

    /** A copy in a temporary file, hashed while copying; {@link #commitAll} or {@link #discard} it. */
    public record Staged(Path temp, String sha256, long size) {
    }

    /** A staged copy and the extension its original gets. */
    public record Placement(Staged staged, String ext) {
    }

    /**
     * Copies the source to a temporary file in {@code originals/}, computing its SHA-256. It is not
     * flushed to disk yet: {@link #commitAll} flushes a batch of copies together.
     */
    public Staged stage(Path source) throws IOException {
        Path temp = newTemp("");
        MessageDigest digest = sha256();
        long size = 0;
        try (InputStream in = Files.newInputStream(source);
             OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            // Large reads: a phone photo in a few system calls instead of hundreds.
            byte[] buffer = new byte[COPY_BUFFER];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
                size += n;
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return new Staged(temp, HexFormat.of().formatHex(digest.digest()), size);
    }

    /**
     * Puts staged copies in place, in the order that survives a crash: each copy is flushed to disk
     * (all at once, from several threads, so the file system commits them together instead of one
     * disk round trip each), then renamed to {@code originals/ab/<sha>.<ext>}, read-only, then the
     * folders are synced so the renames last. A file already there holds the same bytes, so its copy
     * is dropped. Returns, per copy, null when it is in place, else why not (its copy is removed).
     */
    public List<IOException> commitAll(List<Placement> copies) {
        IOException[] errors = new IOException[copies.size()];
        forceAll(copies, errors);
        Set<Path> folders = new HashSet<>();
        for (int i = 0; i < copies.size(); i++) {
            Placement p = copies.get(i);
            if (errors[i] == null) {
                try {
                    folders.add(commit(p.staged(), p.ext()).getParent());
                } catch (IOException e) {
                    errors[i] = e;
                }
            }
            if (errors[i] != null) {
                discardQuietly(p.staged());
            }
        }
        folders.forEach(OriginalStore::syncDirectory);
        return Arrays.asList(errors);
    }

    private static void forceAll(List<Placement> copies, IOException[] errors) {
        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
            for (int i = next.getAndIncrement(); i < copies.size(); i = next.getAndIncrement()) {
                try (FileChannel channel = FileChannel.open(copies.get(i).staged().temp(), StandardOpenOption.WRITE)) {
                    channel.force(true);
                } catch (IOException e) {
                    errors[i] = e;
                }
            }
        };
        List<Thread> threads = new ArrayList<>();
        for (int t = 1; t < Math.min(FLUSH_THREADS, copies.size()); t++) {
            Thread thread = new Thread(work, "scalp-journal-flush-" + t);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        work.run();
        boolean interrupted = false;
        for (Thread thread : threads) {
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private Path commit(Staged staged, String ext) throws IOException {
        Path target = layout.original(staged.sha256(), ext);
        Files.createDirectories(target.getParent());
        staged.temp().toFile().setWritable(false, false);
        try {
            if (Files.exists(target)) {
                Files.delete(staged.temp());
            } else {
                Files.move(staged.temp(), target, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (FileAlreadyExistsException | AccessDeniedException e) {
            Files.deleteIfExists(staged.temp());
        }
        return target;
    }

    private static void discardQuietly(Staged staged) {
        try {
            Files.deleteIfExists(staged.temp());
        } catch (IOException e) {
            // a leftover temporary file is swept at the next start
        }
    }

    /** A new, unused name in the journal's temporary folder; files there are removed when the journal is next opened. */
    public Path newTemp(String suffix) throws IOException {
        return TempFiles.newTemp(layout, suffix);
    }

    public void discard(Staged staged) throws IOException {
        Files.deleteIfExists(staged.temp());
    }

    public Path path(Photo photo) {
        return layout.original(photo.sha256(), photo.ext());
    }

    /** Deletes a stored original (read-only files need write permission back first on some systems). */
    public void delete(String sha256, String ext) throws IOException {
        Path file = layout.original(sha256, ext);
        file.toFile().setWritable(true, true);
        Files.deleteIfExists(file);
    }

    /** Hashes a file's current bytes. */
    public static String sha256Of(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Makes the rename itself durable; not possible on every platform, where the rename is still atomic. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory for syncing; NTFS journals the rename.
        }
    }
}
