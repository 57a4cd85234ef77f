package app.scalpjournal.diagnostics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The app's own small rotating log (java.util.logging) in the platform's state folder. It replaces the
 * console handler, so library warnings (JavaFX's among them) go to the file, not to the terminal.
 * {@link PrivateFormatter} keeps note text and photo content out of it.
 */
public final class DiagnosticLog {
    static final String FILE_PATTERN = "scalp-journal-%g.log";
    static final int LIMIT_BYTES = 512 * 1024;
    static final int FILES = 3;
    private static final String FOLDER = "scalp-journal";
    /** Held so the configured root logger is never collected with its handler. */
    private static final Logger ROOT = Logger.getLogger("");

    private final Path folder;

    private DiagnosticLog(Path folder) {
        this.folder = folder;
    }

    /** The log folder for this user on this platform. */
    public static Path defaultFolder() {
        return defaultFolder(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    static Path defaultFolder(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("LOCALAPPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Local")).resolve("Scalp Journal").resolve("Logs");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Logs").resolve("Scalp Journal");
        }
        String xdg = env.get("XDG_STATE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg).resolve(FOLDER);
        }
        return home.resolve(".local").resolve("state").resolve(FOLDER);
    }

    /**
     * Sends all logging to rotating files in {@code folder} (at most {@link #FILES} of {@link #LIMIT_BYTES}).
     * When the folder cannot be written the console handler goes all the same: the app then logs nothing.
     */
    public static DiagnosticLog install(Path folder) {
        for (Handler h : ROOT.getHandlers()) {
            ROOT.removeHandler(h);
            h.close();
        }
        ROOT.setLevel(Level.INFO);
        try {
            Files.createDirectories(folder);
            FileHandler file = new FileHandler(folder.resolve(FILE_PATTERN).toString(), LIMIT_BYTES, FILES, true);
            file.setFormatter(new PrivateFormatter());
            file.setEncoding("UTF-8");
            ROOT.addHandler(file);
        } catch (IOException | RuntimeException e) {
            // No log is better than an app that cannot start: the error dialog still shows the details.
        }
        return new DiagnosticLog(folder);
    }

    public Path folder() {
        return folder;
    }

    /** The file being written now (rotated files end in -1.log, -2.log). */
    public Path currentFile() {
        return folder.resolve(FILE_PATTERN.replace("%g", "0"));
    }
}
