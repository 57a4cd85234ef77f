package app.scalpjournal.cli;

import app.scalpjournal.context.AppContext;
import app.scalpjournal.library.JournalExport;
import app.scalpjournal.library.Progress;
import app.scalpjournal.text.Messages;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code export DIR}: the whole journal in open formats (photos, JSON, CSV) that need no Scalp Journal to read. */
@Command(name = "export", mixinStandardHelpOptions = true, description = {
        "Export the whole journal into a new or empty folder in open formats: photos/ with readable names",
        "(date_region_n.jpg), journal.json, and entries.csv, photos.csv, log_items.csv, routines.csv, tags.csv, alignments.csv.",
        "Exit status: 0 done, 1 refused or some original missing (listed on stderr; the rest is exported)."})
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    CommandEnv env;

    @Parameters(paramLabel = "DIR", description = "A folder that does not exist yet or is empty, outside the journal.")
    Path folder;

    @Override
    public Integer call() {
        PrintWriter out = env.out();
        PrintWriter err = env.err();
        try (AppContext context = env.openSession()) {
            JournalExport.Result result = context.export().write(folder, Progress.NONE);
            result.problems().forEach(err::println);
            err.flush();
            out.println(Messages.get("cli.export.done", String.valueOf(result.rows().get("entries")),
                    String.valueOf(result.rows().get("photos")), String.valueOf(result.rows().get("log_items")), result.folder()));
            out.flush();
            return result.problems().isEmpty() ? 0 : 1;
        }
    }
}
