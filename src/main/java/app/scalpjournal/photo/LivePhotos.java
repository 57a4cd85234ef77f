package app.scalpjournal.photo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A phone's Live Photo is a still ({@code IMG_0001.HEIC} or {@code .JPG}) with a short video of the
 * same name beside it ({@code IMG_0001.MOV}). The still is the photo; the video is skipped quietly.
 */
final class LivePhotos {
    private static final List<String> STILLS = List.of("heic", "heif", "jpg", "jpeg");

    private LivePhotos() {
    }

    /** Whether {@code file} is a .MOV with a still of the same name among {@code namesInFolder} (lower case). */
    static boolean isVideo(Path file, Set<String> namesInFolder) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".mov")) {
            return false;
        }
        String stem = name.substring(0, name.length() - 4);
        return STILLS.stream().anyMatch(ext -> namesInFolder.contains(stem + "." + ext));
    }

    /** The lower-case names of a folder's files, for {@link #isVideo}. */
    static Set<String> names(List<Path> files) {
        return files.stream().map(p -> p.getFileName().toString().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    /** The lower-case names of the files beside a .MOV (empty for anything else: no folder listing needed). */
    static Set<String> namesBeside(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null || !file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".mov")) {
            return Set.of();
        }
        try (Stream<Path> list = Files.list(parent)) {
            return names(list.toList());
        } catch (IOException e) {
            return Set.of();
        }
    }
}
