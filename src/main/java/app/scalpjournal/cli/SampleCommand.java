package app.scalpjournal.cli;

import app.scalpjournal.context.AppContext;
import app.scalpjournal.library.JournalContent;
import app.scalpjournal.text.Messages;
import app.scalpjournal.sample.SampleJournal;
import app.scalpjournal.sample.SampleLog;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code sample}: fills an empty journal with clearly labelled synthetic sample pictures, notes and conditions. */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = {"Creates a sample journal in the --library folder (a new or empty journal: nothing in it at all):",
                "synthetic pictures drawn by the app and labelled \"SAMPLE - synthetic image\", for every region,",
                "on photo days over about six months, with a few notes. Exit status: 0 done, 1 the journal already holds data."})
public final class SampleCommand implements Callable<Integer> {
    @Mixin
    CommandEnv env;

    @Override
    public Integer call() {
        PrintWriter out = env.out();
        PrintWriter err = env.err();
        try (AppContext context = env.openSession()) {
            var table = JournalContent.firstNonEmptyTable(context.library().database());
            if (table.isPresent()) {
                err.println(Messages.get("sample.notEmpty", context.library().root(), table.get()));
                err.flush();
                return 1;
            }
            SampleJournal.Result result = context.sampleJournal().create(LocalDate.now(context.clock()));
            SampleLog.Result log = context.sampleLog().create(result.first());
            result.problems().forEach(err::println);
            out.println(Messages.get("cli.sample.done", context.library().root(), result.line(), log.line()));
            out.flush();
            err.flush();
            return result.problems().isEmpty() ? 0 : 1;
        }
    }
}
