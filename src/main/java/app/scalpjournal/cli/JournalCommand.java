package app.scalpjournal.cli;

import app.scalpjournal.text.Messages;
import app.scalpjournal.context.AppContext;
import app.scalpjournal.library.AppVersion;
import app.scalpjournal.library.LibraryLocation;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The root command: global options, and the window when no subcommand is given. */
@Command(name = "scalp-journal",
        mixinStandardHelpOptions = true,
        versionProvider = JournalCommand.VersionProvider.class,
        description = "An offline journal of dated scalp photos, notes and routines.%n"
                + "With no command, opens the window on the journal.")
public final class JournalCommand implements Callable<Integer> {
    /** The subcommands, in the order the help lists them; in a class of their own, so opening the window loads none of them. */
    private static final class Subcommands {
        static final List<Class<?>> ALL = List.of(CommandLine.HelpCommand.class, BackupCommand.class, RestoreCommand.class,
                ExportCommand.class, ImportCommand.class, InboxCommand.class, ListCommand.class, SearchCommand.class, CheckCommand.class,
                RecoverCommand.class, TrashCommand.class, LogCommand.class, RoutineCommand.class, ReportCommand.class, CompareCommand.class,
                SampleCommand.class, TimelapseCommand.class);
    }
    /** Returned when no subcommand was given: {@code Main} opens the window on {@link #libraryFolder()}. */
    public static final int GUI_REQUESTED = -1;
    private static final String LIBRARY = "--library";
    private static final String SAMPLE = "--sample";
    private static final String EXIT_WHEN_SHOWN = "--exit-when-shown";

    @Option(names = LIBRARY, paramLabel = "DIR",
            description = "The journal folder (default: $SCALP_JOURNAL_HOME, else the platform's user data folder).")
    Path library;

    @Option(names = SAMPLE,
            description = "Open the sample journal (synthetic pictures, made on first use) instead of yours; "
                    + "in the --library folder if given, else in a folder of its own.")
    boolean sample;

    @Option(names = EXIT_WHEN_SHOWN,
            description = "Close the window as soon as it shows the journal (exit 0), or at the first error "
                    + "(exit 1, the error on stderr): for smoke tests and start-up timing.")
    boolean exitWhenShown;

    /**
     * The command line, writing UTF-8 whatever the locale says: with {@code LANG=C} Java 17 would
     * otherwise print every accent or emoji of a note as {@code ?}, and {@code list --json} would no
     * longer be the JSON (UTF-8) it claims to be.
     */
    public static CommandLine commandLine() {
        return commandLine(Subcommands.ALL);
    }

    /**
     * The command line for {@code args}, with only the subcommands they can reach: picocli reads each
     * subcommand it is given (every option, converter and mixin), which costs a command more than its
     * own work, so arguments that name one subcommand after nothing but the root's own options get
     * that one alone, and a bare {@code --version} none. Anything else (help, a mistake, an argument
     * file) gets them all, so usage messages and suggestions list every command.
     */
    public static CommandLine commandLine(String[] args) {
        return commandLine(reachable(args));
    }

