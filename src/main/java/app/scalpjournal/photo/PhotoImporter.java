package app.scalpjournal.photo;

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
import java.util.List;
import java.util.Optional;
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
        ImportBatch batch = new ImportBatch(found, options, listener, cancelled, (file, reused) -> importOne(file, options, reused), rows,
                () -> JournalGeneration.publish(photos.database(), layout));
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
        List<ImportResult> done = batch.results();
        return new ImportSummary(done, done.size() < found.size());
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
        String heif = ImageFormats.heifExtension(source);
        ImageDecoder.Probe probe = heif != null ? null : ImageDecoder.probe(source);
        ExifInfo exif = ExifInfo.read(source);
        ImportDating.Dated dated = ImportDating.date(source, exif, options, clock);

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
            return new ImportRows.Step(source, null, draft, ImportDating.warning(dated, clock), new OriginalStore.Placement(staged, pixels.ext()));
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
        boolean swap = ExifOrientation.swapsSides(orientation);
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
}
