package app.scalpjournal;

import app.scalpjournal.cli.JournalCommand;
import picocli.CommandLine;

/**
 * Entry point. With no subcommand it opens the window; with one it runs on the command line, with no
 * display needed. Not a JavaFX {@code Application}, so the jar starts on a plain classpath.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(JournalCommand.commandLine().execute(args));
    }
}
