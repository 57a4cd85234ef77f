package app.scalpjournal.photo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads HEIC/HEIF pictures: the platform's converter writes a JPEG into the journal's temporary
 * folder, which is decoded like any JPEG and deleted. The orientation is applied exactly once: by the
 * converter where it rotates the pixels itself, else by the converted file's own EXIF tag.
 */
final class HeifDecoder {
    private HeifDecoder() {
    }

    /** The upright size of the whole picture, and its pixels no larger than asked. */
    record Converted(int width, int height, ImageDecoder.Decoded decoded) {
    }

    static Converted decode(Path heif, Path tempJpeg, int maxLongEdge) throws IOException {
        HeifConverter converter = HeifConverter.onThisSystem()
                .orElseThrow(() -> new ImageRejectedException(HeifConverter.missingMessage()));
        try {
            converter.convert(heif, tempJpeg);
            int orientation = converter.writesUpright() ? 1 : ExifInfo.read(tempJpeg).orientation();
            ImageDecoder.Probe probe = ImageDecoder.probe(tempJpeg);
            boolean swap = ExifOrientation.swapsSides(orientation);
            ImageDecoder.Decoded decoded = ImageDecoder.decode(tempJpeg, orientation, maxLongEdge);
            return new Converted(swap ? probe.height() : probe.width(), swap ? probe.width() : probe.height(), decoded);
        } finally {
            Files.deleteIfExists(tempJpeg);
        }
    }
}
