package app.scalpjournal.photo;

import app.scalpjournal.library.LibraryLayout;
import app.scalpjournal.library.Settings;
import app.scalpjournal.text.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The folder a phone's photos sync into, named by the user and stored in the journal. A scan finds
 * the photos there that are new: complete (unchanged for a while, so a sync in progress is not
 * picked up half-written), not yet in the journal (same bytes), and not offered before in this
 * session. Nothing in the folder is ever moved, changed or deleted; it is only listed and read.
 */
public final class Inbox {
    static final Settings.Key<String> SETTING = Settings.Key.text("inbox.folder");
    /** What phones and cameras save; videos, sidecars (.AAE) and partial downloads are not photos. */
    private static final Set<String> PHOTO_EXTENSIONS = Set.of("jpg", "jpeg", "heic", "heif", "png", "webp", "tif", "tiff",
            "gif", "bmp", "avif");

    private final Settings settings;
    private final PhotoRepository photos;
    private final LibraryLayout journal;
    private final Clock clock;
    private final Duration settle;
    private final Map<Path, Version> lastSeen = new HashMap<>();
    private final Set<Version> offered = new HashSet<>();
    private final InboxHashes hashes;

    /** One state of a file: a changed size or modification time is another version. */
    private record Version(Path path, long size, Instant modified) {
    }

    /** What a scan found: new photos ready to offer, how many are still being written, and the folders (for watching). */
    public record Scan(List<Path> ready, int stillWriting, List<Path> folders) {
    }

    /**
     * {@code settle} is how long a file must have been left alone (no change of size or modification
     * time) before it counts as complete.
     */
    public Inbox(Settings settings, PhotoRepository photos, LibraryLayout journal, Clock clock, Duration settle) {
        this.settings = settings;
        this.photos = photos;
        this.journal = journal;
        this.clock = clock;
        this.settle = settle;
        this.hashes = new InboxHashes(journal.cache().resolve("inbox-hashes.txt"));
    }

    public Duration settle() {
        return settle;
    }

    public Optional<Path> folder() {
        return settings.get(SETTING).map(Path::of);
    }

    /** Names the inbox folder; it must be an existing folder outside the journal. Throws with the reason otherwise. */
    public Path setFolder(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute)) {
            throw new IllegalArgumentException(Messages.get("inbox.set.notFolder", absolute));
        }
        if (absolute.startsWith(journal.root()) || journal.root().startsWith(absolute)) {
            throw new IllegalArgumentException(Messages.get("inbox.set.journal", absolute));
        }
        settings.put(SETTING, absolute.toString());
        synchronized (this) {
            lastSeen.clear();
            offered.clear();
        }
        return absolute;
    }

    /**
     * Scans the inbox and returns the new photos that are complete, marking them offered so the next
     * scan does not return them again (a file that changes afterwards is a new version, offered anew).
     * An inbox that is not set or not there (an unplugged drive) gives an empty scan.
     */
    public synchronized Scan takeNew() throws IOException {
        Optional<Path> folder = folder().filter(Files::isDirectory);
        if (folder.isEmpty()) {
            return new Scan(List.of(), 0, List.of());
        }
        List<Path> folders = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        list(folder.get(), folders, files);
        Set<Long> storedSizes = photos.storedSizes();
        Instant now = clock.instant();
        List<Path> ready = new ArrayList<>();
        int writing = 0;
        for (Path file : files) {
            Version version = version(file);
            if (version == null || offered.contains(version)) {
                continue;
            }
            Version before = lastSeen.put(file, version);
            boolean settled = version.size() > 0 && !version.modified().plus(settle).isAfter(now)
                    && (before == null || before.equals(version));
            if (!settled) {
                writing++;
            } else {
                offered.add(version);
                if (!inJournal(version, storedSizes)) {
                    ready.add(file);
                }
            }
        }
        lastSeen.keySet().retainAll(files);
        return new Scan(List.copyOf(ready), writing, List.copyOf(folders));
    }

    /** Hashes only when a stored photo has the same size; each version is decided once, then remembered as offered. */
    private boolean inJournal(Version version, Set<Long> storedSizes) {
        if (!storedSizes.contains(version.size())) {
            return false;
        }
        try {
            String sha = hashes.sha256(version.path(), version.size(), version.modified().toEpochMilli());
            return photos.findAnyBySha(sha).isPresent();
        } catch (IOException e) {
            return false; // offered, and the import names the file and why it cannot be read
        }
    }

    private static Version version(Path file) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return attrs.isRegularFile() ? new Version(file, attrs.size(), attrs.lastModifiedTime().toInstant()) : null;
        } catch (IOException e) {
            return null; // gone since the listing: a sync tool renamed or removed it
        }
    }

    /** Photo files under a folder, sorted; hidden names and links are skipped, the journal's own folder too. */
    private void list(Path dir, List<Path> folders, List<Path> files) throws IOException {
        folders.add(dir);
        List<Path> children;
        try (Stream<Path> stream = Files.list(dir)) {
            children = stream.sorted().toList();
        }
        for (Path child : children) {
            String name = child.getFileName().toString();
            if (name.startsWith(".") || child.startsWith(journal.root())) {
                continue;
            }
            if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    list(child, folders, files);
                } catch (IOException e) {
                    // An unreadable subfolder (permissions, a sync tool's private folder) hides only its own files.
                }
            } else if (isPhotoName(name) && Files.isRegularFile(child, LinkOption.NOFOLLOW_LINKS)) {
                files.add(child);
            }
        }
    }

    static boolean isPhotoName(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && PHOTO_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
