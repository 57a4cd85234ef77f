package app.scalpjournal.photo;

import app.scalpjournal.journal.EntryRepository;
import app.scalpjournal.library.Library;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** {@code recover} for the command line and the window: rebuild the database, then re-attach every original it lacks. */
public final class JournalRecovery {
    /** The base kept ({@code journal.db}, a snapshot, or null for none), where the damaged database went, what was re-attached. */
    public record Result(Path base, Path keptIn, int reattached, List<String> notReattached) {
    }

    private JournalRecovery() {
    }

    /** Refused (a {@code LibraryException}) when the journal is not damaged; the journal is closed again afterwards. */
    public static Result recover(Path folder, Clock clock) throws IOException {
        Library.Rebuilt rebuilt = Library.rebuild(folder);
        try (Library library = rebuilt.library()) {
            PhotoRepository photos = new PhotoRepository(library.database());
            OrphanRecovery.Result done = new OrphanRecovery(library, new EntryRepository(library.database(), clock), photos,
                    new PreviewCache(library.layout()), clock).reattachAll();
            return new Result(rebuilt.snapshot(), rebuilt.keptIn(), done.reattached().size(), done.notReattached());
        }
    }
}
