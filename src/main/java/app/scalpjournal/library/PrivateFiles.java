package app.scalpjournal.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The journal is health data: on POSIX systems its folder and everything the app writes about it
 * (database, snapshots, backups, exports) is readable by the owner only. Elsewhere the user's
 * profile folder already keeps it private, and these calls do nothing.
 */
public final class PrivateFiles {
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> READ_ONLY = PosixFilePermissions.fromString("r--------");

    private PrivateFiles() {
    }

    /** Creates the folder (and missing parents) if needed, then makes it owner-only. */
    public static Path folder(Path folder) throws IOException {
        Files.createDirectories(folder);
        restrict(folder, FOLDER);
        return folder;
    }

    /** Makes an existing file owner-only (read-only files keep no write bit for others either). */
    public static void file(Path file) throws IOException {
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && posix(file)) {
            boolean readOnly = !Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_WRITE);
            restrict(file, readOnly ? READ_ONLY : FILE);
        }
    }

    /** A whole tree written by the app (an export, a staging folder): folders 0700, files 0600. */
    public static void tree(Path root) throws IOException {
        if (!posix(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    restrict(p, FOLDER);
                } else {
                    file(p);
                }
            }
        }
    }

    private static void restrict(Path path, Set<PosixFilePermission> wanted) throws IOException {
        if (posix(path)) {
            try {
                Files.setPosixFilePermissions(path, wanted);
            } catch (java.nio.file.FileSystemException notOwnerOrCannotStore) {
                // a folder of another user or a drive that cannot store permissions: the journal still opens
            }
        }
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
