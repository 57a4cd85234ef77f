package app.scalpjournal.journal;

import java.util.List;

/** Input that was not stored, with every reason; the message is one line fit for a dialog or stderr. */
public class ValidationException extends RuntimeException {
    private final transient List<Problem> problems;

    public ValidationException(List<Problem> problems) {
        super(String.join("; ", problems.stream().map(Problem::message).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
