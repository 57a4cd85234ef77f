package app.scalpjournal.cli;

import app.scalpjournal.library.Library;
import app.scalpjournal.library.LibraryLayout;
import app.scalpjournal.photo.JournalRecovery;
import app.scalpjournal.photo.LibraryCheck;
import app.scalpjournal.photo.PhotoRepository;
import app.scalpjournal.text.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code recover}: a damaged journal rebuilt from what is on disk, its best database and every original. */
@Command(name = "recover", mixinStandardHelpOptions = true, description = {
        "Rebuilds a damaged journal (missing, empty, unreadable or stale database) from what is on disk:",
        "its own database if still sound, else the newest sound snapshot in backups/, else an empty journal,",
        "plus every original it lacks, re-attached as recovered photos (region other, dated by camera or file).",
        "The damaged database is kept in backups/damaged-<time>/. Refused when the journal is not damaged.",
        "Exit status: 0 recovered and check is clean, 1 refused or problems remain (listed on stderr)."})
public final class RecoverCommand implements Callable<Integer> {
    @Mixin
    CommandEnv env;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = env.out();
        PrintWriter err = env.err();
        JournalRecovery.Result result = JournalRecovery.recover(env.libraryFolder(), Clock.systemDefaultZone());
        List<String> problems;
        try (Library library = Library.open(env.libraryFolder())) {
            problems = new LibraryCheck(library, new PhotoRepository(library.database())).problems();
        }
        problems.forEach(err::println);
        err.flush();
        out.println(summary(new LibraryLayout(env.libraryFolder()), result));
        if (result.keptIn() != null) {
            out.println(Messages.get("recover.kept", result.keptIn()));
        }
        out.println(problems.isEmpty() ? Messages.get("recover.clean") : Messages.get("recover.remaining", problems.size()));
        out.flush();
        return problems.isEmpty() ? 0 : 1;
    }

    private static String summary(LibraryLayout layout, JournalRecovery.Result result) {
        Path base = result.base();
        if (base == null) {
            return Messages.get("recover.done.noSnapshot", layout.root(), result.reattached());
        }
        if (base.equals(layout.database())) {
            return Messages.get("recover.done.own", layout.root(), result.reattached());
        }
        return Messages.get("recover.done.snapshot", layout.root(), base.getFileName(), result.reattached());
    }
}
