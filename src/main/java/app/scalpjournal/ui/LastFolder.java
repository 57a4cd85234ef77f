package app.scalpjournal.ui;

import app.scalpjournal.library.Settings;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

/** The folder the import choosers last opened in, kept in the journal so the next import starts there. */
public final class LastFolder {
    static final Settings.Key<String> KEY = Settings.Key.text("import.last_folder");

    private final Settings settings;

    public LastFolder(Settings settings) {
        this.settings = settings;
    }

    /** The remembered folder, when it is still there. */
    public Optional<File> folder() {
        return settings.get(KEY).map(File::new).filter(File::isDirectory);
    }

    /** Remembers the folder of a chosen file, or a chosen folder's parent (the place the user was browsing). */
    public void remember(Path chosen) {
        Path parent = chosen.toAbsolutePath().getParent();
        if (parent != null) {
            settings.put(KEY, parent.toString());
        }
    }

    public void applyTo(FileChooser chooser) {
        folder().ifPresent(chooser::setInitialDirectory);
    }

    public void applyTo(DirectoryChooser chooser) {
        folder().ifPresent(chooser::setInitialDirectory);
    }
}
