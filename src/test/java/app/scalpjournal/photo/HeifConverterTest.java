package app.scalpjournal.photo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the converter, and what the user is told where there is none. */
class HeifConverterTest {
    @TempDir
    Path dir;

    @Test
    void withoutAConverterTheMessageNamesWhatToInstallOnThisPlatform() {
        assertEquals(Optional.empty(), HeifConverter.find("Linux", dir.toString()));
        assertTrue(HeifConverter.missingMessage("Linux").contains("install the package libheif-examples"));
        assertTrue(HeifConverter.missingMessage("Mac OS X").contains("sips"));
        assertTrue(HeifConverter.missingMessage("Windows 11").contains("heif-convert.exe"));
    }

    @Test
    void heifConvertOnThePathIsRunWithArgumentsAsAListAndNoShell() throws Exception {
        Path tool = Files.writeString(dir.resolve("heif-convert"), "#!/bin/sh\nexit 1\n");
        Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwxr-xr-x"));

        HeifConverter converter = HeifConverter.find("Linux", "/nonexistent:" + dir).orElseThrow();

        assertTrue(converter.writesUpright());
        Path in = Path.of("/photos/IMG 1; rm -rf $(x).HEIC");
        assertEquals(List.of(tool.toString(), "-q", "92", in.toString(), "/tmp/out.jpg"),
                converter.arguments(in, Path.of("/tmp/out.jpg")));
    }
}
