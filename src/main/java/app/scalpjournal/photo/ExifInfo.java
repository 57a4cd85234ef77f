package app.scalpjournal.photo;

import com.drew.imaging.FileType;
import com.drew.imaging.FileTypeDetector;
import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.imaging.jpeg.JpegSegmentMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifReader;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/**
 * The two things we take from a photo's EXIF: when it was taken (DateTimeOriginal with
 * OffsetTimeOriginal) and its orientation. Anything missing, blank, zero or impossible is absent.
 */
public record ExifInfo(Optional<TakenAt> takenAt, int orientation) {
    static final ExifInfo NONE = new ExifInfo(Optional.empty(), 1);

    private static final DateTimeFormatter EXIF_DATE = DateTimeFormatter.ofPattern("uuuu:MM:dd HH:mm:ss")
            .withResolverStyle(ResolverStyle.STRICT);
    /** What a JPEG is read for: its EXIF segments only. */
    private static final List<JpegSegmentMetadataReader> EXIF_ONLY = List.of(new ExifReader());
    /** Cameras with a reset clock write years like 0000, 1904 or 1970; no digital photo is that old. */
    private static final int EARLIEST_YEAR = 1900;

    /** Reads the file's EXIF; a file without readable metadata gives {@link #NONE}, never an error. */
    public static ExifInfo read(Path file) {
        Metadata metadata;
        try {
            metadata = metadata(file);
        } catch (Exception | StackOverflowError e) {
            // Metadata is optional: damaged EXIF must not stop an otherwise good photo.
            return NONE;
        }
        int orientation = 1;
        for (ExifIFD0Directory ifd0 : metadata.getDirectoriesOfType(ExifIFD0Directory.class)) {
            Integer o = ifd0.getInteger(ExifDirectoryBase.TAG_ORIENTATION);
            if (o != null && o >= 1 && o <= 8) {
                orientation = o;
                break;
            }
        }
        Optional<TakenAt> taken = Optional.empty();
        for (ExifSubIFDDirectory sub : metadata.getDirectoriesOfType(ExifSubIFDDirectory.class)) {
            taken = parse(sub.getString(ExifDirectoryBase.TAG_DATETIME_ORIGINAL),
                    sub.getString(ExifDirectoryBase.TAG_TIME_ZONE_ORIGINAL));
            if (taken.isPresent()) {
                break;
            }
        }
        return new ExifInfo(taken, orientation);
    }

    /**
     * The file's metadata. Of a JPEG only the EXIF segments are parsed: the others (Huffman and
     * quantisation tables, ICC profile, XMP) hold nothing we read, and parsing them is work on every
     * imported photo, and the first hundreds of photos of an import pay the compiler for it too.
     */
    static Metadata metadata(Path file) throws Exception {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            FileType type = FileTypeDetector.detectFileType(in);
            return type == FileType.Jpeg ? JpegMetadataReader.readMetadata(in, EXIF_ONLY)
                    : ImageMetadataReader.readMetadata(in, Files.size(file), type);
        }
    }

    /** Parses EXIF's {@code yyyy:MM:dd HH:mm:ss} and an optional {@code +hh:mm}; garbage gives empty. */
    static Optional<TakenAt> parse(String dateTime, String offset) {
        if (dateTime == null) {
            return Optional.empty();
        }
        String text = dateTime.replace('\0', ' ').strip();
        if (text.length() < 19) {
            return Optional.empty();
        }
        LocalDateTime local;
        try {
            local = LocalDateTime.parse(text.substring(0, 19), EXIF_DATE);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        if (local.getYear() < EARLIEST_YEAR || local.equals(LocalDateTime.of(1970, 1, 1, 0, 0))) {
            return Optional.empty();
        }
        return Optional.of(new TakenAt(local, parseOffset(offset)));
    }

    private static ZoneOffset parseOffset(String offset) {
        if (offset == null || offset.isBlank()) {
            return null;
        }
        try {
            return ZoneOffset.of(offset.replace('\0', ' ').strip());
        } catch (DateTimeException e) {
            return null;
        }
    }
}
