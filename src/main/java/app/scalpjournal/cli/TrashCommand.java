package app.scalpjournal.cli;

import app.scalpjournal.context.AppContext;
import app.scalpjournal.photo.Trash;
import app.scalpjournal.text.Messages;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code trash list|restore|empty}: deleted entries and photos, kept 30 days unless emptied. */
@Command(name = "trash", mixinStandardHelpOptions = true,
        description = {"Deleted entries and photos stay in the trash for 30 days, then go for good (originals included).",
                "Exit status: 0 done, 1 nothing to restore with that id."},
        subcommands = {TrashCommand.ListItems.class, TrashCommand.Restore.class, TrashCommand.Empty.class})
public final class TrashCommand {
    @Command(name = "list", mixinStandardHelpOptions = true, description = "What is in the trash, most recently deleted first.")
    static final class ListItems implements Callable<Integer> {
        @Mixin
        CommandEnv env;

        @Override
        public Integer call() {
            PrintWriter out = env.out();
            try (AppContext context = env.openSession()) {
                List<Trash.Item> items = context.trash().list();
                for (Trash.Item item : items) {
                    out.println(line(item));
                }
                out.println(Messages.get("trash.count", items.size()));
                out.flush();
            }
            return 0;
        }

        private static String line(Trash.Item item) {
            String until = item.expiresAt().atZone(ZoneId.systemDefault()).toLocalDate().toString();
            return item.kind() == Trash.Kind.ENTRY
                    ? Messages.get("trash.line.entry", String.valueOf(item.id()), item.date().toString(), item.photos(), item.name(), until)
                    : Messages.get("trash.line.photo", String.valueOf(item.id()), item.date().toString(), item.name(), until);
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true, description = "Brings an entry (with its photos) or a photo back.")
    static final class Restore implements Callable<Integer> {
        @Mixin
        CommandEnv env;

        @Parameters(index = "0", paramLabel = "KIND", description = "entry or photo")
        String kind;

        @Parameters(index = "1", paramLabel = "ID", description = "The number `trash list` shows.")
        long id;

        @Override
        public Integer call() {
            Trash.Kind which;
            try {
                which = Trash.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw env.usageError(Messages.get("trash.badKind", kind));
            }
            try (AppContext context = env.openSession()) {
                boolean done = context.trash().restore(which, id);
                PrintWriter stream = done ? env.out() : env.err();
                stream.println(Messages.get(done ? "trash.restored" : "trash.notThere", kind, String.valueOf(id)));
                stream.flush();
                return done ? 0 : 1;
            }
        }
    }

    @Command(name = "empty", mixinStandardHelpOptions = true, description = "Removes everything in the trash for good, originals included.")
    static final class Empty implements Callable<Integer> {
        @Mixin
        CommandEnv env;

        @Override
        public Integer call() {
            try (AppContext context = env.openSession()) {
                int photos = context.trash().empty();
                env.out().println(Messages.get("trash.emptied", photos));
                env.out().flush();
            }
            return 0;
        }
    }
}
