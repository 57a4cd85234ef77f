package app.scalpjournal.library;

/**
 * How much an archive may expand to while it is read. Counted on the bytes actually inflated, never
 * on what the archive's headers declare, so a zip bomb is stopped part-way.
 *
 * @param maxEntries     entries in the archive (a journal of 10,000 photos has about 10,002)
 * @param maxTotalBytes  all entries inflated together
 * @param maxRatio       inflated size / compressed size of one entry, checked once it passes {@link #RATIO_GRACE_BYTES}
 * @param maxManifestBytes the manifest, which is parsed in memory
 */
public record ArchiveLimits(int maxEntries, long maxTotalBytes, long maxRatio, long maxManifestBytes) {
    /** Small entries may compress very well (an empty database page); the ratio only matters past this. */
    public static final long RATIO_GRACE_BYTES = 1 << 20;

    public static ArchiveLimits defaults() {
        return new ArchiveLimits(500_000, 256L << 30, 200, 256L << 20);
    }
}
