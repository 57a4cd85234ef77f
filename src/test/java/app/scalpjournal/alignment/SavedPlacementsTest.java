package app.scalpjournal.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.compare.TestJournal;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.Region;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedPlacementsTest {
    private static final LocalDate JAN1 = LocalDate.of(2026, 1, 1);

    @TempDir
    Path dir;
    TestJournal j;
    SavedPlacements placements;
    Photo first;
    Photo second;
    Photo third;

    @BeforeEach
    void open() {
        j = new TestJournal(dir);
        placements = new SavedPlacements(j.alignments, j.photos);
        first = j.photo(Region.CROWN, JAN1, 400, 300);
        second = j.photo(Region.CROWN, JAN1.plusDays(30), 400, 300);
        third = j.photo(Region.CROWN, JAN1.plusDays(60), 400, 300);
    }

    @AfterEach
    void close() {
        j.close();
    }

    private static Point2D map(AffineTransform t, double x, double y) {
        return t.transform(new Point2D.Double(x, y), null);
    }

    @Test
    void noneSavedMeansUnaligned() {
        assertTrue(placements.find(third, first).isEmpty());
    }

    @Test
    void directPairMovesByFractionsOfTheReference() {
        j.alignments.save(third.id(), first.id(), new Alignment(0.1, -0.2, 1, 0));
        Point2D centre = map(placements.find(third, first).orElseThrow(), 200, 150);
        assertEquals(240, centre.getX(), 1e-9);
        assertEquals(90, centre.getY(), 1e-9);
    }

    @Test
    void theOtherWayRoundIsInverted() {
        Alignment saved = new Alignment(0.1, 0, 2, 90);
        j.alignments.save(first.id(), third.id(), saved);
        AffineTransform back = placements.find(third, first).orElseThrow();
        Point2D p = map(saved.movingToReference(400, 300, 400, 300), 50, 60);
        Point2D round = map(back, p.getX(), p.getY());
        assertEquals(50, round.getX(), 1e-6);
        assertEquals(60, round.getY(), 1e-6);
    }

    @Test
    void bothAlignedOntoAThirdPhotoCombine() {
        // the user aligned the 2nd and the 3rd date onto the 1st; the summary starts at the 2nd
        j.alignments.save(second.id(), first.id(), new Alignment(0.05, 0, 1, 0));
        j.alignments.save(third.id(), first.id(), new Alignment(0.15, 0, 1, 0));
        Optional<AffineTransform> p = placements.find(third, second);
        assertTrue(p.isPresent());
        Point2D centre = map(p.get(), 200, 150);
        assertEquals(200 + 0.10 * 400, centre.getX(), 1e-6, "3rd relative to 2nd: the difference of both moves");
        assertEquals(150, centre.getY(), 1e-6);
    }

    @Test
    void aChainOfConsecutivePairsReachesTheFirstPhoto() {
        // aligned date by date in Compare: 2nd onto 1st, 3rd onto 2nd
        j.alignments.save(second.id(), first.id(), new Alignment(0.05, 0, 1, 0));
        j.alignments.save(third.id(), second.id(), new Alignment(0, 0.1, 1, 0));
        Map<Long, AffineTransform> all = placements.ontoReference(first);
        assertEquals(3, all.size());
        Point2D centre = map(all.get(third.id()), 200, 150);
        assertEquals(200 + 0.05 * 400, centre.getX(), 1e-6);
        assertEquals(150 + 0.1 * 300, centre.getY(), 1e-6);
        assertTrue(all.get(first.id()).isIdentity());
    }

    @Test
    void photosOfOtherRegionsAreNotUsed() {
        Photo back = j.photo(Region.BACK, JAN1.plusDays(10), 400, 300);
        j.alignments.save(back.id(), first.id(), new Alignment(0.3, 0, 1, 0));
        assertTrue(placements.find(back, first).isEmpty());
    }
}
