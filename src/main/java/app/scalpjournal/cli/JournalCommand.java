package app.scalpjournal.cli;

import app.scalpjournal.App;
import app.scalpjournal.AppContext;
import app.scalpjournal.library.Library;
import app.scalpjournal.library.LibraryLocation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The root command: global options, and the window when no subcommand is given. */
@Command(name = "scalp-journal",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "An offline journal of dated scalp photos, notes and routines.%n"
                + "With no command, opens the window on the journal.",
        subcommands = {CommandLine.HelpCommand.class, BackupCommand.class, RestoreCommand.class, ExportCommand.class,
                ImportCommand.class, InboxCommand.class, ListCommand.class, CheckCommand.class, LogCommand.class, ReportCommand.class, CompareCommand.class, SampleCommand.class})
public final class JournalCommand implements Callable<Integer> {
    /** Returned when the window was started; main must not call System.exit then. */
    public static final int GUI_STARTED = -1;

    @Option(names = "--library", paramLabel = "DIR",
            description = "The journal folder (default: $SCALP_JOURNAL_HOME, else the platform's user data folder).")
    Path library;

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new JournalCommand());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        return cl;
    }

    @Override
    public Integer call() {
        App.launchOn(libraryFolder());
        return GUI_STARTED;
    }

    public Path libraryFolder() {
        return library != null ? library : LibraryLocation.defaultLocation();
    }

    /** Opens the journal for a subcommand; close it when done. */
    public Library openLibrary() {
        return Library.open(libraryFolder());
    }

    /** Opens the journal with everything wired, for subcommands that use its services; close it when done. */
    public AppContext openContext() {
        return AppContext.open(libraryFolder());
    }

    /** Known problems (a locked or newer journal, bad input) print one line, not a stack trace. */
    private static final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
            PrintWriter err = cl.getErr();
            err.println("scalp-journal: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
            err.flush();
            return 1;
        }
    }
}
