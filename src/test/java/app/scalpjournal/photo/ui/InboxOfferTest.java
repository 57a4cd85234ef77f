package app.scalpjournal.photo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The inbox bar's state without a toolkit: counting, wording, taking and putting aside. */
class InboxOfferTest {
    @Test
    void countsEachPhotoOnceAndEmptiesWhenTakenOrPutAside() {
        InboxOffer offer = new InboxOffer();
        assertEquals("", offer.textProperty().get());

        offer.offer(List.of(Path.of("a.jpg")));
        assertEquals("1 new photo in your inbox folder", offer.textProperty().get());
        assertEquals("Import 1 new photo…", offer.actionProperty().get());
        offer.offer(List.of(Path.of("a.jpg"), Path.of("b.heic"), Path.of("c.jpg")));
        assertEquals(3, offer.countProperty().get());
        assertEquals("Import 3 new photos…", offer.actionProperty().get());

        assertEquals(List.of(Path.of("a.jpg"), Path.of("b.heic"), Path.of("c.jpg")), offer.take());
        assertEquals(0, offer.countProperty().get());
        assertEquals("", offer.actionProperty().get());

        offer.offer(List.of(Path.of("d.jpg")));
        offer.dismiss();
        assertEquals(List.of(), offer.take());
    }
}
