package app.scalpjournal.cli;

import app.scalpjournal.App;
import app.scalpjournal.AppContext;
import app.scalpjournal.diagnostics.DiagnosticLog;
import app.scalpjournal.library.Library;
import app.scalpjournal.library.LibraryLocation;
import app.scalpjournal.text.Messages;
import app.scalpjournal.ui.SampleJournalOpener;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
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
                ImportCommand.class, InboxCommand.class, ListCommand.class, CheckCommand.class, LogCommand.class, ReportCommand.class, SampleCommand.class})
public final class JournalCommand implements Callable<Integer> {
    @Option(names = "--library", paramLabel = "DIR",
            description = "The journal folder (default: $SCALP_JOURNAL_HOME, else the platform's user data folder).")
    Path library;

    @Option(names = "--sample",
            description = "Open the sample journal (synthetic pictures, made on first use) instead of yours; "
                    + "in the --library folder if given, else in a folder of its own.")
    boolean sample;

    @Option(names = "--exit-when-shown",
            description = "Close the window as soon as it shows the journal (exit 0), or at the first error "
                    + "(exit 1, the error on stderr): for smoke tests and start-up timing.")
    boolean exitWhenShown;

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new JournalCommand());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        return cl;
    }

    @Override
    public Integer call() {
        DiagnosticLog log = DiagnosticLog.install(DiagnosticLog.defaultFolder());
        Path folder = sample && library == null ? SampleJournalOpener.defaultFolder() : libraryFolder();
        try {
            initJava2dBeforeGtk();
            return App.launch(new App.Options(folder, sample, exitWhenShown, log.folder()));
        } catch (RuntimeException | Error e) {
            // The toolkit did not start (no display, no GTK): nothing to show a dialog in.
            Logger.getLogger(JournalCommand.class.getName()).log(Level.SEVERE, "The window could not start", e);
            System.err.println(Messages.get("app.noWindow", e.getMessage() != null ? e.getMessage() : e.toString(), log.folder().toString()));
            return 1;
        }
    }

    /**
     * Java2D (thumbnails, sample pictures) opens its own X11 connection on first use; done after GTK
     * started, GTK prints "XSetErrorHandler() called with a GDK error trap pushed" on stderr.
     */
    private static void initJava2dBeforeGtk() {
        java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment();
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
