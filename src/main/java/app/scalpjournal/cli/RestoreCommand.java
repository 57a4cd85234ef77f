package app.scalpjournal.cli;

import app.scalpjournal.library.ArchiveLimits;
import app.scalpjournal.library.JournalRestore;
import app.scalpjournal.library.Progress;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code restore FILE.zip}: a backup into a new or empty journal folder, checked before it is moved in. */
@Command(name = "restore", mixinStandardHelpOptions = true, description = {
        "Restore a backup into a new or empty journal (the --library folder).",
        "Everything is checked in a staging folder first; a journal that holds entries is never overwritten.",
        "Exit status: 0 restored, 1 refused (the reason on stderr; nothing was changed)."})
public final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    JournalCommand parent;

    @Parameters(paramLabel = "FILE.zip", description = "A backup written by `backup` or File > Back up.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        JournalRestore.Result result = new JournalRestore(ArchiveLimits.defaults()).restore(file, parent.libraryFolder(), Progress.NONE);
        result.notes().forEach(err::println);
        err.flush();
        out.printf("Restored %d entr%s and %d photo(s) into %s.%n", result.entries(), result.entries() == 1 ? "y" : "ies",
                result.photos(), result.journal());
        out.flush();
        return 0;
    }
}
