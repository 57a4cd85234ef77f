package app.scalpjournal.cli;

import app.scalpjournal.context.AppContext;
import app.scalpjournal.journal.LogKind;
import app.scalpjournal.journal.Routine;
import app.scalpjournal.journal.RoutineDraft;
import app.scalpjournal.journal.ValidationException;
import app.scalpjournal.text.Messages;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code routine add|list|stop}: the Routines window's jobs, with the same checks ({@code LogValidator}). */
@Command(name = "routine", mixinStandardHelpOptions = true,
        description = "Start, list or stop routines: things you keep doing without logging each time.",
        subcommands = {RoutineCommand.Add.class, RoutineCommand.ListRoutines.class, RoutineCommand.Stop.class})
public final class RoutineCommand implements Callable<Integer> {
    @Mixin
    CommandEnv env;

    @Override
    public Integer call() {
        throw env.missingSubcommand();
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Start a routine. Exit status: 0 added, 1 refused (one line per problem), 2 usage error.")
    static final class Add implements Callable<Integer> {
        @Mixin
        CommandEnv env;

        @Option(names = "--kind", required = true, paramLabel = "KIND", converter = Converters.Kind.class,
                description = "massage, microneedling, smp, topical, oral, in-clinic or other.")
        LogKind kind;

        @Option(names = "--name", required = true, paramLabel = "TEXT", description = "What it is, e.g. \"Evening massage\".")
        String name;

        @Option(names = "--details", paramLabel = "TEXT", description = "Product, dose, device, ...")
        String details;

        @Option(names = "--started", required = true, paramLabel = "YYYY-MM-DD", description = "The day it started.")
        String started;

        @Option(names = "--stopped", paramLabel = "YYYY-MM-DD", description = "The day it stopped (leave out while it runs).")
        String stopped;

        @Option(names = "--frequency", paramLabel = "TEXT", description = "How often, in your words: daily, twice a week, every 4-6 weeks.")
        String frequency;

        @Override
        public Integer call() {
            PrintWriter out = env.out();
            try (AppContext context = env.openSession()) {
                Routine added = context.routines().add(context.validator().check(
                        new RoutineDraft(kind, name, details, started, stopped == null ? "" : stopped, frequency)));
                out.println(Messages.get("cli.routine.added", String.valueOf(added.id()), added.summary()));
                out.flush();
                return 0;
            } catch (ValidationException e) {
                return env.refused(e, UnaryOperator.identity());
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List every routine, the latest started first.")
    static final class ListRoutines implements Callable<Integer> {
        @Mixin
        CommandEnv env;

        @Option(names = "--json", description = "Print a JSON array of the routines (the shape of list --json's routines_active).")
        boolean json;

        @Override
        public Integer call() throws Exception {
            List<Routine> routines;
            try (AppContext context = env.openContext()) {
                routines = context.routines().listAll();
            }
            PrintWriter out = env.out();
            if (json) {
                env.printJson(routines.stream().map(LogJson::routine).toList());
            } else if (routines.isEmpty()) {
                out.println(Messages.get("cli.routine.none"));
            } else {
                routines.forEach(r -> out.println("#" + r.id() + "  " + r.kind().id() + "  " + r.summary()
                        + (r.details().isBlank() ? "" : "  " + r.details())));
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "stop", mixinStandardHelpOptions = true,
            description = "Stop a running routine (it stays in the journal). Exit status: 0 stopped, 1 refused, 2 usage error.")
    static final class Stop implements Callable<Integer> {
        @Mixin
        CommandEnv env;

        @Parameters(paramLabel = "ID", description = "The routine's number, as routine list shows it.")
        long id;

        @Option(names = "--on", paramLabel = "YYYY-MM-DD", description = "The last day it ran (default: today).")
        String on;

        @Override
        public Integer call() {
            PrintWriter out = env.out();
            PrintWriter err = env.err();
            try (AppContext context = env.openSession()) {
                Optional<Routine> found = context.routines().find(id);
                if (found.isEmpty()) {
                    err.println(Messages.get("cli.routine.stop.unknown", String.valueOf(id)));
                    err.flush();
                    return 1;
                }
                Routine r = found.get();
                String day = on != null ? on : LocalDate.now(context.clock()).toString();
                Routine checked = context.validator().check(new RoutineDraft(r.kind(), r.name(), r.details(),
                        r.startedOn().toString(), day, r.frequency().text()));
                Routine stopped = context.routines().update(id, checked);
                out.println(Messages.get("cli.routine.stopped", String.valueOf(id), stopped.summary()));
                out.flush();
                return 0;
            } catch (ValidationException e) {
                return env.refused(e, field -> field.equals("stopped") ? "on" : field);
            }
        }
    }
}
