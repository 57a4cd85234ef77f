package app.scalpjournal.photo;

import static app.scalpjournal.photo.ImportOrientationTest.assertColor;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.scalpjournal.testsupport.HeicFiles;
import app.scalpjournal.testsupport.TestImages;
import app.scalpjournal.testsupport.TestImages.Exif;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * HEIC import through the real converter, on files made here with heif-enc from a JPEG with a date and
 * EXIF Orientation 6 (turn a quarter clockwise). Stored 400x200 with red top-left, the upright picture
 * is 200x400 with blue top-left; turned twice it would be 400x200 with yellow top-left.
 */
class ImportHeicTest extends ImportTestBase {
    @BeforeEach
    void needsLibheif() {
        String missing = HeicFiles.missingTools();
        assumeTrue(missing == null, missing);
    }

    private Path heic(String name, boolean phoneRotation) throws Exception {
        Path jpeg = TestImages.writeJpeg(dir.resolve("src-" + name + ".jpg"), 400, 200,
                Exif.taken("2025:03:04 10:11:12").withOffset("+02:00").withOrientation(6));
        Path heic = HeicFiles.encode(jpeg, in.resolve(name));
        if (phoneRotation) {
            HeicFiles.rotate(heic, 3); // 270 degrees counter-clockwise: what a phone writes beside Orientation 6
        }
        return heic;
    }

    private BufferedImage thumb(Photo photo) throws Exception {
        return ImageIO.read(context.previews().thumbnail(photo).toFile());
    }

    @Test
    void phoneHeicIsStoredByteForByteDatedByItsExifAndTurnedExactlyOnce() throws Exception {
        Path file = heic("IMG_0001.HEIC", true);
        Photo photo = imported(file);

        assertEquals("heic", photo.ext());
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(context.library().layout().original(photo.sha256(), "heic")));
        assertEquals(DateSource.EXIF, photo.dateSource());
        assertEquals("2025-03-04T10:11:12+02:00", photo.takenAt().toString());
        assertEquals(200, photo.width());
        assertEquals(400, photo.height());
        assertEquals(1, photo.orientation(), "the converter's pixels are upright; the EXIF tag must not turn them again");
        BufferedImage thumb = thumb(photo);
        assertEquals(160, thumb.getWidth());
        assertEquals(320, thumb.getHeight());
        assertColor(TestImages.BOTTOM_LEFT, thumb.getRGB(4, 4));
        assertColor(TestImages.TOP_LEFT, thumb.getRGB(155, 4));
    }

    @Test
    void heicWhoseNameSaysNothingIsRecognisedByItsContent() throws Exception {
        Photo photo = imported(TestImages.write(in.resolve("IMG_0009.jpg"), TestImages.resource("quadrants.heic")));
        assertEquals("heic", photo.ext());
        assertEquals(64, photo.width());
        assertEquals(48, photo.height());
        assertEquals(DateSource.FILE, photo.dateSource());
        assertColor(TestImages.BOTTOM_RIGHT, thumb(photo).getRGB(60, 44));
    }

    @Test
    void avifGoesThroughTheSameConverter() throws Exception {
        Path jpeg = TestImages.writeJpeg(dir.resolve("src.jpg"), 64, 48, Exif.taken("2025:05:06 07:08:09"));
        Photo photo = imported(HeicFiles.encodeAvif(jpeg, in.resolve("photo.avif")));
        assertEquals("avif", photo.ext());
        assertEquals(64, photo.width());
        assertEquals("2025-05-06T07:08:09", photo.takenAt().toString());
        assertColor(TestImages.TOP_LEFT, thumb(photo).getRGB(4, 4));
    }

    /** Without irot the HEIF picture is as stored: the EXIF tag is informational in HEIF (libheif issue 680). */
    @Test
    void exifOrientationAloneDoesNotTurnAHeic() throws Exception {
        Photo photo = imported(heic("plain.heic", false));
        assertEquals(400, photo.width());
        assertEquals(200, photo.height());
        assertColor(TestImages.TOP_LEFT, thumb(photo).getRGB(4, 4));
    }

    @Test
    void previewsAndFullSizeAreRebuiltFromTheHeicOriginalWithoutLeavingTemporaryFiles() throws Exception {
        Photo photo = imported(heic("IMG_0002.HEIC", true));
        Files.delete(context.previews().thumbnailPath(photo.sha256()));
        Files.delete(context.previews().previewPath(photo.sha256()));

        assertColor(TestImages.BOTTOM_LEFT, thumb(photo).getRGB(4, 4));
        BufferedImage full = context.previews().readOriginal(photo, 0);
        assertEquals(200, full.getWidth());
        assertEquals(400, full.getHeight());
        assertColor(TestImages.BOTTOM_LEFT, full.getRGB(5, 5));
        try (Stream<Path> files = Files.walk(context.library().root())) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().startsWith(OriginalStore.TEMP_PREFIX)).toList());
        }
    }

    @Test
    void liveVideoBesideItsStillIsSkippedQuietlyAndCounted() throws Exception {
        heic("IMG_0003.HEIC", true);
        Files.write(in.resolve("IMG_0003.MOV"), new byte[] {0, 0, 0, 20, 'f', 't', 'y', 'p', 'q', 't', ' ', ' '});
        Files.writeString(in.resolve("clip.mov"), "a video with no still beside it");

        ImportSummary summary = importAll(ImportOptions.ownDates(Region.TOP), in);

        assertEquals(1, summary.imported());
        assertEquals(1, summary.livePhotoVideos());
        assertEquals(1, summary.rejected(), "a lone video is still named as not an image");
        assertEquals("1 imported, 0 duplicates, 1 rejected, 1 Live Photo video skipped", summary.line());
    }

    @Test
    void damagedHeicIsRejectedWithTheConvertersFailure() throws Exception {
        byte[] whole = Files.readAllBytes(heic("broken.heic", false));
        Path cut = TestImages.write(in.resolve("cut.heic"), Arrays.copyOf(whole, whole.length / 2));

        String reason = rejected(cut);

        assertTrue(reason.startsWith("HEIC could not be converted (heif-convert failed"), reason);
    }
}
