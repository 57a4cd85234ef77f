package app.scalpjournal.journal;

/** A routine as typed, before {@link LogValidator} checks it; dates are text like 2026-03-01, the stop date may be blank. */
public record RoutineDraft(LogKind kind, String name, String details, String startedOn, String stoppedOn, String frequency) {
}
