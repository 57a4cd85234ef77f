package app.scalpjournal.photo.ui;

import app.scalpjournal.ui.TaskRunner;

import app.scalpjournal.photo.Photo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.image.Image;

/**
 * Thumbnails as screen images, decoded in the background at the size a cell asks for and kept in a
 * small least-recently-used map, so scrolling a long timeline never holds every thumbnail.
 * Used on the UI thread only; the file lookup and decoding run on the task runner.
 */
public final class ThumbnailCache {
    /** Where a photo's upright thumbnail file is, made first when missing (slow: called off the UI thread). */
    @FunctionalInterface
    public interface Source {
        Path file(Photo photo) throws IOException;
    }

    private final Source thumbnailFile;
    private final TaskRunner runner;
    private final Map<String, Image> images;

    public ThumbnailCache(Source thumbnailFile, TaskRunner runner, int capacity) {
        this.thumbnailFile = thumbnailFile;
        this.runner = runner;
        this.images = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * Delivers the photo's thumbnail scaled to fit {@code size} pixels, at once when cached, else
     * later; the returned handle cancels delivery (for a cell that now shows another photo).
     */
    public TaskRunner.Handle load(Photo photo, int size, Consumer<Image> onLoaded, Consumer<String> onProblem) {
        String key = photo.sha256() + "@" + size;
        Image cached = images.get(key);
        if (cached != null) {
            onLoaded.accept(cached);
            return null;
        }
        return runner.run(() -> {
            Path file = thumbnailFile.file(photo);
            Image image = new Image(file.toUri().toString(), size, size, true, true, false);
            if (image.isError()) {
                throw new IllegalStateException(String.valueOf(image.getException()));
            }
            return image;
        }, image -> {
            images.put(key, image);
            onLoaded.accept(image);
        }, e -> onProblem.accept(photo.originalName() + ": no thumbnail (" + e.getMessage() + ")"));
    }

    public int size() {
        return images.size();
    }
}
