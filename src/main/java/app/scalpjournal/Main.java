package app.scalpjournal;

import app.scalpjournal.cli.JournalCommand;
import app.scalpjournal.shell.App;
import picocli.CommandLine;

/**
 * Entry point. With no subcommand it opens the window; with one it runs on the command line, with no
 * display needed. Not a JavaFX {@code Application}, so the jar starts on a plain classpath.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        CommandLine commandLine = JournalCommand.commandLine();
        int exit = commandLine.execute(args);
        if (exit == JournalCommand.GUI_REQUESTED) {
            App.launchOn(commandLine.<JournalCommand>getCommand().libraryFolder());
        } else {
            System.exit(exit);
        }
    }
}
