package app.scalpjournal.photo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.Region;
import app.scalpjournal.testsupport.PhotoRows;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The photo viewer's zoom, pan, paging and caption, without the toolkit. */
class PhotoViewerModelTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    /** A 4000×3000 original and a 400×300 one. */
    private final Photo big = withSize(PhotoRows.photoRow(1, "big", DAY, Region.CROWN), "crown.jpg", 4000, 3000);
    private final Photo small = withSize(PhotoRows.photoRow(1, "small", DAY, Region.TOP), "top.jpg", 400, 300);
    private PhotoViewerModel model;
    private final List<Photo> previews = new ArrayList<>();
    private final List<Photo> originals = new ArrayList<>();

    @BeforeEach
    void open() {
        model = new PhotoViewerModel(List.of(big, small), 0);
        model.photoChanged().listen(previews::add);
        model.originalWanted().listen(originals::add);
        model.resize(1000, 750);
        model.open();
    }

    private static Photo withSize(Photo p, String name, int width, int height) {
        return new Photo(p.id(), p.entryId(), p.sha256(), p.ext(), name, p.byteSize(), p.takenAt(), p.dateSource(),
                width, height, p.orientation(), p.region(), p.importedAt());
    }

    @Test
    void aPreviewIsFittedAndCentredAndZoomingPastItWantsTheOriginalOnce() {
        assertEquals(List.of(big), previews);
        assertTrue(model.imageArrived(model.generation(), 2048, false));
        assertEquals(0.25, model.scaleProperty().get(), 1e-9, "4000 px into 1000");
        assertEquals(1000, model.widthProperty().get(), 1e-9);
        assertEquals(0, model.xProperty().get(), 1e-9);
        assertTrue(model.captionProperty().get().startsWith("1 of 2  ·  crown.jpg  ·  "), model.captionProperty().get());
        assertTrue(model.captionProperty().get().contains("4000 × 3000  ·  25%"), model.captionProperty().get());

        model.zoomIn();
        model.zoomIn();
        model.zoomIn();
        assertEquals(List.of(), originals, "0.49 is within the preview's 0.512");
        model.zoomIn();
        assertEquals(List.of(big), originals);
        assertTrue(model.captionProperty().get().endsWith("loading full resolution…"), model.captionProperty().get());
        model.zoomIn();
        assertEquals(1, originals.size(), "asked once per photo");
        assertTrue(model.imageArrived(model.generation(), 4000, true));
        assertFalse(model.captionProperty().get().contains("loading"), model.captionProperty().get());
    }

    @Test
    void zoomingKeepsThePointUnderThePointerAndStaysWithinFitAndEightTimes() {
        model.imageArrived(model.generation(), 2048, false);
        double px = 300;
        double py = 200;
        double photoX = (px - model.xProperty().get()) / model.scaleProperty().get();
        model.zoomAt(2, px, py);
        assertEquals(0.5, model.scaleProperty().get(), 1e-9);
        assertEquals(photoX, (px - model.xProperty().get()) / model.scaleProperty().get(), 1e-9, "same photo point under the pointer");
        model.zoomAt(1000, px, py);
        assertEquals(PhotoViewerModel.MAX_SCALE, model.scaleProperty().get(), 1e-9);
        model.zoomAt(0.0001, px, py);
        assertEquals(0.25, model.scaleProperty().get(), 1e-9, "never smaller than fitted");
        model.actualSize();
        assertEquals(1, model.scaleProperty().get(), 1e-9);
        assertTrue(model.captionProperty().get().contains("  100%"), model.captionProperty().get());
    }

    @Test
    void aSmallPhotoShowsAtActualSizeAndADraggedPhotoStaysPutWhenTheWindowResizes() {
        model.next();
        assertEquals(small, model.photoProperty().get());
        model.imageArrived(model.generation(), 400, false);
        assertEquals(1, model.scaleProperty().get(), 1e-9, "not blown up");
        assertEquals(300, model.xProperty().get(), 1e-9);
        assertTrue(model.titleProperty().get().startsWith("top.jpg — " + Region.TOP.label()), model.titleProperty().get());

        model.moveTo(10, 20);
        assertFalse(model.isFitted());
        model.resize(1200, 800);
        assertEquals(10, model.xProperty().get(), 1e-9);
        model.fit();
        model.resize(1200, 800);
        assertEquals(400, model.xProperty().get(), 1e-9, "a fitted photo is centred again");
    }

    @Test
    void pagingWrapsRoundAndALateImageOfThePreviousPhotoIsDropped() {
        int before = model.generation();
        model.previous();
        assertEquals(small, model.photoProperty().get(), "left of the first is the last");
        assertFalse(model.imageArrived(before, 2048, false), "the crown's preview came too late");
        model.imageFailed(before, "unreadable");
        assertFalse(model.captionProperty().get().equals("unreadable"));
        model.imageFailed(model.generation(), "top.jpg could not be read");
        assertEquals("top.jpg could not be read", model.captionProperty().get());
        model.next();
        assertEquals(big, model.photoProperty().get());
        assertEquals(List.of(big, small, big), previews);
    }

    @Test
    void aSinglePhotoHasNoPositionAndNoPagingHint() {
        PhotoViewerModel one = new PhotoViewerModel(List.of(small), 0);
        one.resize(800, 600);
        one.open();
        one.imageArrived(one.generation(), 400, false);
        assertTrue(one.captionProperty().get().startsWith("top.jpg  ·  "), one.captionProperty().get());
        assertFalse(one.captionProperty().get().contains("←"), one.captionProperty().get());
    }
}
