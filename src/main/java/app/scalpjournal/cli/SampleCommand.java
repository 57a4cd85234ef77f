package app.scalpjournal.cli;

import app.scalpjournal.context.AppContext;
import app.scalpjournal.sample.SampleJournal;
import app.scalpjournal.sample.SampleLog;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sample}: fills an empty journal with clearly labelled synthetic sample pictures, notes and conditions. */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = {"Creates a sample journal in the --library folder (which must have no photos yet):",
                "synthetic pictures drawn by the app and labelled \"SAMPLE - synthetic image\", for every region,",
                "on photo days over about six months, with a few notes. Exit status: 0 done, 1 the journal already has photos."})
public final class SampleCommand implements Callable<Integer> {
    @ParentCommand
    JournalCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (AppContext context = parent.openSession()) {
            if (context.photos().count() > 0) {
                err.println(context.library().root() + ": this journal already has photos; choose an empty folder with --library for the sample.");
                err.flush();
                return 1;
            }
            SampleJournal.Result result = context.sampleJournal().create(LocalDate.now(context.clock()));
            SampleLog.Result log = context.sampleLog().create(result.first());
            result.problems().forEach(err::println);
            out.println("Sample journal in " + context.library().root() + ": " + result.line() + ", " + log.line() + ".");
            out.flush();
            err.flush();
            return result.problems().isEmpty() ? 0 : 1;
        }
    }
}
