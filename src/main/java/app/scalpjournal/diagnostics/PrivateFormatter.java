package app.scalpjournal.diagnostics;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * One line per record: time, level, logger and the app's own wording; for an exception its type and
 * stack frames, never its message. Messages can carry what the user typed (a note, a product name)
 * or a file's content, and the log must hold neither; the dialog's "Copy details" has the full text.
 */
final class PrivateFormatter extends Formatter {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneId.systemDefault());
    private static final int MAX_CAUSES = 5;

    @Override
    public String format(LogRecord record) {
        StringBuilder out = new StringBuilder(200);
        out.append(TIME.format(Instant.ofEpochMilli(record.getMillis()))).append(' ').append(record.getLevel().getName())
                .append(' ').append(record.getLoggerName()).append(": ").append(formatMessage(record)).append('\n');
        Throwable t = record.getThrown();
        for (int depth = 0; t != null && depth < MAX_CAUSES; depth++, t = t.getCause()) {
            out.append(depth == 0 ? "  " : "  caused by ").append(t.getClass().getName()).append('\n');
            for (StackTraceElement frame : t.getStackTrace()) {
                out.append("    at ").append(frame).append('\n');
            }
        }
        return out.toString();
    }
}
