package app.scalpjournal.library;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the user's default journal lives, following each platform's convention for user data. */
public final class LibraryLocation {
    public static final String HOME_VARIABLE = "SCALP_JOURNAL_HOME";
    private static final String FOLDER = "scalp-journal";

    private LibraryLocation() {
    }

    public static Path defaultLocation() {
        return defaultLocation(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    static Path defaultLocation(Map<String, String> env, String osName, Path home) {
        String override = env.get(HOME_VARIABLE);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("LOCALAPPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Local")).resolve("Scalp Journal");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Scalp Journal");
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg).resolve(FOLDER);
        }
        return home.resolve(".local").resolve("share").resolve(FOLDER);
    }

    /** The user's cache folder for the app (files it can always make again, such as native libraries). */
    public static Path userCache() {
        return userCache(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    static Path userCache(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("LOCALAPPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Local")).resolve("Scalp Journal").resolve("Cache");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Caches").resolve("Scalp Journal");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg).resolve(FOLDER);
        }
        return home.resolve(".cache").resolve(FOLDER);
    }
}
