package app.scalpjournal.cli;

import app.scalpjournal.library.ArchiveLimits;
import app.scalpjournal.library.JournalRestore;
import app.scalpjournal.library.Progress;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code restore FILE.zip}: a backup into a new or empty journal folder, checked before it is moved in. */
@Command(name = "restore", description = {
        "Restore a backup into a new or empty journal (the --library folder).",
        "Everything is checked in a staging folder first; a journal that holds entries is never overwritten."})
public final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    JournalCommand parent;

    @Parameters(paramLabel = "FILE.zip", description = "A backup written by `backup` or File > Back up.")
    Path file;

    @Override
    public Integer call() {
        JournalRestore.Result result = new JournalRestore(ArchiveLimits.defaults()).restore(file, parent.libraryFolder(), Progress.NONE);
        result.notes().forEach(System.err::println);
        System.out.printf("Restored %d entr%s and %d photo(s) into %s.%n", result.entries(), result.entries() == 1 ? "y" : "ies",
                result.photos(), result.journal());
        return 0;
    }
}
