package app.scalpjournal.photo;

import app.scalpjournal.journal.Days;
import app.scalpjournal.journal.EntryRepository;
import app.scalpjournal.library.JournalGeneration;
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
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BooleanSupplier;

/**
 * Imports photos: each file is checked (a decodable image within the pixel budget), copied into the
 * originals store under its SHA-256, given its thumbnail and preview, and only then recorded in the
 * journal with the entry of its day. Files run in parallel, one per core; rows are written in
 * batches, one transaction each.
 */
public final class PhotoImporter {
    private final LibraryLayout layout;
    private final PhotoRepository photos;
    private final ImportRows rows;
    private final OriginalStore store;
    private final PreviewCache cache;
    private final ExecutorService executor;
    private final Clock clock;
    private final int parallelism;
    /** Rows are written in one transaction for up to this many photos (the first batches are smaller, so progress shows at once)... */
    private static final int BATCH_PHOTOS = 64;
    /** ...or for what is ready after this long, so progress keeps moving through large photos. */
    private static final long BATCH_NANOS = 500_000_000L;

    public PhotoImporter(LibraryLayout layout, EntryRepository entries, PhotoRepository photos,
                         PreviewCache cache, ExecutorService executor, Clock clock) {
        this.layout = layout;
        this.photos = photos;
        this.store = new OriginalStore(layout);
        this.rows = new ImportRows(entries, photos, store);
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
        Batch batch = new Batch(found, options, listener, cancelled);
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
        batch.flush();
        List<ImportResult> done = Arrays.stream(batch.results).filter(Objects::nonNull).toList();
        return new ImportSummary(done, done.size() < found.size());
    }

    /**
     * The shared state of one import. Files are worked on in parallel, but their rows are written in
     * the order the files were found (so the first of two identical files is the one imported),
     * several photos per transaction: a photo's fixed costs (a commit and its fsync, a folder sync)
     * are paid once per batch instead of once per photo.
     */
    private final class Batch {
        private final List<ImportWalker.Found> found;
        private final ImportResult[] results;
        private final ImportRows.Step[] steps;
        private final ImportOptions options;
        private final ImportListener listener;
        private final BooleanSupplier cancelled;
        private final List<Integer> pending = new ArrayList<>();
        private final Set<Long> notedEntries = new HashSet<>();
        private long pendingSince;
        private int batchSize = 1;
        private int next;
        private int finished;
        private int queued;
        private int reported;
        /** Batches handed out for writing, and batches written: a batch waits until all before it are written. */
        private long taken;
        private long written;

        Batch(List<ImportWalker.Found> found, ImportOptions options, ImportListener listener, BooleanSupplier cancelled) {
            this.found = found;
            this.results = new ImportResult[found.size()];
            this.steps = new ImportRows.Step[found.size()];
            this.options = options;
            this.listener = listener;
            this.cancelled = cancelled;
        }

        void drain() {
            ReusedPixels reused = new ReusedPixels();
            while (!cancelled.getAsBoolean()) {
                int i;
                synchronized (this) {
                    if (next >= found.size()) {
                        return;
                    }
                    i = next++;
                }
                arrive(i, importOne(found.get(i), options, reused));
            }
        }

        /**
         * Queues files in the order they were found; writes a batch when it is full or has waited
         * long enough. The writing (flushes to disk, one transaction) happens outside this lock, so
         * the other workers go on decoding meanwhile instead of waiting for the disk.
         */
        private void arrive(int i, ImportRows.Step step) {
            List<Integer> batch;
            long ticket;
            synchronized (this) {
                steps[i] = step;
                finished++;
                notifyAll();
                while (queued < steps.length && steps[queued] != null) {
                    if (pending.isEmpty()) {
                        pendingSince = System.nanoTime();
                    }
                    pending.add(queued++);
                }
                if (pending.isEmpty() || pending.size() < batchSize && System.nanoTime() - pendingSince < BATCH_NANOS) {
                    return;
                }
                batch = List.copyOf(pending);
                pending.clear();
                batchSize = Math.min(BATCH_PHOTOS, 2 * batchSize);
                ticket = taken++;
            }
            write(batch, ticket);
        }

        /** Writes what is still queued, after every batch taken before it; returns when all are written. */
        void flush() {
            List<Integer> batch;
            long ticket;
            synchronized (this) {
                batch = List.copyOf(pending);
                pending.clear();
                ticket = taken++;
            }
            write(batch, ticket);
        }

        /**
         * Writes a batch's photos (originals in place, then rows) and tells the listener about each
         * of its files, in order. Batches are written one at a time, in the order they were taken.
         */
        private void write(List<Integer> batch, long ticket) {
            List<ImportRows.Step> ready;
            synchronized (this) {
                awaitTurn(ticket);
                ready = batch.stream().map(i -> steps[i]).filter(ImportRows.Step::ready).toList();
            }
            try {
                Iterator<ImportResult> recorded = rows.write(ready, options, notedEntries).iterator();
                if (!ready.isEmpty()) {
                    JournalGeneration.publish(photos.database(), layout);
                }
                synchronized (this) {
                    for (int i : batch) {
                        results[i] = steps[i].ready() ? recorded.next() : steps[i].result();
                        steps[i] = null;
                        listener.fileDone(results[i], ++reported, found.size());
                    }
                }
            } finally {
                synchronized (this) {
                    written++;
                    notifyAll();
                }
            }
        }

