package app.scalpjournal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.library.Settings;
import app.scalpjournal.library.Sql;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.Region;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedAlignmentsTest {
    private static final LocalDate JAN1 = LocalDate.of(2026, 1, 1);

    @TempDir
    Path dir;
    ReportFixture f;
    SavedAlignments alignments;
    Photo first;
    Photo second;
    Photo third;

    @BeforeEach
    void open() throws Exception {
        f = new ReportFixture(dir);
        alignments = new SavedAlignments(f.library.database(), f.photos);
        first = f.photo(JAN1, Region.CROWN, 400, 300, null);
        second = f.photo(JAN1.plusDays(30), Region.CROWN, 400, 300, null);
        third = f.photo(JAN1.plusDays(60), Region.CROWN, 400, 300, null);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private void save(Photo moving, Photo reference, double dx, double dy, double scale, double rotation) {
        f.library.database().transaction(c -> Sql.update(c, "INSERT INTO alignment(photo_id, reference_photo_id, dx, dy, scale,"
                + " rotation_deg, updated_at) VALUES (?,?,?,?,?,?,?)", moving.id(), reference.id(), dx, dy, scale, rotation, "2026-01-01T00:00:00Z"));
    }

    private static Point2D map(Placement p, double x, double y) {
        AffineTransform t = p.movingToReference(400, 300, 400, 300);
        return t.transform(new Point2D.Double(x, y), null);
    }

    @Test
    void noneSavedMeansUnaligned() {
        assertTrue(alignments.find(third.id(), first.id()).isEmpty());
    }

    @Test
    void directPairMovesByFractionsOfTheReference() {
        save(third, first, 0.1, -0.2, 1, 0);
        Point2D centre = map(alignments.find(third.id(), first.id()).orElseThrow(), 200, 150);
        assertEquals(240, centre.getX(), 1e-9);
        assertEquals(90, centre.getY(), 1e-9);
    }

    @Test
    void theOtherWayRoundIsInverted() {
        save(first, third, 0.1, 0, 2, 90);
        Placement back = alignments.find(third.id(), first.id()).orElseThrow();
        AffineTransform there = new SavedAlignments.Row(0.1, 0, 2, 90).movingToReference(400, 300, 400, 300);
        Point2D p = there.transform(new Point2D.Double(50, 60), null);
        Point2D round = map(back, p.getX(), p.getY());
        assertEquals(50, round.getX(), 1e-6);
        assertEquals(60, round.getY(), 1e-6);
    }

    @Test
    void bothAlignedOntoAThirdPhotoCombine() {
        // the user aligned the 2nd and the 3rd date onto the 1st; the summary starts at the 2nd
        save(second, first, 0.05, 0, 1, 0);
        save(third, first, 0.15, 0, 1, 0);
        Optional<Placement> p = alignments.find(third.id(), second.id());
        assertTrue(p.isPresent());
        Point2D centre = map(p.get(), 200, 150);
        assertEquals(200 + 0.10 * 400, centre.getX(), 1e-6, "3rd relative to 2nd: the difference of both moves");
        assertEquals(150, centre.getY(), 1e-6);
    }

    @Test
    void startDatesChosenInCompareAreRead() {
        Settings settings = new Settings(f.library.database());
        settings.put("compare.start-date.crown", "2025-12-01");
        RegionStartDates starts = new RegionStartDates(settings);
        assertEquals(Optional.of(LocalDate.of(2025, 12, 1)), starts.startOf(Region.CROWN));
        assertEquals(Optional.empty(), starts.startOf(Region.BACK));
    }
}
