package app.scalpjournal.photo;

import app.scalpjournal.library.LibraryLayout;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
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
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The originals folder: files copied byte for byte, named by SHA-256, read-only. A copy goes to a
 * temporary name inside {@code originals/} first, is flushed to disk and only then renamed into
 * place, so a crash leaves at most a temporary file or an orphan, never a half-written original.
 */
public final class OriginalStore {
    /** Interrupted imports leave files with this prefix; they are always safe to delete. */
    public static final String TEMP_PREFIX = ".tmp-";
    /** {@code <64 hex>.<ext>}: how a stored original is named. */
    public static final Pattern ORIGINAL_NAME = Pattern.compile("([0-9a-f]{64})\\.([a-z]{3,4})");

    private final LibraryLayout layout;

    public OriginalStore(LibraryLayout layout) {
        this.layout = layout;
    }

    /** A copy in a temporary file, hashed while copying; {@link #commit} or {@link #discard} it. */
    public record Staged(Path temp, String sha256, long size) {
    }

    /** Copies the source to a temporary file in {@code originals/}, computing its SHA-256, and flushes it to disk. */
    public Staged stage(Path source) throws IOException {
        Path temp = newTemp("");
        MessageDigest digest = sha256();
        long size;
        try (InputStream in = new DigestInputStream(Files.newInputStream(source), digest);
             FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            OutputStream out = Channels.newOutputStream(channel);
            size = in.transferTo(out);
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return new Staged(temp, HexFormat.of().formatHex(digest.digest()), size);
    }

    /**
     * Renames a staged copy to {@code originals/ab/<sha>.<ext>}, read-only. When a file with that
     * name is already there it holds the same bytes, so the copy is dropped and the existing one kept.
     */
    public Path commit(Staged staged, String ext) throws IOException {
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
        syncDirectory(target.getParent());
        return target;
    }

    /** A new, unused name in the journal's temporary folder; files there are removed when the journal is next opened. */
    public Path newTemp(String suffix) throws IOException {
        Files.createDirectories(layout.originals());
        return layout.originals().resolve(TEMP_PREFIX + UUID.randomUUID() + suffix);
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
