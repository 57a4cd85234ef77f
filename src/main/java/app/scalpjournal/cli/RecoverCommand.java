package app.scalpjournal.cli;

import app.scalpjournal.AppContext;
import app.scalpjournal.library.Library;
import app.scalpjournal.photo.LibraryCheck;
import app.scalpjournal.photo.OrphanRecovery;
import app.scalpjournal.text.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code recover}: a damaged journal rebuilt from what is on disk, its newest snapshot and every original. */
@Command(name = "recover", mixinStandardHelpOptions = true, description = {
        "Rebuilds a damaged journal (missing, empty, unreadable or stale database) from what is on disk:",
        "the newest sound snapshot in backups/ plus every original it lacks, re-attached as recovered photos",
        "(region other, dated by the camera or the file). With no snapshot, from the originals alone.",
        "The damaged database is kept in backups/damaged-<time>/. Refused when the journal is not damaged.",
        "Exit status: 0 recovered and check is clean, 1 refused or problems remain (listed on stderr)."})
public final class RecoverCommand implements Callable<Integer> {
    @ParentCommand
    JournalCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Library.Rebuilt rebuilt = Library.rebuild(parent.libraryFolder());
        try (AppContext context = new AppContext(rebuilt.library(), Clock.systemDefaultZone())) {
            OrphanRecovery.Result result = context.orphanRecovery().reattachAll();
            List<String> problems = new LibraryCheck(context.library(), context.photos()).problems();
            problems.forEach(err::println);
            err.flush();
            out.println(summary(context, rebuilt, result.reattached().size()));
            if (rebuilt.keptIn() != null) {
                out.println(Messages.get("recover.kept", rebuilt.keptIn()));
            }
            out.println(problems.isEmpty() ? Messages.get("recover.clean") : Messages.get("recover.remaining", problems.size()));
            out.flush();
            return problems.isEmpty() ? 0 : 1;
        }
    }

    private static String summary(AppContext context, Library.Rebuilt rebuilt, int reattached) {
        if (rebuilt.snapshot() == null) {
            return Messages.get("recover.done.noSnapshot", context.library().root(), reattached);
        }
        if (rebuilt.snapshot().equals(context.library().layout().database())) {
            return Messages.get("recover.done.own", context.library().root(), reattached);
        }
        return Messages.get("recover.done.snapshot", context.library().root(), rebuilt.snapshot().getFileName(), reattached);
    }
}
