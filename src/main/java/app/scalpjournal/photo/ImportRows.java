package app.scalpjournal.photo;

import app.scalpjournal.journal.Entry;
import app.scalpjournal.journal.EntryRepository;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Writes an import's batches: the originals durably in place first, then their rows in one transaction. */
final class ImportRows {
    private final EntryRepository entries;
    private final PhotoRepository photos;
    private final OriginalStore store;

    ImportRows(EntryRepository entries, PhotoRepository photos, OriginalStore store) {
        this.entries = entries;
        this.photos = photos;
        this.store = store;
    }

    /**
     * A file handled up to its row: either a final result (rejected, or already in the journal), or a
     * photo whose original is in place and whose row is still to be written.
     */
    record Step(Path source, ImportResult result, Photo draft, String warning, OriginalStore.Placement copy) {
        static Step done(ImportResult result) {
            return new Step(result.source(), result, null, null, null);
        }

        boolean ready() {
            return draft != null;
        }
    }

    /**
     * Puts the batch's originals in place (flushed, renamed, folders synced), then inserts their rows
     * with their entries in one transaction. When that fails nothing of the batch is written; the
     * originals already in place stay (the photos are the truth) and each file says why.
     */
    List<ImportResult> write(List<Step> ready, ImportOptions options, Set<Long> notedEntries) {
        List<IOException> unsaved = store.commitAll(ready.stream().map(Step::copy).toList());
        List<Step> placed = new ArrayList<>();
        for (int i = 0; i < ready.size(); i++) {
            if (unsaved.get(i) == null) {
                placed.add(ready.get(i));
            }
        }
        Map<Step, ImportResult> written = new IdentityHashMap<>();
        Set<Long> notedBefore = new HashSet<>(notedEntries);
        try {
            if (!placed.isEmpty()) {
                photos.database().transaction(c -> {
                    for (Step step : placed) {
                        written.put(step, recordOne(step.source(), step.draft(), options, notedEntries, step.warning()));
                    }
                    return null;
                });
            }
        } catch (RuntimeException e) {
            notedEntries.retainAll(notedBefore);
            String reason = "could not be saved (" + ImageDecoder.shortMessage(e) + ")";
            placed.forEach(step -> written.put(step, new ImportResult.Rejected(step.source(), reason)));
        }
        List<ImportResult> out = new ArrayList<>();
        for (int i = 0; i < ready.size(); i++) {
            IOException e = unsaved.get(i);
            out.add(e == null ? written.get(ready.get(i)) : new ImportResult.Rejected(ready.get(i).source(), unsavedReason(e)));
        }
        return out;
    }

    /** Why a copy could not be written: a full disk is said plainly, or the user looks for a broken photo. */
    static String unsavedReason(IOException e) {
        return String.valueOf(e.getMessage()).contains("No space left")
                ? "could not be saved: the journal's disk is full (free some space and import it again)"
                : "could not be saved (" + ImageDecoder.shortMessage(e) + ")";
    }

    /** Inserts one row with its entry; an earlier file (or another import) may have stored the same bytes first. */
    private ImportResult recordOne(Path source, Photo draft, ImportOptions options, Set<Long> notedEntries, String warning) {
        Optional<Photo> hidden = Optional.empty();
        Optional<Photo> any = photos.findAnyBySha(draft.sha256());
        if (any.isPresent()) {
            Optional<Photo> visible = photos.findBySha(draft.sha256());
            if (visible.isPresent()) {
                return new ImportResult.Duplicate(source, visible.get());
            }
            hidden = any;
        }
        // The same bytes sit in a deleted photo that can still be undone: importing them again wins.
        hidden.ifPresent(p -> photos.deleteRow(p.id()));
        Entry entry = entries.findOrCreate(draft.takenAt().date());
        if (!options.note().isBlank() && notedEntries.add(entry.id())) {
            entries.appendNote(entry.id(), options.note());
        }
        Photo stored = photos.insert(new Photo(0, entry.id(), draft.sha256(), draft.ext(), draft.originalName(),
                draft.byteSize(), draft.takenAt(), draft.dateSource(), draft.width(), draft.height(),
                draft.orientation(), draft.region(), draft.importedAt()));
        return new ImportResult.Imported(source, stored, warning);
    }
}
