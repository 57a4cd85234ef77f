package app.scalpjournal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.Region;
import app.scalpjournal.report.SummaryDocument.RegionSection;
import java.awt.geom.AffineTransform;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryBuilderTest {
    private static final LocalDate JAN1 = LocalDate.of(2026, 1, 1);

    @TempDir
    Path dir;
    ReportFixture f;

    @BeforeEach
    void open() {
        f = new ReportFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private static SummaryRequest request(LocalDate from, LocalDate to, List<Region> regions, int dates) {
        return new SummaryRequest(from, to, regions, dates, true, "", null);
    }

    private static List<LocalDate> dates(RegionSection s) {
        return s.panels().stream().map(PhotoPanel::date).toList();
    }

    @Test
    void wholeJournalByDefaultWithFirstAndLatestPerRegion() throws Exception {
        for (int m = 0; m < 6; m++) {
            f.photo(JAN1.plusMonths(m), Region.CROWN);
        }
        f.photo(JAN1.plusDays(3), Region.HAIRLINE);
        f.photo(JAN1.plusDays(40), Region.HAIRLINE);

        SummaryDocument doc = f.builder().build(SummaryRequest.everything());

        assertEquals(JAN1, doc.from());
        assertEquals(JAN1.plusMonths(5), doc.to());
        assertEquals(List.of(Region.HAIRLINE, Region.CROWN), doc.regions().stream().map(RegionSection::region).toList());
        assertEquals(List.of(JAN1.plusDays(3), JAN1.plusDays(40)), dates(doc.regions().get(0)));
        assertEquals(List.of(JAN1, JAN1.plusMonths(5)), dates(doc.regions().get(1)));
        assertTrue(doc.emptyRegions().isEmpty());
    }

    @Test
    void rangeLimitsPhotosAndNotes() throws Exception {
        for (int m = 0; m < 6; m++) {
            f.photo(JAN1.plusMonths(m), Region.CROWN);
            f.note(JAN1.plusMonths(m), "note of month " + (m + 1));
        }
        SummaryDocument doc = f.builder().build(request(JAN1.plusMonths(1), JAN1.plusMonths(3), List.of(), 4));

        assertEquals(List.of(JAN1.plusMonths(1), JAN1.plusMonths(2), JAN1.plusMonths(3)), dates(doc.regions().get(0)));
        assertEquals(List.of("note of month 4", "note of month 3", "note of month 2"),
                doc.notes().stream().map(SummaryDocument.NoteItem::text).toList(), "most recent first, only in range");
    }

    @Test
    void fourDatesAreEvenlySpreadAndOnePhotoPerDate() throws Exception {
        for (int d = 0; d <= 180; d += 10) {
            f.photo(JAN1.plusDays(d), Region.TOP);
        }
        Photo second = f.photo(JAN1.plusDays(60), Region.TOP); // a second photo the same day is not shown twice

        SummaryDocument doc = f.builder().build(request(null, null, List.of(Region.TOP), 4));

        List<LocalDate> shown = dates(doc.regions().get(0));
        assertEquals(List.of(JAN1, JAN1.plusDays(60), JAN1.plusDays(120), JAN1.plusDays(180)), shown);
        assertFalse(doc.regions().get(0).panels().stream().anyMatch(p -> p.photo().id() == second.id()));
    }

    @Test
    void threeDatesIncludeTheMiddle() throws Exception {
        for (int d = 0; d <= 100; d += 25) {
            f.photo(JAN1.plusDays(d), Region.BACK);
        }
        SummaryDocument doc = f.builder().build(request(null, null, List.of(), 3));
        assertEquals(List.of(JAN1, JAN1.plusDays(50), JAN1.plusDays(100)), dates(doc.regions().get(0)));
    }

    @Test
    void chosenRegionsOnlyAndEmptyOnesAreNamed() throws Exception {
        f.photo(JAN1, Region.CROWN);
        f.photo(JAN1.plusDays(5), Region.HAIRLINE);

        SummaryDocument doc = f.builder().build(request(null, null, List.of(Region.CROWN, Region.BACK), 2));

        assertEquals(List.of(Region.CROWN), doc.regions().stream().map(RegionSection::region).toList());
        assertEquals(List.of(Region.BACK), doc.emptyRegions());
        assertEquals(1, doc.regions().get(0).panels().size());
    }

    @Test
    void nothingInRangeIsRefused() throws Exception {
        f.photo(JAN1, Region.CROWN);
        NothingToReportException e = assertThrows(NothingToReportException.class,
                () -> f.builder().build(request(JAN1.plusDays(10), JAN1.plusDays(20), List.of(), 2)));
        assertTrue(e.getMessage().contains("from 2026-01-11 to 2026-01-21"), e.getMessage());
    }

    @Test
    void emptyJournalIsRefused() {
        assertThrows(NothingToReportException.class, () -> f.builder().build(SummaryRequest.everything()));
    }

    @Test
    void notesCanBeLeftOut() throws Exception {
        f.photo(JAN1, Region.CROWN);
        f.note(JAN1, "private words");
        SummaryDocument doc = f.builder().build(new SummaryRequest(null, null, List.of(), 2, false, "A.B.", JAN1.plusDays(9)));
        assertTrue(doc.notes().isEmpty());
        assertFalse(doc.notesIncluded());
        assertEquals("A.B.", doc.name());
    }

    @Test
    void laterPanelsCarryTheAlignmentSavedAgainstTheFirstShownPhoto() throws Exception {
        Photo first = f.photo(JAN1, Region.CROWN);
        f.photo(JAN1.plusDays(30), Region.CROWN);
        Photo last = f.photo(JAN1.plusDays(60), Region.CROWN);
        List<long[]> asked = new ArrayList<>();
        AffineTransform saved = AffineTransform.getTranslateInstance(5, 5);
        SummarySources.Alignments alignments = (photo, reference) -> {
            asked.add(new long[] {photo.id(), reference.id()});
            return photo.id() == last.id() && reference.id() == first.id() ? Optional.of(saved) : Optional.empty();
        };

        SummaryDocument doc = f.builder(ReportFixture.noLog(), p -> Map.of(last.id(), "dry hair, daylight"), alignments,
                f.days()).build(request(null, null, List.of(), 2));

        List<PhotoPanel> panels = doc.regions().get(0).panels();
        assertTrue(panels.get(0).alignment().isEmpty(), "the reference itself is never moved");
        assertEquals(Optional.of(saved), panels.get(1).alignment());
        assertEquals("dry hair, daylight", panels.get(1).conditions());
        assertEquals("", panels.get(0).conditions());
        assertEquals(1, asked.size());
        assertEquals(first.id(), asked.get(0)[1]);
    }

    @Test
    void dayOneIsTheRegionsFirstPhotoOrTheChosenStartDate() throws Exception {
        f.photo(JAN1, Region.CROWN);
        f.photo(JAN1.plusDays(100), Region.CROWN);
        f.photo(JAN1.plusDays(10), Region.TOP);
        f.photo(JAN1.plusDays(100), Region.TOP);
        LocalDate chosenStart = JAN1.plusDays(20);

        f.days().choose(Region.TOP, chosenStart);
        SummaryDocument doc = f.builder(ReportFixture.noLog(), p -> Map.of(), (p, r) -> Optional.empty(), f.days())
                .build(request(JAN1.plusDays(50), null, List.of(), 2));

        PhotoPanel top = doc.regions().get(0).panels().get(0);
        PhotoPanel crown = doc.regions().get(1).panels().get(0);
        assertEquals(JAN1, crown.dayOne(), "counted from before the range too");
        assertEquals(chosenStart, top.dayOne());
        assertEquals("11 Apr 2026 · day 101", Labels.panelTitle(crown));
        assertEquals("11 Apr 2026 · day 81", Labels.panelTitle(top));
    }

    @Test
    void logItemsAloneAreEnoughForASummary() throws Exception {
        f.note(JAN1, "");
        SummarySources.Log log = new SummarySources.Log() {
            @Override
            public List<SummaryDocument.TreatmentRow> treatments(LocalDate from, LocalDate to) {
                return List.of(new SummaryDocument.TreatmentRow("Scalp massage", "5 min", from, to, "daily"));
            }

            @Override
            public List<SummaryDocument.SideEffectRow> sideEffects(LocalDate from, LocalDate to) {
                return List.of();
            }
        };
        SummaryDocument doc = f.builder(log, p -> Map.of(), (p, r) -> Optional.empty(), f.days())
                .build(SummaryRequest.everything());
        assertEquals(1, doc.treatments().size());
        assertTrue(doc.regions().isEmpty());
    }

    @Test
    void badRequestsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> request(null, null, List.of(), 5));
        assertThrows(IllegalArgumentException.class, () -> request(null, null, List.of(), 0));
        assertThrows(IllegalArgumentException.class, () -> request(JAN1, JAN1.minusDays(1), List.of(), 2));
    }
}
