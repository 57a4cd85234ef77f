package app.scalpjournal.cli;

import app.scalpjournal.text.Messages;
import app.scalpjournal.context.AppContext;
import app.scalpjournal.library.JournalBackup;
import app.scalpjournal.library.Progress;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code backup FILE.zip}: the whole journal (database and originals) into one verified archive. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Back up the whole journal (database and originals) into one .zip file, verified after writing.",
                "Exit status: 0 done, 1 refused or some original missing/changed (listed on stderr; the rest is backed up)."})
public final class BackupCommand implements Callable<Integer> {
    @Mixin
    CommandEnv env;

    @Parameters(paramLabel = "FILE.zip", description = "The archive to write; an existing file is replaced only once the new one is verified.")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = env.out();
        PrintWriter err = env.err();
        try (AppContext context = env.openSession()) {
            JournalBackup.Result result = context.backup().write(file, Progress.NONE);
            result.problems().forEach(err::println);
            err.flush();
            out.println(Messages.get("cli.backup.done", String.valueOf(result.originals()), result.file(),
                    String.format("%.1f", result.bytes() / 1e6)));
            out.flush();
            return result.problems().isEmpty() ? 0 : 1;
        }
    }
}
