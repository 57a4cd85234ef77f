package app.scalpjournal.journal;

import java.util.Map;
import java.util.Set;

/** A log item as typed in the window or on the command line, before {@link LogValidator} checks it. */
public record LogDraft(String date, LogKind kind, Map<LogField, String> values, Set<SideEffect> sideEffects,
                       String sideEffectNote, String note) {
}
