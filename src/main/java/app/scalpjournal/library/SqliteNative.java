package app.scalpjournal.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.CRC32;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * SQLite's native library, extracted once per user and version instead of on every start. sqlite-jdbc
 * otherwise copies it out of the jar into a new temporary file each time (and compares both copies),
 * which is most of the cost of opening a small journal. The copy lives in the user's cache folder, in a
 * folder named after the sqlite-jdbc version and platform, under a name holding its CRC-32; a copy whose
 * content no longer matches its name is never loaded. When anything here fails, sqlite-jdbc does what it
 * always did. A library path given by the user or the packaged app ({@code org.sqlite.lib.path}) wins.
 */
final class SqliteNative {
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";
    private static final String SUFFIX = "-" + LibraryLoaderUtil.getNativeLibName();
    private static boolean decided;

    private SqliteNative() {
    }

    /** Points sqlite-jdbc at the cached copy (made now if missing or damaged); call before each first connection (once is enough). */
    static synchronized void useCachedCopy() {
        if (decided || System.getProperty(PATH_PROPERTY) != null || Boolean.getBoolean("sqlite.purejava")) {
            return;
        }
        decided = true;
        try {
            Path folder = LibraryLocation.userCache().resolve("native").resolve(folderName());
            Optional<Path> library = cached(folder).or(() -> extract(folder));
            library.ifPresent(file -> {
                System.setProperty(PATH_PROPERTY, file.getParent().toString());
                System.setProperty(NAME_PROPERTY, file.getFileName().toString());
            });
        } catch (RuntimeException e) {
            // no cache folder or no library for this platform in the jar: sqlite-jdbc's own way
        }
    }

    /**
     * The cache folder of this sqlite-jdbc version on this platform, named from the JVM's own properties:
     * sqlite-jdbc's platform detection starts a process ({@code uname}) and reads every mapped file's
     * link, costing more than the rest of opening a small journal. (A copy that cannot load on this
     * system, from a cache shared with another kind of system, fails to load and sqlite-jdbc extracts
     * its own, as it always did.)
     */
    static String folderName() {
        String platform = System.getProperty("os.name", "") + "-" + System.getProperty("os.arch", "");
        return ("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion() + "-" + platform).replace(' ', '_').replace('/', '_');
    }

    /** The cached copy whose content still matches the CRC in its name. */
    static Optional<Path> cached(Path folder) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(SUFFIX) && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                    .filter(SqliteNative::intact)
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean intact(Path file) {
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            return name.equals(crcName(in, OutputStream.nullOutputStream()));
        } catch (IOException e) {
            return false;
        }
    }

    /** Copies the library out of the jar: written under a temporary name, synced, then renamed to its CRC name. */
    static Optional<Path> extract(Path folder) {
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
        Path temp = null;
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            PrivateFiles.folder(folder);
            temp = folder.resolve(TempFiles.PREFIX + UUID.randomUUID());
            String name;
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                name = crcName(in, java.nio.channels.Channels.newOutputStream(channel));
                channel.force(true);
            }
            Path target = folder.resolve(name);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return Optional.of(target);
        } catch (IOException e) {
            return Optional.empty();
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // a stray temporary copy in the cache folder is never loaded (its name does not match)
                }
            }
        }
    }

    /** Copies {@code in} to {@code out} and returns the name a copy of it has: its CRC-32, then the library's name. */
    private static String crcName(InputStream in, OutputStream out) throws IOException {
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[1 << 16];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            crc.update(buffer, 0, n);
            out.write(buffer, 0, n);
        }
        return HexFormat.of().toHexDigits((int) crc.getValue()) + SUFFIX; // "%08x" without a Formatter
    }
}
