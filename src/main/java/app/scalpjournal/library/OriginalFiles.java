package app.scalpjournal.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The files in {@code originals/}: which are stored originals, and which of them a database does not know. */
public final class OriginalFiles {
    /** {@code <64 hex>.<ext>}: how a stored original is named. */
    public static final Pattern NAME = Pattern.compile("([0-9a-f]{64})\\.([a-z]{3,4})");

    private OriginalFiles() {
    }

    /** Every stored original ({@code originals/ab/<sha256>.<ext>}, a regular file, not a link), sorted. */
    public static List<Path> all(LibraryLayout layout) throws IOException {
        if (!Files.isDirectory(layout.originals(), LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(layout.originals())) {
            return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> isOriginal(layout, p)).sorted().toList();
        }
    }

    /** The stored originals whose {@code <sha256>.<ext>} name is not in {@code known}. */
    public static List<Path> notIn(LibraryLayout layout, Set<String> known) throws IOException {
        return all(layout).stream().filter(p -> !known.contains(p.getFileName().toString())).toList();
    }

    /** Named like an original and filed under its hash's first two letters. */
    public static boolean isOriginal(LibraryLayout layout, Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        return m.matches() && file.getParent().equals(layout.originals().resolve(m.group(1).substring(0, 2)));
    }
}
