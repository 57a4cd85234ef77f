package app.scalpjournal.photo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.testsupport.TestImages;
import app.scalpjournal.testsupport.TestImages.Exif;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExifInfoTest {
    @TempDir
    Path dir;

    /** The frame header, JFIF and coding tables of every photo went through the parser for nothing. */
    @Test
    void ofAJpegOnlyTheExifIsParsed() throws Exception {
        Path photo = TestImages.writeJpeg(dir.resolve("p.jpg"), 64, 48, Exif.taken("2026:03:01 10:00:00").withOrientation(6));
        Metadata metadata = ExifInfo.metadata(photo);
        List<String> kinds = new ArrayList<>();
        for (Directory d : metadata.getDirectories()) {
            kinds.add(d.getClass().getSimpleName());
        }
        assertTrue(metadata.containsDirectoryOfType(ExifIFD0Directory.class), kinds.toString());
        assertTrue(metadata.containsDirectoryOfType(ExifSubIFDDirectory.class), kinds.toString());
        assertFalse(kinds.stream().anyMatch(k -> k.startsWith("Jpeg") || k.startsWith("Jfif") || k.startsWith("Huffman")),
                "only EXIF directories, not " + kinds);

        ExifInfo info = ExifInfo.read(photo);
        assertEquals(6, info.orientation());
        assertEquals("2026-03-01T10:00", info.takenAt().orElseThrow().local().toString());
    }

    @Test
    void otherFormatsAndNonImagesStillReadOrGiveNothing() throws Exception {
        Path png = TestImages.write(dir.resolve("p.png"), TestImages.encode(TestImages.quadrants(40, 30), "png"));
        assertEquals(ExifInfo.NONE, ExifInfo.read(png));
        Path text = TestImages.write(dir.resolve("notes.jpg"), "not a photo".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(ExifInfo.NONE, ExifInfo.read(text));
    }
}
