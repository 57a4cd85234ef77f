package app.scalpjournal.library;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/** SQLite's native library is copied out of the jar once, checked against its name, and made again when damaged. */
class SqliteNativeTest {
    @TempDir
    Path cache;

    @Test
    void theCopyIsTheJarsLibraryAndIsReusedWhileIntact() throws Exception {
        Path copy = SqliteNative.extract(cache).orElseThrow();
        byte[] original;
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(
                LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName())) {
            original = in.readAllBytes();
        }
        assertArrayEquals(original, Files.readAllBytes(copy));
        assertEquals(Optional.of(copy), SqliteNative.cached(cache));
        try (var files = Files.list(cache)) {
            assertEquals(1, files.count(), "no temporary file is left beside the copy");
        }
    }

    @Test
    void aDamagedCopyIsNeverUsed() throws Exception {
        Path copy = SqliteNative.extract(cache).orElseThrow();
        byte[] bytes = Files.readAllBytes(copy);
        bytes[bytes.length / 2] ^= 1;
        Files.write(copy, bytes);
        assertTrue(SqliteNative.cached(cache).isEmpty());
        Files.write(copy, new byte[0]);
        assertTrue(SqliteNative.cached(cache).isEmpty());
    }

    @Test
    void theCacheFollowsEachPlatformsConvention() {
        Path home = Path.of("/home/ana");
        assertEquals(Path.of("/c/scalp-journal"), LibraryLocation.userCache(Map.of("XDG_CACHE_HOME", "/c"), "Linux", home));
        assertEquals(home.resolve(".cache/scalp-journal"), LibraryLocation.userCache(Map.of(), "Linux", home));
        assertEquals(home.resolve("Library/Caches/Scalp Journal"), LibraryLocation.userCache(Map.of(), "Mac OS X", home));
    }
}
