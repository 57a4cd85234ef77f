package app.scalpjournal.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Runs the real command line (as {@code Main} builds it for these arguments) in-process on a journal folder, capturing stdout, stderr and the exit code. */
public record CliRun(int exit, String out, String err) {
    public static CliRun run(Path library, String... args) {
        List<String> all = new ArrayList<>(List.of("--library", library.toString()));
        all.addAll(List.of(args));
        return run(JournalCommand.commandLine(all.toArray(String[]::new)), all);
    }

    /** Runs {@code args} (journal included) on a command line built by the caller. */
    static CliRun run(CommandLine cl, List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args.toArray(String[]::new));
        return new CliRun(exit, out.toString(), err.toString());
    }

    public List<String> outLines() {
        return out.lines().toList();
    }

    public List<String> errLines() {
        return err.lines().toList();
    }
}
