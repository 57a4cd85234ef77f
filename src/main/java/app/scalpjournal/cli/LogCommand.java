package app.scalpjournal.cli;

import app.scalpjournal.context.AppContext;
import app.scalpjournal.journal.LogDraft;
import app.scalpjournal.journal.LogField;
import app.scalpjournal.journal.LogItem;
import app.scalpjournal.journal.LogKind;
import app.scalpjournal.journal.SideEffect;
import app.scalpjournal.journal.ValidationException;
import app.scalpjournal.text.Messages;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code log add} and {@code log list}: the treatment and routine log, with the same checks as the window. */
@Command(name = "log", mixinStandardHelpOptions = true,
        description = "Add to or list the log of what you did (massage, microneedling, SMP, products, ...).",
        subcommands = {LogCommand.Add.class, LogCommand.ListItems.class})
public final class LogCommand implements Callable<Integer> {
    @Mixin
    CommandEnv env;

    @Override
    public Integer call() {
        throw env.missingSubcommand();
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Log one item on a day. Only --date and --kind are required; a detail the kind does not record is refused.")
    static final class Add implements Callable<Integer> {
        @Mixin
        CommandEnv env;

        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "The day.")
        String date;

        @Option(names = "--kind", required = true, paramLabel = "KIND", converter = Converters.Kind.class,
                description = "massage, microneedling, smp, topical, oral, in-clinic or other.")
        LogKind kind;

        @Option(names = "--minutes", description = "massage: minutes") String minutes;
        @Option(names = "--device", description = "massage, microneedling: the device (leave out for by hand)") String device;
        @Option(names = "--needle-mm", paramLabel = "MM", description = "microneedling: needle length in millimetres, e.g. 0.5") String needleMm;
        @Option(names = "--area", description = "microneedling, smp: the area treated") String area;
        @Option(names = "--applied-after", paramLabel = "TEXT", description = "microneedling: what was applied after") String appliedAfter;
        @Option(names = "--aftercare", paramLabel = "TEXT", description = "microneedling, smp: aftercare notes") String aftercare;
        @Option(names = "--session", paramLabel = "N", description = "smp: session number") String session;
        @Option(names = "--clinic", description = "smp, in-clinic: clinic or practitioner") String clinic;
        @Option(names = "--name", description = "topical, oral, in-clinic, other: product, medication or treatment name") String name;
        @Option(names = "--strength", description = "topical: strength as written on the product") String strength;
        @Option(names = "--amount", description = "topical: amount used") String amount;
        @Option(names = "--times-per-day", paramLabel = "N", description = "topical: times per day") String timesPerDay;
        @Option(names = "--dose", description = "oral: dose as prescribed or labelled") String dose;
        @Option(names = "--frequency", description = "oral: how often") String frequency;

        @Option(names = "--side-effect", paramLabel = "EFFECT", converter = Converters.Effect.class,
                description = "Something you noticed (repeatable): redness, swelling, itching, pain, shedding, other.")
        List<SideEffect> sideEffects = new ArrayList<>();

        @Option(names = "--side-effect-note", paramLabel = "TEXT", description = "More about the side effects.")
        String sideEffectNote;

        @Option(names = "--note", paramLabel = "TEXT", description = "A free note.")
        String note;

        @Override
        public Integer call() {
            Map<LogField, String> values = new EnumMap<>(LogField.class);
            put(values, LogField.MINUTES, minutes);
            put(values, LogField.DEVICE, device);
            put(values, LogField.NEEDLE_MM, needleMm);
            put(values, LogField.AREA, area);
            put(values, LogField.APPLIED_AFTER, appliedAfter);
            put(values, LogField.AFTERCARE, aftercare);
            put(values, LogField.SESSION, session);
            put(values, LogField.CLINIC, clinic);
            put(values, LogField.NAME, name);
            put(values, LogField.STRENGTH, strength);
            put(values, LogField.AMOUNT, amount);
            put(values, LogField.TIMES_PER_DAY, timesPerDay);
            put(values, LogField.DOSE, dose);
            put(values, LogField.FREQUENCY, frequency);
            LogDraft draft = new LogDraft(date, kind, values,
                    sideEffects.isEmpty() ? EnumSet.noneOf(SideEffect.class) : EnumSet.copyOf(sideEffects), sideEffectNote, note);
            PrintWriter out = env.out();
            try (AppContext ctx = env.openSession()) {
                LogItem item = ctx.log().add(ctx.validator().check(draft));
                out.println(Messages.get("cli.log.added", String.valueOf(item.id()), String.valueOf(item.date()), item.summary()));
                out.flush();
                return 0;
            } catch (ValidationException e) {
                return env.refused(e, field -> field.equals("date") ? null : field);
            }
        }

        private static void put(Map<LogField, String> values, LogField field, String value) {
            if (value != null) {
                values.put(field, value);
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List logged items, oldest first.")
    static final class ListItems implements Callable<Integer> {
        @Mixin
        CommandEnv env;

        @Mixin
        DateRange days;

        @Option(names = "--kind", paramLabel = "KIND", converter = Converters.Kind.class, description = "Only items of this kind.")
        LogKind kind;

        @Option(names = "--json", description = "Print a JSON array instead of lines.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            days.check();
            PrintWriter out = env.out();
            try (AppContext ctx = env.openSession()) {
                List<LogItem> items = ctx.log().list(days.from, days.to, kind);
                if (json) {
                    env.printJson(items.stream().map(LogJson::item).toList());
                } else {
                    for (LogItem item : items) {
                        out.println(item.date() + "  #" + item.id() + "  " + item.kind().id() + "  " + item.summary());
                    }
                }
            }
            out.flush();
            return 0;
        }
    }
}
