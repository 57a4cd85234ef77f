package app.scalpjournal.photo;

import app.scalpjournal.journal.Entry;
import app.scalpjournal.journal.EntryRepository;
import app.scalpjournal.library.Database;
import app.scalpjournal.library.LibraryException;
import app.scalpjournal.library.LibraryLayout;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BooleanSupplier;

/**
 * Imports photos: each file is checked (a decodable image within the pixel budget), copied into the
 * originals store under its SHA-256, given its thumbnail and preview, and only then recorded in the
 * journal, in one transaction with the entry of its day. Files run in parallel, one per core.
 */
public final class PhotoImporter {
    private final LibraryLayout layout;
    private final Database db;
    private final EntryRepository entries;
    private final PhotoRepository photos;
    private final OriginalStore store;
    private final PreviewCache cache;
    private final ExecutorService executor;
    private final Clock clock;
    private final int parallelism;

    public PhotoImporter(LibraryLayout layout, EntryRepository entries, PhotoRepository photos,
                         PreviewCache cache, ExecutorService executor, Clock clock) {
        this.layout = layout;
        this.db = photos.database();
        this.entries = entries;
        this.photos = photos;
        this.store = new OriginalStore(layout);
        this.cache = cache;
        this.executor = executor;
        this.clock = clock;
        this.parallelism = Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Walks files and folders (recursively) and imports every file found; blocks until done. The
     * listener is called from worker threads, one call at a time, in the order the files were found.
     * When {@code cancelled} turns true no further file is started; files already started finish, and
     * the summary lists only the files that were handled.
     */
    public ImportSummary importPaths(List<Path> paths, ImportOptions options, ImportListener listener, BooleanSupplier cancelled) {
        List<ImportWalker.Found> found = ImportWalker.walk(paths, layout);
        listener.started(found.size());
        ImportResult[] results = new ImportResult[found.size()];
        Batch batch = new Batch(found, results, options, listener, cancelled);
        // The calling thread works too, so the import finishes even when every pool thread is busy.
        for (int i = 1; i < parallelism; i++) {
            try {
                executor.execute(batch::drain);
            } catch (RejectedExecutionException e) {
                break;
            }
        }
        batch.drain();
        batch.awaitStarted();
        List<ImportResult> done = Arrays.stream(results).filter(Objects::nonNull).toList();
        return new ImportSummary(done, done.size() < found.size());
    }

    /** The shared state of one import: the next file to claim, and the entries whose note was added. */
    private final class Batch {
        private final List<ImportWalker.Found> found;
        private final ImportResult[] results;
        private final ImportOptions options;
        private final ImportListener listener;
        private final BooleanSupplier cancelled;
        private int next;
        private int finished;
        private int reported;
        private final Set<Long> notedEntries = ConcurrentHashMap.newKeySet();

        Batch(List<ImportWalker.Found> found, ImportResult[] results, ImportOptions options, ImportListener listener,
              BooleanSupplier cancelled) {
            this.found = found;
            this.results = results;
            this.options = options;
            this.listener = listener;
            this.cancelled = cancelled;
        }

        void drain() {
            while (!cancelled.getAsBoolean()) {
                int i;
                synchronized (this) {
                    if (next >= found.size()) {
                        return;
                    }
                    i = next++;
                }
                report(i, importOne(found.get(i), i, this));
            }
        }

        /** Tells the listener in the order the files were found, one call at a time. */
        private synchronized void report(int i, ImportResult result) {
            results[i] = result;
            finished++;
            notifyAll();
            while (reported < results.length && results[reported] != null) {
                listener.fileDone(results[reported], ++reported, found.size());
            }
        }

        /**
         * Waits until every earlier file is done, so rows are written in the order the files were
         * found: the first of two identical files is the one imported, whichever thread is faster.
         */
        synchronized void awaitTurn(int i) {
            boolean interrupted = false;
            while (reported < i) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        /** Waits for the files other threads claimed; threads that never started claim nothing. */
        synchronized void awaitStarted() {
            boolean interrupted = false;
            while (finished < next) {
                try {
                    wait(100);
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private ImportResult importOne(ImportWalker.Found found, int index, Batch batch) {
        Path source = found.path();
        if (found.rejectReason() != null) {
            return new ImportResult.Rejected(source, found.rejectReason());
        }
        if (found.livePhotoVideo()) {
            return new ImportResult.LivePhotoVideo(source);
        }
        try {
            return importFile(source, index, batch);
        } catch (ImageRejectedException e) {
            return new ImportResult.Rejected(source, e.getMessage());
        } catch (NoSuchFileException e) {
            return new ImportResult.Rejected(source, "disappeared during the import");
        } catch (AccessDeniedException e) {
            return new ImportResult.Rejected(source, "cannot be read (permission denied)");
        } catch (IOException e) {
            if (String.valueOf(e.getMessage()).contains("No space left")) {
                // Writing the copy failed, not reading the photo: say so, or the user looks for a broken file.
                return new ImportResult.Rejected(source, "could not be saved: the journal's disk is full (free some space and import it again)");
            }
            return new ImportResult.Rejected(source, "cannot be read (" + ImageDecoder.shortMessage(e) + ")");
        } catch (LibraryException e) {
            return new ImportResult.Rejected(source, "could not be saved (" + ImageDecoder.shortMessage(e) + ")");
        } catch (OutOfMemoryError e) {
            return new ImportResult.Rejected(source, "too large to decode in the available memory");
        } catch (RuntimeException e) {
            // A reader bug on a strange file must not end the whole import.
            return new ImportResult.Rejected(source, "cannot be decoded (" + ImageDecoder.shortMessage(e) + ")");
        }
    }

    private ImportResult importFile(Path source, int index, Batch batch) throws IOException {
        ImportOptions options = batch.options;
        if (!Files.isRegularFile(source)) {
            throw new ImageRejectedException("not a regular file, not read");
        }
        if (!Files.isReadable(source)) {
            throw new ImageRejectedException("cannot be read (permission denied)");
        }
        if (Files.size(source) == 0) {
            throw new ImageRejectedException("empty file (0 bytes)");
        }
        String heif = ImageDecoder.heifExtension(source);
        ImageDecoder.Probe probe = heif != null ? null : ImageDecoder.probe(source);
        ExifInfo exif = ExifInfo.read(source);
        Dated dated = date(source, exif, options);

        OriginalStore.Staged staged = store.stage(source);
        try {
            Optional<Photo> existing = photos.findBySha(staged.sha256());
            if (existing.isPresent()) {
                return new ImportResult.Duplicate(source, existing.get());
            }
            Pixels pixels = heif != null ? heifPixels(staged, heif) : pixels(staged, probe, exif.orientation());
            cache.store(staged.sha256(), pixels.decoded().image());
            store.commit(staged, pixels.ext());
            Photo draft = new Photo(0, 0, staged.sha256(), pixels.ext(), source.getFileName().toString(), staged.size(),
                    dated.takenAt(), dated.source(), pixels.width(), pixels.height(), pixels.orientation(), options.region(),
                    Instant.now(clock));
            batch.awaitTurn(index);
            return record(source, draft, options, batch.notedEntries, warning(dated, pixels.decoded()));
        } finally {
            store.discard(staged);
        }
    }

    /** A picture ready to store: extension, upright size, the orientation to apply to its decoded pixels, a preview-sized decode. */
    private record Pixels(String ext, int width, int height, int orientation, ImageDecoder.Decoded decoded) {
    }

    private static Pixels pixels(OriginalStore.Staged staged, ImageDecoder.Probe probe, int orientation) throws IOException {
        ImageDecoder.Decoded decoded = ImageDecoder.decode(staged.temp(), orientation, PreviewCache.PREVIEW_EDGE);
        boolean swap = ImageDecoder.swapsSides(orientation);
        return new Pixels(probe.ext(), swap ? probe.height() : probe.width(), swap ? probe.width() : probe.height(),
                orientation, decoded);
    }

    /**
     * HEIC through the converter, whose pixels come out upright: the stored orientation is 1, so the
     * EXIF tag (kept in the original, byte for byte) is never applied a second time.
     */
    private Pixels heifPixels(OriginalStore.Staged staged, String ext) throws IOException {
        HeifDecoder.Converted converted = HeifDecoder.decode(staged.temp(), store.newTemp(".jpg"), PreviewCache.PREVIEW_EDGE);
        return new Pixels(ext, converted.width(), converted.height(), 1, converted.decoded());
    }

    /** Inserts the row with its entry in one transaction; another thread may have stored the same bytes first. */
    private ImportResult record(Path source, Photo draft, ImportOptions options, Set<Long> notedEntries, String warning) {
        return db.transaction(c -> {
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
        });
    }

    private record Dated(TakenAt takenAt, DateSource source) {
    }

    /** The user's one date, else the camera's, else the file's modification time. */
    private Dated date(Path source, ExifInfo exif, ImportOptions options) throws IOException {
        if (options.fixedDate() != null) {
            return new Dated(TakenAt.of(options.fixedDate().atStartOfDay()), DateSource.MANUAL);
        }
        if (exif.takenAt().isPresent()) {
            return new Dated(exif.takenAt().get(), DateSource.EXIF);
        }
        Instant modified = Files.getLastModifiedTime(source).toInstant();
        LocalDateTime local = LocalDateTime.ofInstant(modified, clock.getZone());
        if (modified.getEpochSecond() <= 0 || local.getYear() < 1900) {
            throw new ImageRejectedException("has no usable date (no camera date, file time " + local.toLocalDate()
                    + "); import it with one date chosen (--date YYYY-MM-DD)");
        }
        return new Dated(new TakenAt(local, clock.getZone().getRules().getOffset(modified)), DateSource.FILE);
    }

    private String warning(Dated dated, ImageDecoder.Decoded decoded) {
        List<String> parts = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (dated.takenAt().date().isAfter(today)) {
            parts.add("its date " + dated.takenAt().date() + " is in the future (check the camera clock); kept as is");
        }
        if (!decoded.warnings().isEmpty()) {
            parts.add("the image data looks incomplete or damaged (" + decoded.warnings().get(0)
                    + "); imported what could be decoded");
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }
}
