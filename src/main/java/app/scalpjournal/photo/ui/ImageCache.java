package app.scalpjournal.photo.ui;

import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.PhotoPixels;
import app.scalpjournal.text.Messages;
import app.scalpjournal.ui.TaskRunner;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;

/**
 * The app's one cache of photos as screen images, keyed by photo and requested size (long edge in
 * pixels) and bounded by the bytes its pixels hold, so timeline thumbnails, Compare and the photo
 * viewer share memory and decode work. Loads run on the task runner, at most {@link #LANES} at once:
 * what is on screen goes first, prefetches wait behind it. Use on the UI thread only.
 */
public final class ImageCache {
    /** Decodes running at once, so a long queue of thumbnails never holds up the photo the user looks at. */
    static final int LANES = 2;
    /** Prefetches kept waiting at most; older ones go (the user has stepped past them). */
    static final int PREFETCHES = 4;

    private final PhotoPixels pixels;
    private final TaskRunner runner;
    private final long budgetBytes;
    private final LinkedHashMap<String, Image> images = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<String, Load> loading = new HashMap<>();
    private final Deque<Load> queue = new ArrayDeque<>();
    private long bytes;
    private int running;

    public ImageCache(PhotoPixels pixels, TaskRunner runner, long budgetBytes) {
        this.pixels = pixels;
        this.runner = runner;
        this.budgetBytes = budgetBytes;
    }

    /** One decode and everyone waiting for it. */
    private final class Load {
        final Photo photo;
        final int size;
        final String key;
        final List<Waiter> waiters = new ArrayList<>();

        Load(Photo photo, int size, String key) {
            this.photo = photo;
            this.size = size;
            this.key = key;
        }
    }

    private static final class Waiter implements TaskRunner.Handle {
        final Consumer<Image> onLoaded;
        final Consumer<String> onProblem;
        boolean cancelled;

        Waiter(Consumer<Image> onLoaded, Consumer<String> onProblem) {
            this.onLoaded = onLoaded;
            this.onProblem = onProblem;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }

    /** The image of the photo at this size if it is in memory now, else null. */
    public Image cached(Photo photo, int size) {
        return images.get(key(photo, size));
    }

    /** The largest image of the photo in memory, of any size, or null: a placeholder while a larger one loads. */
    public Image best(Photo photo) {
        String prefix = photo.sha256() + "@";
        Image found = null;
        for (Map.Entry<String, Image> e : images.entrySet()) {
            if (e.getKey().startsWith(prefix) && (found == null || e.getValue().getWidth() > found.getWidth())) {
                found = e.getValue();
            }
        }
        return found;
    }

    /**
     * Delivers the photo fitted in {@code size} pixels: at once when cached (returns null then), else
     * later, ahead of prefetches. The handle cancels delivery (a cell now showing another photo).
     */
    public TaskRunner.Handle load(Photo photo, int size, Consumer<Image> onLoaded, Consumer<String> onProblem) {
        Image hit = cached(photo, size);
        if (hit != null) {
            onLoaded.accept(hit);
            return null;
        }
        Waiter waiter = new Waiter(onLoaded, onProblem);
        enqueue(photo, size, true).waiters.add(waiter);
        drain();
        return waiter;
    }

    /** Decodes the photo at this size when the lanes are free, so stepping to it later shows it at once. */
    public void prefetch(Photo photo, int size) {
        if (cached(photo, size) == null) {
            enqueue(photo, size, false);
            drain();
        }
    }

    private Load enqueue(Photo photo, int size, boolean urgent) {
        String key = key(photo, size);
        Load load = loading.get(key);
        if (load == null) {
            load = new Load(photo, size, key);
            loading.put(key, load);
            if (urgent) {
                queue.addFirst(load);
            } else {
                queue.addLast(load);
                dropOldPrefetches();
            }
        } else if (urgent && queue.remove(load)) {
            queue.addFirst(load);
        }
        return load;
    }

    private void dropOldPrefetches() {
        long waiting = queue.stream().filter(l -> l.waiters.isEmpty()).count();
        Iterator<Load> it = queue.iterator();
        while (waiting > PREFETCHES && it.hasNext()) {
            Load l = it.next();
            if (l.waiters.isEmpty()) {
                it.remove();
                loading.remove(l.key);
                waiting--;
            }
        }
    }

    private void drain() {
        while (running < LANES && !queue.isEmpty()) {
            Load load = queue.pollFirst();
            if (!load.waiters.isEmpty() && load.waiters.stream().allMatch(Waiter::isCancelled)) {
                loading.remove(load.key);
                continue;
            }
            running++;
            runner.run(() -> decode(load.photo, load.size), image -> finish(load, image, null),
                    e -> finish(load, null, Messages.get("photo.cannotShow", load.photo.originalName(), e.getMessage())));
        }
    }

    private void finish(Load load, Image image, String problem) {
        running--;
        loading.remove(load.key);
        if (image != null) {
            put(load.key, image);
        }
        for (Waiter w : load.waiters) {
            if (!w.isCancelled()) {
                if (image != null) {
                    w.onLoaded.accept(image);
                } else {
                    w.onProblem.accept(problem);
                }
            }
        }
        drain();
    }

    /** Cached files load through JavaFX's decoder at the requested size; larger sizes come from the original. */
    private Image decode(Photo photo, int requested) throws Exception {
        int size = PhotoPixels.deliveredEdge(photo, requested);
        Optional<Path> stored = pixels.storedFile(photo, size);
        Image image = stored.isPresent()
                ? new Image(stored.get().toUri().toString(), size, size, true, true, false)
                : SwingFXUtils.toFXImage(pixels.read(photo, size), null);
        if (image.isError()) {
            throw new IllegalStateException(String.valueOf(image.getException()));
        }
        return image;
    }

    private void put(String key, Image image) {
        Image old = images.put(key, image);
        if (old != null) {
            bytes -= weight(old);
        }
        bytes += weight(image);
        Iterator<Map.Entry<String, Image>> eldest = images.entrySet().iterator();
        while (bytes > budgetBytes && images.size() > 1 && eldest.hasNext()) {
            Image dropped = eldest.next().getValue();
            eldest.remove();
            bytes -= weight(dropped);
        }
    }

    private static long weight(Image image) {
        return (long) image.getWidth() * (long) image.getHeight() * 4;
    }

    private static String key(Photo photo, int size) {
        return photo.sha256() + "@" + PhotoPixels.deliveredEdge(photo, size);
    }

    /** Images in memory now, for tests and benchmarks. */
    public int size() {
        return images.size();
    }

    /** Bytes of pixels held now, for benchmarks. */
    public long bytes() {
        return bytes;
    }
}
