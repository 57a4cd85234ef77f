package app.scalpjournal.library;

/** Progress of a long backup, restore or export: {@code done} of {@code total} steps. Called from the working thread. */
@FunctionalInterface
public interface Progress {
    void update(long done, long total);

    Progress NONE = (done, total) -> { };
}
