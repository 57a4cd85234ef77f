package app.scalpjournal.cli;

import app.scalpjournal.context.AppContext;
import app.scalpjournal.journal.Problem;
import app.scalpjournal.journal.ValidationException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What a subcommand uses besides its own options, as a picocli mixin ({@code @Mixin CommandEnv env}):
 * the journal named on the root command, the output streams, usage errors, indented JSON and the
 * validator's refusals. It finds the root command through the spec, so no chain of parent fields.
 */
@Command
final class CommandEnv {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** The journal, wired, changing nothing (for commands that only read or check); close it when done. */
    AppContext openContext() {
        return root().openContext();
    }

    /** The journal opened for a session, as the window does; close it when done. */
    AppContext openSession() {
        return root().openSession();
    }

    /** The journal folder: --library, else the default. */
    Path libraryFolder() {
        return root().libraryFolder();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** A usage error (exit status 2) with this message. */
    CommandLine.ParameterException usageError(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** For a command that only groups others: "log needs a subcommand: add or list". */
    CommandLine.ParameterException missingSubcommand() {
        List<String> names = new ArrayList<>(spec.subcommands().keySet());
        String last = names.remove(names.size() - 1);
        return usageError(spec.name() + " needs a subcommand: " + (names.isEmpty() ? last : String.join(", ", names) + " or " + last));
    }

    /** Prints {@code value} as indented JSON. */
    void printJson(Object value) throws JsonProcessingException {
        out().println(Json.MAPPER.writeValueAsString(value));
    }

    /**
     * The object mapper, made on first use: picocli makes this mixin for every command while it builds
     * the command line, and a mapper costs hundreds of classes that only three commands need.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    /**
     * Prints the validator's problems, one line each naming its option ({@code option} maps a field to the
     * option's name, or to null for a problem of the whole input); returns exit status 1.
     */
    int refused(ValidationException e, UnaryOperator<String> option) {
        PrintWriter err = err();
        for (Problem p : e.problems()) {
            String name = p.field().equals("kind") ? null : option.apply(p.field());
            err.println(spec.qualifiedName(" ").substring(spec.root().name().length() + 1) + ": " + (name == null ? "" : "--" + name + ": ") + p.message());
        }
        err.flush();
        return 1;
    }

    private JournalCommand root() {
        return (JournalCommand) spec.root().userObject();
    }
}
