package app.scalpjournal.cli;

import app.scalpjournal.context.AppContext;
import app.scalpjournal.text.Messages;
import app.scalpjournal.photo.JournalRepair;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code check}: database integrity, every original present and unchanged, no stray files. Changes nothing. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Verifies the journal: the database (PRAGMA integrity_check), that every original exists and still has",
                "its SHA-256, and that no stray files sit in the journal folder. Changes nothing unless --repair is given.",
                "With --repair it first repairs what can be repaired (see the option).",
                "Exit status: 0 clean, 1 problems (listed on stderr, one per line)."})
public final class CheckCommand implements Callable<Integer> {
    @Mixin
    CommandEnv env;

    @Option(names = "--repair", description = {"Also repair what can be repaired, deleting nothing: rebuild the search index,",
            "re-attach originals no photo refers to (region other, marked recovered), rebuild missing thumbnails.",
            "Missing or changed originals are listed."})
    boolean repair;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = env.out();
        PrintWriter err = env.err();
        if (repair) {
            return repair(out, err);
        }
        List<String> problems;
        int photos;
        try (AppContext context = env.openContext()) {
            problems = context.check().problems();
            photos = context.photos().listAllStored().size();
        }
        problems.forEach(err::println);
        err.flush();
        out.println(problems.isEmpty()
                ? "OK: database intact, " + photos + (photos == 1 ? " original" : " originals") + " verified, no stray files"
                : problems.size() + (problems.size() == 1 ? " problem" : " problems") + " found");
        out.flush();
        return problems.isEmpty() ? 0 : 1;
    }

    private int repair(PrintWriter out, PrintWriter err) throws IOException {
        JournalRepair.Report report;
        try (AppContext context = env.openContext()) {
            report = context.repair().repair();
        }
        report.remaining().forEach(err::println);
        err.flush();
        out.println(Messages.get("check.repaired", report.reattached(), report.rebuiltPreviews(), report.remaining().size()));
        out.flush();
        return report.clean() ? 0 : 1;
    }
}