    private static CommandLine commandLine(List<Class<?>> subcommands) {
        CommandLine cl = new CommandLine(new JournalCommand());
        subcommands.forEach(cl::addSubcommand);
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setOut(new Utf8Out(new FileOutputStream(FileDescriptor.out)));
        cl.setErr(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true));
        return cl;
    }

    @Override
    public Integer call() {
        return GUI_REQUESTED;
    }

    /** The subcommands {@code args} can reach: one, none, or (when in any doubt) all. */
    private static List<Class<?>> reachable(String[] args) {
        int command = commandAt(args);
        boolean version = versionBefore(args, command);
        if (command < 0) {
            return version ? List.of() : Subcommands.ALL;
        }
        return version ? Subcommands.ALL : named(args[command]);
    }

    /** Where the command's word is: the first argument that is not the journal's own option or the version's; -1 when none is. */
    private static int commandAt(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals(LIBRARY) && i + 1 < args.length && !args[i + 1].startsWith("-") && !args[i + 1].startsWith("@")) {
                i++;
            } else if (!arg.startsWith(LIBRARY + "=") && !arg.equals(SAMPLE) && !arg.equals(EXIT_WHEN_SHOWN) && !isVersion(arg)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether -V or --version comes before {@code end} (-1: anywhere); a journal folder is never named so. */
    private static boolean versionBefore(String[] args, int end) {
        for (int i = 0; i < (end < 0 ? args.length : end); i++) {
            if (isVersion(args[i])) {
                return true;
            }
        }
        return false;
    }

    private static boolean isVersion(String arg) {
        return arg.equals("-V") || arg.equals("--version");
    }

    /** The subcommand called {@code name} (not help, which lists the others), or all when there is none. */
    private static List<Class<?>> named(String name) {
        for (Class<?> c : Subcommands.ALL) {
            if (c != CommandLine.HelpCommand.class && c.getAnnotation(Command.class).name().equals(name)) {
                return List.of(c);
            }
        }
        return Subcommands.ALL;
    }

    /**
     * Whether {@code args} run the visit summary ({@code report}): the one command that loads and compiles
     * a lot of code (PDF, fonts, images) for a second or two of work, so it may run in a child JVM with
     * the quick compiler only (see {@code launch.ClassDataLaunch#runBriefCommandInChild}).
     */
    public static boolean runsReport(String[] args) {
        // by the word, not through reachable(): reading every subcommand's annotations costs the launching JVM a tenth of a second
        int command = commandAt(args);
        return command >= 0 && args[command].equals(ReportCommand.NAME) && !versionBefore(args, command);
    }

    /** Whether these arguments are likely to open a journal: anything but asking for help or the version. */
    public static boolean opensJournal(String[] args) {
        return args.length > 0 && Arrays.stream(args).noneMatch(a -> a.equals("-h") || a.equals("--help") || a.equals("-V")
                || a.equals("--version") || a.equals("help"));
    }

    /**
     * The window's options when {@code args} hold nothing but them (no command, no help, no version),
     * read without building the whole command line: picocli reading every subcommand costs a good part
     * of the window's start-up. Anything else (including a mistake) is left to {@link #commandLine()}.
     */
    public static Optional<JournalCommand> windowOnly(String[] args) {
        JournalCommand window = new JournalCommand();
        Set<String> seen = new HashSet<>();
        try {
            for (int i = 0; i < args.length; i++) {
                String name = args[i].contains("=") ? args[i].substring(0, args[i].indexOf('=')) : args[i];
                if (!seen.add(name)) {
                    return Optional.empty();
                }
                if (name.equals(LIBRARY)) {
                    String value = args[i].contains("=") ? args[i].substring(args[i].indexOf('=') + 1) : i + 1 < args.length ? args[++i] : null;
                    if (value == null || value.isEmpty() || value.startsWith("-")) {
                        return Optional.empty();
                    }
                    window.library = Path.of(value);
                } else if (args[i].equals(SAMPLE)) {
                    window.sample = true;
                } else if (args[i].equals(EXIT_WHEN_SHOWN)) {
                    window.exitWhenShown = true;
                } else {
                    return Optional.empty();
                }
            }
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
        return Optional.of(window);
    }

    /** The folder named with --library, or null. */
    public Path namedLibrary() {
        return library;
    }

    public boolean sample() {
        return sample;
    }

    public boolean exitWhenShown() {
        return exitWhenShown;
    }

    public Path libraryFolder() {
        return library != null ? library : LibraryLocation.defaultLocation();
    }

    /** Opens the journal with everything wired, changing nothing (for commands that only read or check); close it when done. */
    public AppContext openContext() {
        return AppContext.open(libraryFolder());
    }

    /**
     * Opens the journal for a session, as the window does: wired, tidied (see
     * {@link app.scalpjournal.photo.JournalTidy}) and with the day's snapshot taken before the command
     * changes anything; close it when done.
     */
    public AppContext openSession() {
        AppContext context = AppContext.openSession(libraryFolder());
        context.library().snapshotIfDue();
        return context;
    }

    /** {@code --version}: the app's name and version. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Scalp Journal " + AppVersion.current()};
        }
    }

    /** Known problems (a locked or newer journal, bad input) print one line, not a stack trace. */
    private static final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
            PrintWriter err = cl.getErr();
            err.println(Messages.get("cli.error", e.getMessage() != null ? e.getMessage() : e.toString()));
            err.flush();
            return 1;
        }
    }
}
