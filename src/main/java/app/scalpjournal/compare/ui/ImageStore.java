package app.scalpjournal.compare.ui;

import app.scalpjournal.compare.PhotoImages;
import app.scalpjournal.photo.Photo;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;

/**
 * Decoded images for the compare view, loaded on the background executor and handed back on the FX
 * thread. Each size has its own small LRU cache so stepping through hundreds of dates keeps memory
 * bounded: images that fall out and are not on screen are left to the garbage collector.
 */
public final class ImageStore {
    /** The sizes the store decodes. */
    public enum Kind {
        THUMBNAIL(48),
        PREVIEW(6),
        FULL(2);

        private final int capacity;

        Kind(int capacity) {
            this.capacity = capacity;
        }
    }

    /** Full resolution is decoded at most this long edge: 12-megapixel photos fit, decompression bombs do not. */
    static final int FULL_MAX_EDGE = 6000;

    private record Key(long photoId, Kind kind) {
    }

    private final PhotoImages images;
    private final Executor background;
    /** Thumbnails for the date lists decode on their own thread, so they never hold up the photos being compared. */
    private final ExecutorService thumbnailLane = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "compare-thumbnails");
        t.setDaemon(true);
        return t;
    });
    private final Map<Kind, LinkedHashMap<Long, Image>> caches = new HashMap<>();
    private final Map<Key, List<Waiter>> pending = new HashMap<>();

    /** Someone waiting for an image, and how to ask whether they still want it. */
    private record Waiter(BooleanSupplier stillWanted, Consumer<Image> done) {
    }

    public ImageStore(PhotoImages images, Executor background) {
        this.images = images;
        this.background = background;
        for (Kind kind : Kind.values()) {
            caches.put(kind, new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, Image> eldest) {
                    return size() > kind.capacity;
                }
            });
        }
    }

    /** The image if it is in memory now; call on the FX thread. */
    public Image cached(Photo photo, Kind kind) {
        return caches.get(kind).get(photo.id());
    }

    /**
     * Delivers the image on the FX thread: at once when cached, else after a background decode. The
     * decode is skipped when {@code stillWanted} says no by the time a worker gets to it; a failed
     * decode delivers null.
     */
    public void request(Photo photo, Kind kind, BooleanSupplier stillWanted, Consumer<Image> done) {
        Image hit = cached(photo, kind);
        if (hit != null) {
            done.accept(hit);
            return;
        }
        Key key = new Key(photo.id(), kind);
        List<Waiter> waiting = pending.get(key);
        if (waiting != null) {
            waiting.add(new Waiter(stillWanted, done));
            return;
        }
        List<Waiter> waiters = new java.util.concurrent.CopyOnWriteArrayList<>();
        waiters.add(new Waiter(stillWanted, done));
        pending.put(key, waiters);
        try {
            (kind == Kind.THUMBNAIL ? thumbnailLane : background).execute(() -> {
                // Skipped when everyone waiting has moved on (e.g. the user stepped past this date).
                boolean wanted = waiters.stream().anyMatch(w -> wanted(w.stillWanted()));
                Image image = wanted ? decode(photo, kind) : null;
                Platform.runLater(() -> finish(key, image));
            });
        } catch (RejectedExecutionException closing) {
            pending.remove(key);
        }
    }

    private static boolean wanted(BooleanSupplier stillWanted) {
        try {
            return stillWanted.getAsBoolean();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void finish(Key key, Image image) {
        if (image != null) {
            caches.get(key.kind()).put(key.photoId(), image);
        }
        List<Waiter> waiting = pending.remove(key);
        if (waiting != null) {
            waiting.forEach(w -> w.done().accept(image));
        }
    }

    private Image decode(Photo photo, Kind kind) {
        try {
            Image image = switch (kind) {
                case THUMBNAIL -> new Image(images.thumbnail(photo).toUri().toString());
                case PREVIEW -> new Image(images.preview(photo).toUri().toString());
                case FULL -> SwingFXUtils.toFXImage(images.full(photo, FULL_MAX_EDGE), null);
            };
            return image.isError() ? null : image;
        } catch (Exception | OutOfMemoryError e) {
            return null;
        }
    }

    /** Drops every cached image and stops the thumbnail thread (the window closed). */
    public void close() {
        caches.values().forEach(Map::clear);
        thumbnailLane.shutdownNow();
    }

    /** How many images each cache holds now, for the benchmark. */
    public int size(Kind kind) {
        return caches.get(kind).size();
    }
}
