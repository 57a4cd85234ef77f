package app.scalpjournal.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.alignment.Alignment;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.Region;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view model on a real temp journal, with background and UI work run on the calling thread. */
class CompareViewModelTest {
    private static final LocalDate D0 = LocalDate.of(2026, 1, 5);

    @TempDir
    Path dir;
    private TestJournal journal;
    private Photo a;
    private Photo b;
    private Photo c;
    private Photo d;

    @BeforeEach
    void setUp() {
        journal = new TestJournal(dir);
        // Inserted out of date order on purpose.
        c = journal.photo(Region.CROWN, D0.plusDays(60), 4000, 3000);
        a = journal.photo(Region.CROWN, D0, 4000, 3000);
        d = journal.photo(Region.CROWN, D0.plusDays(90), 1000, 750);
        b = journal.photo(Region.CROWN, D0.plusDays(30), 4000, 3000);
        journal.photo(Region.TOP, D0.minusDays(100), 4000, 3000);
        journal.entries.updateNote(journal.entries.findByDate(D0.plusDays(90)).orElseThrow().id(),
                "\n  Washed, dry, window light  \nsecond line\nthird line");
    }

    @AfterEach
    void tearDown() {
        journal.close();
    }

    private CompareViewModel vm(ConditionLabels conditions) {
        return new CompareViewModel(journal.service(conditions), Runnable::run, Runnable::run);
    }

    @Test
    void opensOnTheRegionsEarliestAndLatestPhotos() {
        CompareViewModel vm = vm(ConditionLabels.NONE);
        vm.open(Region.CROWN);
        assertEquals(List.of(a.id(), b.id(), c.id(), d.id()), vm.photos().stream().map(DatedPhoto::id).toList());
        assertEquals(a.id(), vm.leftProperty().get().id());
        assertEquals(d.id(), vm.rightProperty().get().id());
        assertEquals("90 days apart (3 months)", vm.intervalProperty().get());
    }

    @Test
    void stepsThroughDatesAndStopsAtTheEnds() {
        CompareViewModel vm = vm(ConditionLabels.NONE);
        vm.open(Region.CROWN);
        vm.step(Side.RIGHT, -1);
        assertEquals(c.id(), vm.rightProperty().get().id());
        vm.step(Side.LEFT, 1);
        assertEquals(b.id(), vm.leftProperty().get().id());
        vm.step(Side.LEFT, -5);
        assertEquals(a.id(), vm.leftProperty().get().id());
        vm.step(Side.RIGHT, 9);
        assertEquals(d.id(), vm.rightProperty().get().id());
    }

    @Test
    void openingFromAPhotoPutsItBesideTheEarliest() {
        CompareViewModel vm = vm(ConditionLabels.NONE);
        vm.openAt(b);
        assertEquals(a.id(), vm.leftProperty().get().id());
        assertEquals(b.id(), vm.rightProperty().get().id());
        vm.openAt(a);
        assertEquals(a.id(), vm.leftProperty().get().id());
        assertEquals(d.id(), vm.rightProperty().get().id());
    }

    @Test
    void daysCountFromTheFirstPhotoOrTheChosenStartDate() {
        CompareViewModel vm = vm(ConditionLabels.NONE);
        vm.open(Region.CROWN);
        assertEquals("5 Jan 2026 · day 1", vm.leftCaptionProperty().get());
        assertTrue(vm.rightCaptionProperty().get().startsWith("5 Apr 2026 · day 91\n"), vm.rightCaptionProperty().get());
        vm.setStartDate(D0.plusDays(10));
        assertEquals("5 Jan 2026 · 10 days before day 1", vm.leftCaptionProperty().get());
        assertTrue(vm.rightCaptionProperty().get().startsWith("5 Apr 2026 · day 81"));
        // The start date is kept in the journal and used the next time.
        CompareViewModel again = vm(ConditionLabels.NONE);
        again.open(Region.CROWN);
        assertEquals(Optional.of(D0.plusDays(10)), again.userStartDateProperty().get());
        again.setStartDate(null);
        assertEquals("5 Jan 2026 · day 1", again.leftCaptionProperty().get());
    }

