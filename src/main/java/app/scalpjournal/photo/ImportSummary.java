package app.scalpjournal.photo;

import app.scalpjournal.text.Messages;
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

    /** Live Photo videos skipped beside their stills. */
    public long livePhotoVideos() {
        return results.stream().filter(r -> r instanceof ImportResult.LivePhotoVideo).count();
    }

    /** One line: "3 imported, 1 duplicate, 0 rejected", then ", 2 Live Photo videos skipped" when there were any. */
    public String line() {
        String videos = livePhotoVideos() == 0 ? "" : Messages.get("import.summary.livePhotoVideos", livePhotoVideos());
        return imported() + " imported, " + duplicates() + (duplicates() == 1 ? " duplicate, " : " duplicates, ")
                + rejected() + " rejected" + videos + (cancelled ? " (cancelled)" : "");
    }
}
