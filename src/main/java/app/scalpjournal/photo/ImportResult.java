package app.scalpjournal.photo;

import java.nio.file.Path;

/** What became of one file: imported as a new photo, a duplicate of one already stored, rejected with a reason,
 * or skipped as a Live Photo's video. */
public sealed interface ImportResult {
    Path source();

    record Imported(Path source, Photo photo, String warning) implements ImportResult {
    }

    record Duplicate(Path source, Photo existing) implements ImportResult {
    }

    record Rejected(Path source, String reason) implements ImportResult {
    }

    /** The video half of a Live Photo, skipped without a word (its still is imported). */
    record LivePhotoVideo(Path source) implements ImportResult {
    }
}
