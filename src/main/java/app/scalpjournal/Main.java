package app.scalpjournal;

import app.scalpjournal.cli.JournalCommand;
import app.scalpjournal.diagnostics.DiagnosticLog;
import app.scalpjournal.launch.ClassDataLaunch;
import app.scalpjournal.library.Database;
import app.scalpjournal.shell.App;
import app.scalpjournal.text.Messages;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/**
 * Entry point. With no subcommand it opens the window; with one it runs on the command line, with no
 * display needed. Not a JavaFX {@code Application}, so the jar starts on a plain classpath.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Optional<JournalCommand> window = JournalCommand.windowOnly(args);
        if (window.isPresent()) {
            OptionalInt child = ClassDataLaunch.openWindowInChild(args); // java -jar: the same start with the app's classes shared
            if (child.isPresent()) {
                System.exit(child.getAsInt());
            }
            App.startJava2d(); // alongside setting up the log
            ClassDataLaunch.endWithParent();
            System.exit(openWindow(window.get()));
        }
        if (JournalCommand.runsReport(args)) {
            OptionalInt child = ClassDataLaunch.runBriefCommandInChild(args); // java -jar: the same start, quick compiler only
            if (child.isPresent()) {
                System.exit(child.getAsInt());
            }
            ClassDataLaunch.endWithParent();
        }
        if (JournalCommand.opensJournal(args)) {
            Database.warmUp(); // alongside reading the command line and taking the journal's lock
        }
        CommandLine commandLine = JournalCommand.commandLine(args);
        int exit = commandLine.execute(args);
        if (exit == JournalCommand.GUI_REQUESTED) {
            exit = openWindow(commandLine.getCommand());
        }
        System.exit(exit);
    }

    /** The window, logging to the app's log; a toolkit that cannot start (no display, no GTK) is one line on stderr. */
    private static int openWindow(JournalCommand command) {
        DiagnosticLog log = DiagnosticLog.install(DiagnosticLog.defaultFolder());
        Path folder = command.sample() && command.namedLibrary() == null ? App.sampleFolder() : command.libraryFolder();
        try {
            return App.launch(new App.Options(folder, command.sample(), command.exitWhenShown(), log.folder()));
        } catch (RuntimeException | Error e) {
            Logger.getLogger(Main.class.getName()).log(Level.SEVERE, "The window could not start", e);
            System.err.println(Messages.get("app.noWindow", e.getMessage() != null ? e.getMessage() : e.toString(), log.folder().toString()));
            return 1;
        }
    }
}
