package app.scalpjournal.library;

import app.scalpjournal.text.Messages;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;

/**
 * A ZIP archive read as if it were hostile. Opening it refuses entry names that could land outside
 * the folder they are extracted into ({@code ../}, absolute paths, drive letters, backslashes),
 * symlink entries, duplicate names, unknown compression and too many entries. Extracting counts the
 * bytes actually inflated and stops at the {@link ArchiveLimits}, whatever the headers declare.
 */
final class SafeArchive implements Closeable {
    /** What one extracted entry turned out to be. */
    record Extracted(Path file, String sha256, long size) {
    }

    private static final Pattern DRIVE_LETTER = Pattern.compile("^[A-Za-z]:.*");

    private final Path source;
    private final ZipFile zip;
    private final ArchiveLimits limits;
    private final Map<String, ZipArchiveEntry> files;
    private long inflatedSoFar;

    private SafeArchive(Path source, ZipFile zip, ArchiveLimits limits, Map<String, ZipArchiveEntry> files) {
        this.source = source;
        this.zip = zip;
        this.limits = limits;
        this.files = files;
    }

    static SafeArchive open(Path source, ArchiveLimits limits) {
        if (!Files.isRegularFile(source)) {
            throw new ArchiveRefusedException(source + " is not a file.");
        }
        ZipFile zip;
        try {
            zip = ZipFile.builder().setPath(source).get();
        } catch (IOException | RuntimeException e) {
            throw new ArchiveRefusedException(source + " is not a complete ZIP archive (it may be truncated or damaged): " + e.getMessage(), e);
        }
        try {
            return new SafeArchive(source, zip, limits, checkedEntries(source, zip, limits));
        } catch (RuntimeException e) {
            ZipFile.closeQuietly(zip);
            throw e;
        }
    }

    private static Map<String, ZipArchiveEntry> checkedEntries(Path source, ZipFile zip, ArchiveLimits limits) {
        Map<String, ZipArchiveEntry> files = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        int count = 0;
        for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
            if (++count > limits.maxEntries()) {
                throw refused(source, Messages.get("archive.refused.tooManyEntries", String.valueOf(limits.maxEntries())));
            }
            String name = entry.getName();
            checkName(source, name);
            // Case-insensitive file systems would merge two names that differ in case only.
            if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                throw refused(source, Messages.get("archive.refused.duplicateEntry", name));
            }
            if (entry.isUnixSymlink()) {
                throw refused(source, Messages.get("archive.refused.symlink", name));
            }
            if (entry.isDirectory()) {
                continue;
            }
            if (entry.getMethod() != ZipEntry.STORED && entry.getMethod() != ZipEntry.DEFLATED || !zip.canReadEntryData(entry)) {
                throw refused(source, Messages.get("archive.refused.unsupportedMethod", name));
            }
            files.put(name, entry);
        }
        return files;
    }

    private static void checkName(Path source, String name) {
        if (name.isEmpty() || name.chars().anyMatch(ch -> ch < 0x20)) {
            throw refused(source, Messages.get("archive.refused.badName"));
        }
        if (name.indexOf('\\') >= 0) {
            throw refused(source, Messages.get("archive.refused.backslash", name));
        }
        if (name.startsWith("/")) {
            throw refused(source, Messages.get("archive.refused.absolute", name));
        }
        if (DRIVE_LETTER.matcher(name).matches()) {
            throw refused(source, Messages.get("archive.refused.driveLetter", name));
        }
        for (String part : name.split("/", -1)) {
            if (part.equals("..") || part.equals(".")) {
                throw refused(source, Messages.get("archive.refused.parentPath", name));
            }
        }
    }

    static ArchiveRefusedException refused(Path source, String why) {
        return new ArchiveRefusedException(source + " was refused: " + why + ".");
    }

    Path source() {
        return source;
    }

    /** Names of the file entries (folders left out), in archive order. */
    List<String> fileNames() {
        return new ArrayList<>(files.keySet());
    }

    /** The entries' declared sizes added up: only good for an early "does it fit" check. */
    long declaredTotal() {
        return files.values().stream().mapToLong(e -> Math.max(0, e.getSize())).sum();
    }

    /** Reads a small entry into memory, never more than {@code max} bytes. */
    byte[] read(String name, long max) {
        var out = new java.io.ByteArrayOutputStream();
        copy(name, out, max);
        return out.toByteArray();
    }

    /** Reads an entry through, under every limit, and returns its SHA-256. */
    String hash(String name) {
        return copy(name, OutputStream.nullOutputStream(), limits.maxTotalBytes());
    }

    /**
     * Writes an entry to {@code target}, which must lie inside {@code folder} and not exist yet,
     * flushed to disk; returns its SHA-256 and size as actually written.
     */
    Extracted extract(String name, Path folder, Path target) {
        Path root = folder.toAbsolutePath().normalize();
        Path file = target.toAbsolutePath().normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw refused(source, Messages.get("archive.refused.outsideStaging", name));
        }
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                    java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                OutputStream out = Channels.newOutputStream(channel);
                String sha = copy(name, out, limits.maxTotalBytes());
                channel.force(true);
                return new Extracted(file, sha, channel.size());
            }
        } catch (IOException e) {
            throw new LibraryException(Messages.get("archive.writeFailed", file, SafeFiles.reason(e)), e);
        }
    }

    /** Inflates one entry into {@code out}, counting real bytes against every limit; returns its SHA-256. */
    private String copy(String name, OutputStream out, long max) {
        ZipArchiveEntry entry = files.get(name);
        if (entry == null) {
            throw refused(source, Messages.get("archive.refused.missingEntry", name));
        }
        MessageDigest digest = sha256();
        long declared = entry.getSize();
        long written = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                written += n;
                inflatedSoFar += n;
                if (declared >= 0 && written > declared) {
                    throw refused(source, Messages.get("archive.refused.overDeclared", name, String.valueOf(declared)));
                }
                if (written > max) {
                    throw refused(source, Messages.get("archive.refused.entryTooLarge", name, String.valueOf(max)));
                }
                if (inflatedSoFar > limits.maxTotalBytes()) {
                    throw refused(source, Messages.get("archive.refused.totalTooLarge", String.valueOf(limits.maxTotalBytes())));
                }
                if (written > ArchiveLimits.RATIO_GRACE_BYTES && in instanceof InputStreamStatistics stats
                        && written > limits.maxRatio() * Math.max(1, stats.getCompressedCount())) {
                    throw refused(source, Messages.get("archive.refused.ratio", name,
                            String.valueOf(limits.maxRatio())));
                }
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            if (isDiskFull(e)) {
                throw new LibraryException(Messages.get("archive.noSpace", source, e.getMessage()), e);
            }
            throw refused(source, Messages.get("archive.refused.unreadable", name, e.getMessage()));
        }
        if (declared >= 0 && written != declared) {
            throw refused(source, Messages.get("archive.refused.truncated", name));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static boolean isDiskFull(IOException e) {
        String m = e.getMessage();
        return m != null && (m.contains("No space left") || m.contains("not enough space") || m.contains("Disk quota"));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    @Override
    public void close() {
        ZipFile.closeQuietly(zip);
    }
}
