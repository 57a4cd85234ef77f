package app.scalpjournal.photo;

import app.scalpjournal.journal.Entry;
import app.scalpjournal.journal.EntryRepository;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Writes an import's rows, a batch of photos per transaction, once their originals are durably in place. */
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
    record Step(Path source, ImportResult result, Photo draft, String warning, Path folder) {
        static Step done(ImportResult result) {
            return new Step(result.source(), result, null, null, null);
        }

        boolean ready() {
            return draft != null;
        }
    }

    /**
     * Makes the batch's renames durable, then inserts its rows with their entries in one
     * transaction. When that fails nothing of the batch is written; the originals already in place
     * stay (the photos are the truth) and each file says why.
     */
    List<ImportResult> write(List<Step> ready, ImportOptions options, Set<Long> notedEntries) {
        if (ready.isEmpty()) {
            return List.of();
        }
        store.sync(ready.stream().map(Step::folder).collect(Collectors.toSet()));
        Set<Long> notedBefore = new HashSet<>(notedEntries);
        try {
            return photos.database().transaction(c -> {
                List<ImportResult> out = new ArrayList<>();
                for (Step step : ready) {
                    out.add(recordOne(step.source(), step.draft(), options, notedEntries, step.warning()));
                }
                return out;
            });
        } catch (RuntimeException e) {
            notedEntries.retainAll(notedBefore);
            String reason = "could not be saved (" + ImageDecoder.shortMessage(e) + ")";
            return ready.stream().<ImportResult>map(s -> new ImportResult.Rejected(s.source(), reason)).toList();
        }
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
