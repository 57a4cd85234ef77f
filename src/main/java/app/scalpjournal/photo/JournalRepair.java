package app.scalpjournal.photo;

import app.scalpjournal.library.Library;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Repairs what can be repaired without losing anything: rebuilds the search index, re-attaches
 * originals no photo refers to (as recovered photos), and rebuilds missing thumbnails and previews.
 * Nothing is deleted. What cannot be repaired (an original that is missing or has changed, a damaged
 * database) is listed for the user to decide.
 */
public final class JournalRepair {
    /** What was done, and the problems that remain. */
    public record Report(int reattached, int rebuiltPreviews, List<String> remaining) {
        public boolean clean() {
            return remaining.isEmpty();
        }
    }

    private final Library library;
    private final PhotoRepository photos;
    private final PreviewCache previews;
    private final OrphanRecovery orphans;

    public JournalRepair(Library library, PhotoRepository photos, PreviewCache previews, OrphanRecovery orphans) {
        this.library = library;
        this.photos = photos;
        this.previews = previews;
        this.orphans = orphans;
    }

    /** Run while no import is running: leftovers of a running import look like those of an interrupted one. */
    public Report repair() throws IOException {
        LibraryCheck check = new LibraryCheck(library, photos);
        library.rebuildSearchIndex();
        OrphanRecovery.Result recovered = orphans.reattachAll();
        int rebuilt = 0;
        List<String> remaining = new ArrayList<>();
        for (Photo photo : photos.listAllStored()) {
            boolean missing = !Files.isRegularFile(previews.thumbnailPath(photo.sha256())) || !Files.isRegularFile(previews.previewPath(photo.sha256()));
            if (!missing || !Files.isRegularFile(library.layout().original(photo.sha256(), photo.ext()))) {
                continue;
            }
            try {
                Files.deleteIfExists(previews.thumbnailPath(photo.sha256()));
                previews.thumbnail(photo);
                rebuilt++;
            } catch (IOException | RuntimeException e) {
                remaining.add(library.root().relativize(library.layout().original(photo.sha256(), photo.ext()))
                        + ": thumbnail of " + photo.originalName() + " could not be rebuilt (" + e.getMessage() + ")");
            }
        }
        remaining.addAll(0, check.problems());
        return new Report(recovered.reattached().size(), rebuilt, remaining);
    }
}
