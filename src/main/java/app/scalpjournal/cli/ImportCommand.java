package app.scalpjournal.cli;

import app.scalpjournal.text.Messages;
import app.scalpjournal.context.AppContext;
import app.scalpjournal.photo.ImportListener;
import app.scalpjournal.photo.ImportOptions;
import app.scalpjournal.photo.ImportResult;
import app.scalpjournal.photo.ImportSummary;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.Region;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import [--region R] [--date YYYY-MM-DD] [--note TEXT] PATH...}: the window's import, for scripts. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports photos (files, or folders recursively) into the journal.",
                "Prints one line per imported photo; every file not imported is named on stderr with the reason.",
                "Exit status: 0 nothing rejected (duplicates are fine), 1 some file rejected, 2 usage error."})
public final class ImportCommand implements Callable<Integer> {
    @Mixin
    CommandEnv env;

    @Mixin
    Choices choices;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Photo files or folders.")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = env.out();
        PrintWriter err = env.err();
        ImportSummary summary;
        try (AppContext context = env.openSession()) {
            summary = context.importer().importPaths(paths, choices.options(), printer(out, err), () -> false);
        }
        out.println(summary.line());
        out.flush();
        err.flush();
        return summary.rejected() > 0 ? 1 : 0;
    }

    /** Prints each file's result as it is done: imported photos on stdout, the rest on stderr. */
    static ImportListener printer(PrintWriter out, PrintWriter err) {
        return new ImportListener() {
            @Override
            public void fileDone(ImportResult result, int done, int total) {
                print(result, out, err);
            }
        };
    }

    /** The importer calls this one file at a time, in the order the files were found. */
    private static void print(ImportResult result, PrintWriter out, PrintWriter err) {
        if (result instanceof ImportResult.Imported imported) {
            Photo p = imported.photo();
            out.println(p.takenAt().date() + "  " + p.region().id() + "  " + p.width() + "x" + p.height()
                    + "  date from " + p.dateSource().id() + "  " + imported.source()
                    + (imported.warning() != null ? "  (warning: " + imported.warning() + ")" : ""));
            out.flush();
        } else if (result instanceof ImportResult.Duplicate duplicate) {
            Photo p = duplicate.existing();
            err.println(Messages.get("cli.import.duplicate", duplicate.source(), p.originalName(), p.takenAt().date()));
            err.flush();
        } else if (result instanceof ImportResult.Rejected rejected) {
            err.println(rejected.source() + ": " + rejected.reason());
            err.flush();
        }
    }

    /** {@code --region}, {@code --date} and {@code --note}: what the window's import dialog asks, shared with {@code inbox import}. */
    static final class Choices {
        @Option(names = "--region", paramLabel = "R", defaultValue = "other", converter = Converters.Region.class,
                description = "Scalp region of every photo: hairline, top, crown, left-temple, right-temple, back, other (default: ${DEFAULT-VALUE}).")
        Region region;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = Converters.Day.class,
                description = "Use this one date for every photo instead of each photo's own (camera, else file) date.")
        LocalDate date;

        @Option(names = "--note", paramLabel = "TEXT", description = "Text added to the note of each day's entry the photos go to.")
        String note;

        ImportOptions options() {
            return new ImportOptions(region, date, note);
        }
    }
}
