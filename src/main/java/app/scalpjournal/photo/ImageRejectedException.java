package app.scalpjournal.photo;

import java.io.IOException;

/** A file we will not import or cannot show, with a one-line reason fit for the user. */
public final class ImageRejectedException extends IOException {
    public ImageRejectedException(String reason) {
        super(reason);
    }
}
