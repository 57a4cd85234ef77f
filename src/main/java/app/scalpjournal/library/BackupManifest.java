package app.scalpjournal.library;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.List;

/**
 * {@code manifest.json} inside a backup: what wrote it, the schema version of its database, and the
 * SHA-256 and size of every file in the archive, so a restore can check each byte before using it.
 *
 * @param missingOriginals photos whose original was already missing or changed when the backup was made;
 *                         a restore accepts their absence instead of taking it for a damaged archive
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BackupManifest(
        int format,
        String app,
        String appVersion,
        int schemaVersion,
        String created,
        FileEntry database,
        List<FileEntry> originals,
        List<String> missingOriginals) {

    public static final int FORMAT = 1;
    public static final String APP = "Scalp Journal";
    public static final String FILE_NAME = "manifest.json";
    public static final String DATABASE_NAME = "journal.db";

    /** One file in the archive. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FileEntry(String path, String sha256, long size) {
    }

    public BackupManifest {
        originals = originals == null ? List.of() : List.copyOf(originals);
        missingOriginals = missingOriginals == null ? List.of() : List.copyOf(missingOriginals);
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (IOException e) {
            throw new IllegalStateException("a manifest always serialises", e);
        }
    }

    static BackupManifest parse(byte[] json) throws IOException {
        return JSON.readValue(json, BackupManifest.class);
    }
}
