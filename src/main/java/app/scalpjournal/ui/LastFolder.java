package app.scalpjournal.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

/**
 * The folder a file chooser last took something from, remembered for this user (Java preferences,
 * nothing in the journal), so the next chooser opens there instead of on "Recent".
 */
public final class LastFolder {
    private static final String NODE = "/app/scalpjournal/folders";
    private final Preferences preferences;
    private final String key;

    public LastFolder(Preferences preferences, String key) {
        this.preferences = preferences;
        this.key = key;
    }

    /** The folder remembered under {@code key} for the user running the app. */
    public static LastFolder forUser(String key) {
        return new LastFolder(Preferences.userRoot().node(NODE), key);
    }

    /** The remembered folder, when it still exists. */
    public Optional<Path> folder() {
        String stored = preferences.get(key, null);
        if (stored == null) {
            return Optional.empty();
        }
        Path path = Path.of(stored);
        return Files.isDirectory(path) ? Optional.of(path) : Optional.empty();
    }

    public FileChooser applyTo(FileChooser chooser) {
        folder().map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        return chooser;
    }

    public DirectoryChooser applyTo(DirectoryChooser chooser) {
        folder().map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        return chooser;
    }

    /** Remembers the folder that holds what was chosen (a file's folder, a folder's parent). */
    public void remember(File chosen) {
        File parent = chosen.getAbsoluteFile().getParentFile();
        if (parent != null) {
            preferences.put(key, parent.getPath());
        }
    }
}
