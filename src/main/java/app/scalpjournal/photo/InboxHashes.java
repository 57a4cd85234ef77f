package app.scalpjournal.photo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SHA-256 of inbox files already hashed, by path, size and modification time, kept in the
 * journal's disposable {@code cache/} folder: a phone folder of thousands of photos already in the
 * journal is then hashed once, not at every start. A lost or damaged file only costs hashing again.
 */
final class InboxHashes {
    private final Path file;
    private Map<String, String> known;

    InboxHashes(Path file) {
        this.file = file;
    }

    /** The file's hash, from the cache when this version of it was hashed before. */
    synchronized String sha256(Path path, long size, long modifiedMillis) throws IOException {
        String key = size + "\t" + modifiedMillis + "\t" + path;
        String sha = known().get(key);
        if (sha == null) {
            sha = OriginalStore.sha256Of(path);
            known.put(key, sha);
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, sha + "\t" + key + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                // The cache is an optimisation: without it the file is hashed again next time.
            }
        }
        return sha;
    }

    private Map<String, String> known() {
        if (known == null) {
            known = new HashMap<>();
            try {
                List<String> lines = Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
                for (String line : lines) {
                    String[] parts = line.split("\t", 2);
                    if (parts.length == 2 && parts[0].length() == 64) {
                        known.put(parts[1], parts[0]);
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                // Unreadable cache: start afresh.
            }
        }
        return known;
    }
}
