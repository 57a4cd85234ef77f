package app.scalpjournal.cli;

import app.scalpjournal.library.ArchiveLimits;
import app.scalpjournal.library.JournalRestore;
import app.scalpjournal.library.Progress;
import app.scalpjournal.library.SnapshotRestore;
import app.scalpjournal.text.Messages;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code restore FILE.zip}: a backup into a new or empty journal folder, checked before it is moved in. */
@Command(name = "restore", mixinStandardHelpOptions = true, description = {
        "Restore a backup into a new or empty journal (the --library folder).",
        "Everything is checked in a staging folder first; a journal that holds anything is never overwritten.",
        "Exit status: 0 restored, 1 refused (the reason on stderr; nothing was changed)."})
public final class RestoreCommand implements Callable<Integer> {
    @Mixin
    CommandEnv env;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "FILE.zip", description = "A backup written by `backup` or File > Back up.")
        Path file;

        @Option(names = "--latest-snapshot", description = {"Instead of a backup: bring a damaged journal (its database may be gone)",
                "back to its newest sound automatic snapshot in backups/. The damaged database is kept there; photos",
                "newer than the snapshot stay in originals/ for `check --repair` (or use `recover`, which does both)."})
        boolean latestSnapshot;
    }

    @Override
    public Integer call() {
        PrintWriter out = env.out();
        PrintWriter err = env.err();
        if (source.latestSnapshot) {
            SnapshotRestore.Result snap = SnapshotRestore.restoreLatest(env.libraryFolder());
            out.println(Messages.get("snapshot.restored", snap.snapshot().getFileName(), env.libraryFolder()));
            if (snap.keptIn() != null) {
                out.println(Messages.get("snapshot.kept", snap.keptIn()));
            }
            if (snap.originalsNotInSnapshot() > 0) {
                out.println(Messages.get("snapshot.orphans", snap.originalsNotInSnapshot()));
            }
            out.flush();
            return 0;
        }
        Path file = source.file;
        JournalRestore.Result result = new JournalRestore(ArchiveLimits.defaults()).restore(file, env.libraryFolder(), Progress.NONE);
        result.notes().forEach(err::println);
        err.flush();
        out.println(Messages.get("cli.restore.done", String.valueOf(result.entries()), result.entries(),
                String.valueOf(result.photos()), result.journal()));
        out.flush();
        return 0;
    }
}
