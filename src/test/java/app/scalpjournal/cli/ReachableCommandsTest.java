package app.scalpjournal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line built for a command's arguments holds only that subcommand (a bare --version none),
 * and behaves exactly as the one with every subcommand: same exit code, output and messages, for
 * commands that work, usage mistakes, help and the version.
 */
class ReachableCommandsTest {
    @TempDir
    Path dir;

    @Test
    void argumentsThatNameOneCommandGetThatCommandAlone() {
        String journal = dir.toString();
        assertEquals(Set.of("list"), JournalCommand.commandLine(new String[] {"--library", journal, "list", "--json"}).getSubcommands().keySet());
        assertEquals(Set.of("log"), JournalCommand.commandLine(new String[] {"--library=" + journal, "log", "list"}).getSubcommands().keySet());
        assertEquals(Set.of(), JournalCommand.commandLine(new String[] {"--version"}).getSubcommands().keySet());
        int all = JournalCommand.commandLine().getSubcommands().size();
        for (String[] args : List.of(new String[] {"-h"}, new String[] {"help", "list"}, new String[] {"--bogus", "list"},
                new String[] {"--library", "--version", "list"}, new String[] {"@args.txt"}, new String[] {"lsit"},
                new String[] {"--version", "list"})) {
            assertEquals(all, JournalCommand.commandLine(args).getSubcommands().size(), String.join(" ", args));
        }
    }

    /** Only arguments that reach the report command alone may run it in a quick-compiler child (see Main). */
    @Test
    void onlyTheReportCommandRunsBriefly() {
        String journal = dir.toString();
        for (String[] args : List.of(new String[] {"report", "--out", "a.pdf"}, new String[] {"--library", journal, "report", "--out", "a.pdf"},
                new String[] {"--library=" + journal, "report", "--layout", "full"}, new String[] {"report", "--help"})) {
            assertTrue(JournalCommand.runsReport(args), String.join(" ", args));
        }
        for (String[] args : List.of(new String[] {}, new String[] {"--library", journal}, new String[] {"list", "--json"},
                new String[] {"--version", "report"}, new String[] {"help", "report"}, new String[] {"-h"}, new String[] {"timelapse"},
                new String[] {"@args.txt"}, new String[] {"--library", "report"})) {
            assertFalse(JournalCommand.runsReport(args), String.join(" ", args));
        }
    }

    @Test
    void theCommandAloneBehavesAsWithEveryCommand() {
        assertEquals(0, CliRun.run(dir, "log", "add", "--date", "2026-01-05", "--kind", "massage", "--minutes", "5", "--note", "by hand").exit());
        String journal = dir.toString();
        List<List<String>> cases = List.of(
                List.of("--library", journal, "list"), List.of("--library", journal, "list", "--json"),
                List.of("--library=" + journal, "list", "--json"), List.of("--library", journal, "list", "--bogus"),
                List.of("--library", journal, "list", "extra"), List.of("--library", journal, "list", "--help"),
                List.of("--library", journal, "list", "log"), List.of("--library", journal, "log"),
                List.of("--library", journal, "log", "list", "--json"), List.of("--library", journal, "log", "add", "--kind", "nope"),
                List.of("--library", journal, "routine", "list"), List.of("--library", journal, "search", "hand"),
                List.of("--library", journal, "trash", "list"), List.of("--version"), List.of("-V"), List.of("--library", journal, "-V"));
        List<String> differ = new ArrayList<>();
        for (List<String> args : cases) {
            CliRun lean = CliRun.run(JournalCommand.commandLine(args.toArray(String[]::new)), args);
            CliRun full = CliRun.run(JournalCommand.commandLine(), args);
            if (!lean.equals(full)) {
                differ.add(String.join(" ", args) + "\n  lean: " + lean + "\n  full: " + full);
            }
        }
        assertEquals(List.of(), differ);
        assertTrue(CliRun.run(dir, "list", "--bogus").err().contains("Unknown option: '--bogus'"), "usage mistakes are reported");
    }
}
