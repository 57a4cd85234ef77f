package app.scalpjournal.library;

/**
 * The app's version from the jar's manifest (set by the build), or "dev" when run from classes. Lives
 * in the core so backups, exports, the report, the command line and the About box share one source.
 */
public final class AppVersion {
    private AppVersion() {
    }

    public static String current() {
        String v = AppVersion.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }
}
