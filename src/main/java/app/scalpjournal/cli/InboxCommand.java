package app.scalpjournal.cli;

import app.scalpjournal.context.AppContext;
import app.scalpjournal.photo.Inbox;
import app.scalpjournal.photo.ImportSummary;
import app.scalpjournal.text.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code inbox set DIR | show | import}: the folder a phone's photos sync into, for scripts. */
@Command(name = "inbox", mixinStandardHelpOptions = true,
        description = {"The inbox: the folder your phone's photos sync into. New photos there can be imported in one step;",
                "photos already in the journal are skipped and nothing in the folder is moved, changed or deleted."},
        subcommands = {InboxCommand.SetFolder.class, InboxCommand.ShowInbox.class, InboxCommand.ImportNew.class})
public final class InboxCommand {
    /** How long {@code inbox import} waits for files a sync is still writing. */
    static final Duration WAIT_FOR_WRITING = Duration.ofSeconds(60);

    @Command(name = "set", mixinStandardHelpOptions = true, description = {"Names the inbox folder (stored in the journal).",
            "Exit status: 0 set, 1 not a folder or the journal's own folder."})
    static final class SetFolder implements Callable<Integer> {
        @Mixin
        CommandEnv env;
        @Parameters(paramLabel = "DIR", description = "The folder your phone's photos sync into.")
        Path folder;

        @Override
        public Integer call() {
            try (AppContext context = env.openSession()) {
                Path set = context.inbox().setFolder(folder);
                env.out().println(Messages.get("inbox.cli.set", set));
                return 0;
            } catch (IllegalArgumentException e) {
                env.err().println(Messages.get("cli.inbox.setFailed", e.getMessage()));
                return 1;
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = {"Shows the inbox folder and how many new photos wait there.",
            "Exit status: 0 an inbox is set, 1 none is set or its folder is not there."})
    static final class ShowInbox implements Callable<Integer> {
        @Mixin
        CommandEnv env;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = env.out();
            try (AppContext context = env.openContext()) {
                Optional<Path> folder = usableFolder(context.inbox(), env.err());
                if (folder.isEmpty()) {
                    return 1;
                }
                Inbox.Scan scan = context.inbox().takeNew();
                out.println(Messages.get("inbox.cli.set", folder.get()));
                out.println(Messages.get("inbox.cli.waiting", scan.ready().size()));
                if (scan.stillWriting() > 0) {
                    out.println(Messages.get("inbox.cli.writing", scan.stillWriting()));
                }
                return 0;
            }
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Imports the new photos in the inbox, as `import` does; photos already in the journal are skipped",
                    "without a word, and files still being written are waited for (up to a minute).",
                    "Exit status: 0 nothing rejected, 1 some file rejected or no inbox, 2 usage error."})
    static final class ImportNew implements Callable<Integer> {
        @Mixin
        CommandEnv env;
        @Mixin
        ImportCommand.Choices choices;

        @Override
        public Integer call() throws IOException, InterruptedException {
            PrintWriter out = env.out();
            PrintWriter err = env.err();
            try (AppContext context = env.openSession()) {
                if (usableFolder(context.inbox(), env.err()).isEmpty()) {
                    return 1;
                }
                List<Path> ready = new ArrayList<>();
                int writing = collect(context.inbox(), ready);
                ImportSummary summary = context.importer().importPaths(ready, choices.options(),
                        ImportCommand.printer(out, err), () -> false);
                if (writing > 0) {
                    err.println(Messages.get("inbox.cli.leftForLater", writing));
                }
                out.println(summary.line());
                out.flush();
                err.flush();
                return summary.rejected() > 0 ? 1 : 0;
            }
        }

        /** Scans until nothing is being written any more (or the wait is over); returns how many files still are. */
        private static int collect(Inbox inbox, List<Path> ready) throws IOException, InterruptedException {
            long deadline = System.nanoTime() + WAIT_FOR_WRITING.toNanos();
            while (true) {
                Inbox.Scan scan = inbox.takeNew();
                ready.addAll(scan.ready());
                if (scan.stillWriting() == 0 || System.nanoTime() > deadline) {
                    return scan.stillWriting();
                }
                Thread.sleep(inbox.settle().dividedBy(2).toMillis());
            }
        }
    }

    /** The inbox folder when set and there; else says why on stderr. */
    private static Optional<Path> usableFolder(Inbox inbox, PrintWriter err) {
        Optional<Path> folder = inbox.folder();
        if (folder.isEmpty()) {
            err.println(Messages.get("inbox.cli.notSet"));
        } else if (!Files.isDirectory(folder.get())) {
            err.println(Messages.get("inbox.cli.missing", folder.get()));
            return Optional.empty();
        }
        return folder;
    }
}
