package app.scalpjournal.photo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.BiFunction;

/**
 * The shared state of one import. Files are worked on in parallel, but their rows are written in
 * the order the files were found (so the first of two identical files is the one imported),
 * several photos per transaction: a photo's fixed costs (a commit and its fsync, a folder sync)
 * are paid once per batch instead of once per photo.
 */
final class ImportBatch {
    /** Rows are written in one transaction for up to this many photos (the first batches are smaller, so progress shows at once)... */
    private static final int BATCH_PHOTOS = 64;
    /** ...or for what is ready after this long, so progress keeps moving through large photos. */
    private static final long BATCH_NANOS = 500_000_000L;
    private final List<ImportWalker.Found> found;
    private final ImportResult[] results;
    private final ImportRows.Step[] steps;
    private final ImportOptions options;
    private final ImportListener listener;
    private final BooleanSupplier cancelled;
    private final BiFunction<ImportWalker.Found, ReusedPixels, ImportRows.Step> work;
    private final ImportRows rows;
    private final Runnable written;
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
    private long batchesWritten;

    /**
     * @param work    checks and stores one file (any thread, with that thread's reused pixels), returning the
     *                step that writes its row
     * @param written after each batch of rows is committed
     */
    ImportBatch(List<ImportWalker.Found> found, ImportOptions options, ImportListener listener, BooleanSupplier cancelled,
            BiFunction<ImportWalker.Found, ReusedPixels, ImportRows.Step> work, ImportRows rows, Runnable written) {
        this.found = found;
        this.results = new ImportResult[found.size()];
        this.steps = new ImportRows.Step[found.size()];
        this.options = options;
        this.listener = listener;
        this.cancelled = cancelled;
        this.work = work;
        this.rows = rows;
        this.written = written;
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
            arrive(i, work.apply(found.get(i), reused));
        }
    }

    /**
     * Queues files in the order they were found; writes a batch when it is full or has waited long
     * enough. The writing (flushes to disk, one transaction) happens outside this lock, so the other
     * workers go on decoding meanwhile instead of waiting for the disk.
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
     * Writes a batch's photos (originals in place, then rows) and tells the listener about each of
     * its files, in order. Batches are written one at a time, in the order they were taken.
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
                written.run();
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
                batchesWritten++;
                notifyAll();
            }
        }
    }

    /** Waits, holding this lock, until every batch taken before {@code ticket} is written. */
    private void awaitTurn(long ticket) {
        boolean interrupted = false;
        while (batchesWritten < ticket) {
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

    /** The files handled, in the order they were found (a cancelled import handled only some). */
    List<ImportResult> results() {
        return Arrays.stream(results).filter(Objects::nonNull).toList();
    }
}
