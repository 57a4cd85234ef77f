package app.scalpjournal.photo;

import java.util.List;

/** Every file's result, in the order the files were found, and whether the user cancelled. */
public record ImportSummary(List<ImportResult> results, boolean cancelled) {
    public long imported() {
        return results.stream().filter(r -> r instanceof ImportResult.Imported).count();
    }

    public long duplicates() {
        return results.stream().filter(r -> r instanceof ImportResult.Duplicate).count();
    }

    public long rejected() {
        return results.stream().filter(r -> r instanceof ImportResult.Rejected).count();
    }

    /** One line: "3 imported, 1 duplicate, 0 rejected". */
    public String line() {
        return imported() + " imported, " + duplicates() + (duplicates() == 1 ? " duplicate, " : " duplicates, ")
                + rejected() + " rejected" + (cancelled ? " (cancelled)" : "");
    }
}
