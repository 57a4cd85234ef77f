package app.scalpjournal.cli;

import app.scalpjournal.AppContext;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code backup FILE.zip}: the whole journal (database and originals) into one verified archive. */
@Command(name = "backup", description = "Back up the whole journal (database and originals) into one .zip file.")
public final class BackupCommand implements Callable<Integer> {
    @ParentCommand
    JournalCommand parent;

    @Parameters(paramLabel = "FILE.zip", description = "The archive to write; an existing file is replaced only once the new one is verified.")
    Path file;

    @Override
    public Integer call() {
        try (AppContext context = parent.openContext()) {
            var result = context.backup().write(file, app.scalpjournal.library.Progress.NONE);
            result.problems().forEach(p -> System.err.println(p));
            System.out.printf("Backed up %d original(s) and the database into %s (%.1f MB), verified.%n",
                    result.originals(), result.file(), result.bytes() / 1e6);
            return result.problems().isEmpty() ? 0 : 1;
        }
    }
}
