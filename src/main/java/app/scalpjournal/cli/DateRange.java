package app.scalpjournal.cli;

import java.time.LocalDate;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --from} and {@code --to}, both included, as a picocli mixin: the same options and check wherever days are filtered. */
final class DateRange {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = Converters.Day.class, description = "First day (included).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = Converters.Day.class, description = "Last day (included).")
    LocalDate to;

    /** Refuses {@code --to} before {@code --from} as a usage error. */
    void check() {
        if (from != null && to != null && to.isBefore(from)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--to " + to + " is before --from " + from);
        }
    }
}
