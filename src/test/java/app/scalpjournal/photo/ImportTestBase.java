package app.scalpjournal.photo;

import app.scalpjournal.context.AppContext;
import app.scalpjournal.library.Library;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh journal in a temp folder with a fixed clock (2026-06-15 12:00 UTC), and helpers to import into it. */
abstract class ImportTestBase {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T12:00:00Z"), ZoneId.of("UTC"));

    @TempDir
    Path dir;
    Path in;
    AppContext context;

    @BeforeEach
    void openJournal() {
        in = dir.resolve("in");
        context = new AppContext(Library.open(dir.resolve("journal")), CLOCK);
    }

    @AfterEach
    void closeJournal() {
        context.close();
    }

    ImportSummary importAll(ImportOptions options, Path... paths) {
        return context.importer().importPaths(List.of(paths), options, ImportListener.NONE, () -> false);
    }

    ImportResult importOne(Path path) {
        ImportSummary summary = importAll(ImportOptions.ownDates(Region.CROWN), path);
        return summary.results().get(0);
    }

    Photo imported(Path path) {
        ImportResult r = importOne(path);
        if (r instanceof ImportResult.Imported imported) {
            return imported.photo();
        }
        throw new AssertionError("expected an import, got " + r);
    }

    String rejected(Path path) {
        ImportResult r = importOne(path);
        if (r instanceof ImportResult.Rejected rejected) {
            return rejected.reason();
        }
        throw new AssertionError("expected a rejection, got " + r);
    }
}