        /** Waits, holding this lock, until every batch taken before {@code ticket} is written. */
        private void awaitTurn(long ticket) {
            boolean interrupted = false;
            while (written < ticket) {
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

    private ImportRows.Step importOne(ImportWalker.Found found, ImportOptions options, ReusedPixels reused) {
        Path source = found.path();
        if (found.rejectReason() != null) {
            return ImportRows.Step.done(new ImportResult.Rejected(source, found.rejectReason()));
        }
        if (found.livePhotoVideo()) {
            return ImportRows.Step.done(new ImportResult.LivePhotoVideo(source));
        }
        try {
            return importFile(source, options, reused);
        } catch (ImageRejectedException e) {
            return rejected(source, e.getMessage());
        } catch (NoSuchFileException e) {
            return rejected(source, "disappeared during the import");
        } catch (AccessDeniedException e) {
            return rejected(source, "cannot be read (permission denied)");
        } catch (IOException e) {
            if (String.valueOf(e.getMessage()).contains("No space left")) {
                return rejected(source, ImportRows.unsavedReason(e));
            }
            return rejected(source, "cannot be read (" + ImageDecoder.shortMessage(e) + ")");
        } catch (LibraryException e) {
            return rejected(source, "could not be saved (" + ImageDecoder.shortMessage(e) + ")");
        } catch (OutOfMemoryError e) {
            return rejected(source, "too large to decode in the available memory");
        } catch (RuntimeException e) {
            // A reader bug on a strange file must not end the whole import.
            return rejected(source, "cannot be decoded (" + ImageDecoder.shortMessage(e) + ")");
        }
    }

    private static ImportRows.Step rejected(Path source, String reason) {
        return ImportRows.Step.done(new ImportResult.Rejected(source, reason));
    }

    private ImportRows.Step importFile(Path source, ImportOptions options, ReusedPixels reused) throws IOException {
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
        boolean handedOver = false;
        try {
            Optional<Photo> existing = photos.findBySha(staged.sha256());
            if (existing.isPresent()) {
                return ImportRows.Step.done(new ImportResult.Duplicate(source, existing.get()));
            }
            Pixels pixels = heif != null ? heifPixels(staged, heif) : pixels(staged, probe, exif.orientation(), reused);
            ImageDecoder.requireWhole(pixels.decoded());
            cache.store(staged.sha256(), pixels.decoded().image());
            Photo draft = new Photo(0, 0, staged.sha256(), pixels.ext(), source.getFileName().toString(), staged.size(),
                    dated.takenAt(), dated.source(), pixels.width(), pixels.height(), pixels.orientation(), options.region(),
                    Instant.now(clock));
            handedOver = true;
            return new ImportRows.Step(source, null, draft, warning(dated), new OriginalStore.Placement(staged, pixels.ext()));
        } finally {
            if (!handedOver) {
                store.discard(staged);
            }
        }
    }

    /** A picture ready to store: extension, upright size, the orientation to apply to its decoded pixels, a preview-sized decode. */
    private record Pixels(String ext, int width, int height, int orientation, ImageDecoder.Decoded decoded) {
    }

    private static Pixels pixels(OriginalStore.Staged staged, ImageDecoder.Probe probe, int orientation, ReusedPixels reused)
            throws IOException {
        ImageDecoder.Decoded decoded = ImageDecoder.decode(staged.temp(), orientation, PreviewCache.PREVIEW_EDGE, reused);
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

    private record Dated(TakenAt takenAt, DateSource source) {
    }

    /** The user's one date, else the camera's, else the file's modification time. */
    private Dated date(Path source, ExifInfo exif, ImportOptions options) throws IOException {
        if (options.fixedDate() != null) {
            if (!Days.accepted(options.fixedDate())) {
                throw new ImageRejectedException(Days.outOfRange(options.fixedDate()));
            }
            return new Dated(TakenAt.of(options.fixedDate().atStartOfDay()), DateSource.MANUAL);
        }
        if (exif.takenAt().isPresent()) {
            if (!Days.accepted(exif.takenAt().get().date())) {
                throw new ImageRejectedException("its camera date: " + Days.outOfRange(exif.takenAt().get().date())
                        + "; import it with one date chosen (--date YYYY-MM-DD)");
            }
            return new Dated(exif.takenAt().get(), DateSource.EXIF);
        }
        Instant modified = Files.getLastModifiedTime(source).toInstant();
        LocalDateTime local = LocalDateTime.ofInstant(modified, clock.getZone());
        if (modified.getEpochSecond() <= 0 || !Days.accepted(local.toLocalDate())) {
            throw new ImageRejectedException("has no usable date (no camera date, file time " + local.toLocalDate()
                    + "); import it with one date chosen (--date YYYY-MM-DD)");
        }
        return new Dated(new TakenAt(local, clock.getZone().getRules().getOffset(modified)), DateSource.FILE);
    }

    private String warning(Dated dated) {
        LocalDate today = LocalDate.now(clock);
        if (dated.takenAt().date().isAfter(today)) {
            return "its date " + dated.takenAt().date() + " is in the future (check the camera clock); kept as is";
        }
        return null;
    }
}
