package app.scalpjournal.photo;

import app.scalpjournal.library.LibraryLayout;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns the paths a user chose into the files to import, in a stable order (sorted by name within
 * each folder). Inside a folder nothing is followed: symbolic links are reported, not read, so an
 * import never leaves the chosen folder. A path given explicitly may itself be a link; it is resolved
 * because the user named it. Hidden files and folders (names starting with ".") and the system files
 * Thumbs.db and desktop.ini are skipped silently inside folders. FIFOs, sockets and devices are
 * reported without being opened. The journal's own files (originals, cache, backups, database) are
 * never imported; other folders a user keeps inside the journal folder are.
 */
final class ImportWalker {
    /** One file found: to be imported, already rejected with a reason, or a Live Photo's video to skip quietly. */
    record Found(Path path, String rejectReason, boolean livePhotoVideo) {
        Found(Path path, String rejectReason) {
            this(path, rejectReason, false);
        }
    }

    private static final Set<String> SYSTEM_FILES = Set.of("thumbs.db", "desktop.ini");

    private ImportWalker() {
    }

    static List<Found> walk(List<Path> paths, LibraryLayout journal) {
        List<Path> managed = List.of(journal.originals(), journal.cache(), journal.backups(), journal.database(),
                        journal.root().resolve(LibraryLayout.DATABASE + "-wal"), journal.root().resolve(LibraryLayout.DATABASE + "-shm"),
                        journal.lockFile())
                .stream().map(ImportWalker::realOrSelf).toList();
        List<Found> out = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                out.add(new Found(path, "no such file or folder"));
            } else if (Files.isSymbolicLink(path) && !Files.exists(path)) {
                out.add(new Found(path, "symbolic link to a missing file"));
            } else if (isManaged(path, managed)) {
                out.add(new Found(path, "is part of the journal itself, not imported"));
            } else if (Files.isDirectory(path)) {
                walkFolder(path, managed, out);
            } else if (!Files.isRegularFile(path)) {
                out.add(new Found(path, notRegular()));
            } else {
                out.add(new Found(path, null, LivePhotos.isVideo(path, LivePhotos.namesBeside(path))));
            }
        }
        return out;
    }

    private static void walkFolder(Path dir, List<Path> managed, List<Found> out) {
        List<Path> children;
        try (Stream<Path> list = Files.list(dir)) {
            children = list.sorted().toList();
        } catch (IOException e) {
            out.add(new Found(dir, e instanceof AccessDeniedException ? "folder cannot be read (permission denied)"
                    : "folder cannot be read (" + ImageDecoder.shortMessage(e) + ")"));
            return;
        }
        Set<String> names = LivePhotos.names(children);
        for (Path child : children) {
            String name = child.getFileName().toString();
            if (name.startsWith(".") || SYSTEM_FILES.contains(name.toLowerCase(Locale.ROOT)) || isManaged(child, managed)) {
                continue;
            }
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                out.add(new Found(child, "cannot be read (" + ImageDecoder.shortMessage(e) + ")"));
                continue;
            }
            if (attrs.isSymbolicLink()) {
                out.add(new Found(child, "symbolic link inside a folder, not followed (import its target directly)"));
            } else if (attrs.isDirectory()) {
                walkFolder(child, managed, out);
            } else if (attrs.isRegularFile()) {
                out.add(new Found(child, null, LivePhotos.isVideo(child, names)));
            } else {
                out.add(new Found(child, notRegular()));
            }
        }
    }

    private static boolean isManaged(Path path, List<Path> managed) {
        Path real = realOrSelf(path);
        return managed.stream().anyMatch(real::startsWith);
    }

    private static Path realOrSelf(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    private static String notRegular() {
        return "not a regular file (a FIFO, socket or device), not read";
    }
}
