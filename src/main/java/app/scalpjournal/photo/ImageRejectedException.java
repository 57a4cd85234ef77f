package app.scalpjournal.photo;

import java.io.IOException;

/** A file we will not import or cannot show, with a one-line reason fit for the user. */
public final class ImageRejectedException extends IOException {
    static final String HEIC = "HEIC is not supported; convert it to JPEG first "
            + "(e.g. export as JPEG from Photos, or `heif-convert`)";

    public ImageRejectedException(String reason) {
        super(reason);
    }
}