    @Test
    void captionShowsTheFirstLinesOfThatDaysNoteAndConditions() {
        CompareViewModel vm = vm(photos -> Map.of(d.id(), "washed, dry, daylight"));
        vm.open(Region.CROWN);
        assertEquals("5 Apr 2026 · day 91\nwashed, dry, daylight\nWashed, dry, window light\nsecond line", vm.rightCaptionProperty().get());
    }

    @Test
    void hintsSayWhenPhotosDifferInSizeOrConditions() {
        CompareViewModel vm = vm(photos -> Map.of(a.id(), "washed", d.id(), "dry"));
        vm.open(Region.CROWN);
        assertEquals(List.of("Taken under different conditions.", "The photos differ in size (4000×3000 and 1000×750)."), vm.hints());
        vm.step(Side.RIGHT, -1);
        assertEquals(List.of("Capture conditions are recorded for only one of these photos."), vm.hints());
    }

    @Test
    void alignmentIsSavedForThePairAndRestoredWhenItComesBack() {
        CompareViewModel vm = vm(ConditionLabels.NONE);
        vm.open(Region.CROWN);
        assertEquals(d.id(), vm.moving().id());
        assertEquals(a.id(), vm.reference().id());
        Alignment moved = Alignment.IDENTITY.movedBy(0.03, -0.01).scaledBy(1.2).rotatedBy(2);
        vm.alignmentProperty().set(moved);
        assertTrue(vm.alignmentChangedProperty().get());
        vm.saveAlignment();
        assertFalse(vm.alignmentChangedProperty().get());
        assertEquals(Optional.of(moved), journal.alignments.find(d.id(), a.id()));

        vm.step(Side.RIGHT, -1);
        assertEquals(Alignment.IDENTITY, vm.alignmentProperty().get());
        vm.step(Side.RIGHT, 1);
        assertEquals(moved, vm.alignmentProperty().get());

        CompareViewModel reopened = vm(ConditionLabels.NONE);
        reopened.open(Region.CROWN);
        assertEquals(moved, reopened.alignmentProperty().get());
        reopened.resetAlignment();
        reopened.saveAlignment();
        assertTrue(journal.alignments.find(d.id(), a.id()).isEmpty());
    }

    @Test
    void laterPhotoMovesEvenWhenItIsOnTheLeft() {
        CompareViewModel vm = vm(ConditionLabels.NONE);
        vm.open(Region.CROWN);
        vm.select(Side.LEFT, 3);
        vm.select(Side.RIGHT, 1);
        assertEquals(d.id(), vm.moving().id());
        assertEquals(b.id(), vm.reference().id());
        vm.select(Side.RIGHT, 3);
        assertNull(vm.moving());
        assertEquals(List.of("Both sides show the same photo."), vm.hints());
    }

    @Test
    void stripSpreadsAtMostTwelveDatesBetweenTheTwoSides() {
        for (int i = 1; i <= 30; i++) {
            journal.photo(Region.BACK, D0.plusDays(7L * i), 800, 600);
        }
        CompareViewModel vm = vm(ConditionLabels.NONE);
        vm.open(Region.BACK);
        assertEquals(12, vm.strip().size());
        assertEquals(vm.photos().get(0), vm.strip().get(0));
        assertEquals(vm.photos().get(29), vm.strip().get(11));
        vm.select(Side.LEFT, 25);
        assertEquals(5, vm.strip().size());
    }

    @Test
    void emptyRegionSaysSoAndShowsNothing() {
        CompareViewModel vm = vm(ConditionLabels.NONE);
        vm.open(Region.LEFT_TEMPLE);
        assertNull(vm.leftProperty().get());
        assertTrue(vm.statusProperty().get().contains("No photos"), vm.statusProperty().get());
    }
}
