package app.scalpjournal.compare.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.alignment.Alignment;
import app.scalpjournal.compare.CompareMode;
import app.scalpjournal.compare.ConditionLabels;
import app.scalpjournal.compare.DatedPhoto;
import app.scalpjournal.compare.RelativeView;
import app.scalpjournal.compare.Side;
import app.scalpjournal.compare.TestJournal;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.Region;
import app.scalpjournal.text.DateFormats;
import app.scalpjournal.ui.SameThreadTaskRunner;
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
        return new CompareViewModel(journal.service(conditions), null, new SameThreadTaskRunner(), journal.clock);
    }

    private static String left(CompareViewModel vm) {
        return vm.captionsProperty().get().caption(vm.pair().leftProperty().get());
    }

    private static String right(CompareViewModel vm) {
        return vm.captionsProperty().get().caption(vm.pair().rightProperty().get());
    }

    private static String day(int plusDays) {
        return DateFormats.day(D0.plusDays(plusDays));
    }

    @Test
    void opensOnTheRegionsEarliestAndLatestPhotos() {
        CompareViewModel vm = vm(ConditionLabels.NONE);
        vm.open(Region.CROWN);
        assertEquals(List.of(a.id(), b.id(), c.id(), d.id()), vm.pair().photos().stream().map(DatedPhoto::id).toList());
        assertEquals(a.id(), vm.pair().leftProperty().get().id());
        assertEquals(d.id(), vm.pair().rightProperty().get().id());
        assertTrue(vm.title().endsWith("90 days apart (3 months)"), vm.title());
    }

    @Test
    void stepsThroughDatesAndStopsAtTheEnds() {
        CompareViewModel vm = vm(ConditionLabels.NONE);
        vm.open(Region.CROWN);
        vm.pair().step(Side.RIGHT, -1);
        assertEquals(c.id(), vm.pair().rightProperty().get().id());
        vm.pair().step(Side.LEFT, 1);
        assertEquals(b.id(), vm.pair().leftProperty().get().id());
        vm.pair().step(Side.LEFT, -5);
        assertEquals(a.id(), vm.pair().leftProperty().get().id());
        vm.pair().step(Side.RIGHT, 9);
        assertEquals(d.id(), vm.pair().rightProperty().get().id());
    }

    @Test
    void openingFromAPhotoPutsItBesideTheEarliest() {
        CompareViewModel vm = vm(ConditionLabels.NONE);
        vm.openAt(b);
        assertEquals(a.id(), vm.pair().leftProperty().get().id());
        assertEquals(b.id(), vm.pair().rightProperty().get().id());
        vm.openAt(a);
        assertEquals(a.id(), vm.pair().leftProperty().get().id());
        assertEquals(d.id(), vm.pair().rightProperty().get().id());
    }

    @Test
    void daysCountFromTheFirstPhotoOrTheChosenStartDate() {
        CompareViewModel vm = vm(ConditionLabels.NONE);
        vm.open(Region.CROWN);
        assertEquals(day(0) + " · day 1", left(vm));
        assertTrue(right(vm).startsWith(day(90) + " · day 91\n"), right(vm));
        vm.setStartDate(D0.plusDays(10));
        assertEquals(day(0) + " · 10 days before day 1", left(vm));
        assertTrue(right(vm).startsWith(day(90) + " · day 81"));
        // The start date is kept in the journal and used the next time.
        CompareViewModel again = vm(ConditionLabels.NONE);
        again.open(Region.CROWN);
        assertEquals(Optional.of(D0.plusDays(10)), again.userStartDateProperty().get());
        again.setStartDate(null);
        assertEquals(day(0) + " · day 1", left(again));
    }

    @Test
    void captionShowsTheFirstLinesOfThatDaysNoteAndConditions() {
        CompareViewModel vm = vm(photos -> Map.of(d.id(), "washed, dry, daylight"));
        vm.open(Region.CROWN);
        assertEquals(day(90) + " · day 91\nwashed, dry, daylight\nWashed, dry, window light\nsecond line", right(vm));
    }

    @Test
    void hintsSayWhenPhotosDifferInSizeOrConditions() {
        CompareViewModel vm = vm(photos -> Map.of(a.id(), "washed", d.id(), "dry"));
        vm.open(Region.CROWN);
        assertEquals(List.of("Taken under different conditions.", "The photos differ in size (4000×3000 and 1000×750)."), vm.hints());
        vm.pair().step(Side.RIGHT, -1);
        assertEquals(List.of("Capture conditions are recorded for only one of these photos."), vm.hints());
    }

    @Test
    void alignmentIsSavedForThePairAndRestoredWhenItComesBack() {
        CompareViewModel vm = vm(ConditionLabels.NONE);
        vm.open(Region.CROWN);
        assertEquals(d.id(), vm.pair().moving().id());
        assertEquals(a.id(), vm.pair().reference().id());
        Alignment moved = Alignment.IDENTITY.movedBy(0.03, -0.01).scaledBy(1.2).rotatedBy(2);
        vm.alignment().alignmentProperty().set(moved);
        assertTrue(vm.alignment().changedProperty().get());
        vm.alignment().save();
        assertFalse(vm.alignment().changedProperty().get());
        assertEquals(Optional.of(moved), journal.alignments.find(d.id(), a.id()));

        vm.pair().step(Side.RIGHT, -1);
        assertEquals(Alignment.IDENTITY, vm.alignment().alignmentProperty().get());
        vm.pair().step(Side.RIGHT, 1);
        assertEquals(moved, vm.alignment().alignmentProperty().get());

        CompareViewModel reopened = vm(ConditionLabels.NONE);
        reopened.open(Region.CROWN);
        assertEquals(moved, reopened.alignment().alignmentProperty().get());
        reopened.alignment().reset();
        reopened.alignment().save();
        assertTrue(journal.alignments.find(d.id(), a.id()).isEmpty());
    }

    @Test
    void laterPhotoMovesEvenWhenItIsOnTheLeft() {
        CompareViewModel vm = vm(ConditionLabels.NONE);
        vm.open(Region.CROWN);
        vm.pair().select(Side.LEFT, 3);
        vm.pair().select(Side.RIGHT, 1);
        assertEquals(d.id(), vm.pair().moving().id());
        assertEquals(b.id(), vm.pair().reference().id());
        vm.pair().select(Side.RIGHT, 3);
        assertNull(vm.pair().moving());
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
        assertEquals(vm.pair().photos().get(0), vm.strip().get(0));
        assertEquals(vm.pair().photos().get(29), vm.strip().get(11));
        vm.pair().select(Side.LEFT, 25);
        assertEquals(5, vm.strip().size());
    }

    @Test
    void emptyRegionSaysSoAndShowsNothing() {
        CompareViewModel vm = vm(ConditionLabels.NONE);
        vm.open(Region.LEFT_TEMPLE);
        assertNull(vm.pair().leftProperty().get());
        assertTrue(vm.statusProperty().get().contains("No photos"), vm.statusProperty().get());
    }

    @Test
    void bothSidesStepTogetherKeepingTheirDistance() {
        CompareViewModel vm = vm(ConditionLabels.NONE);
        vm.open(Region.CROWN);
        vm.pair().select(Side.RIGHT, 1);
        vm.pair().stepBoth(1);
        assertEquals(List.of(b.id(), c.id()), List.of(vm.pair().leftProperty().get().id(), vm.pair().rightProperty().get().id()));
        vm.pair().stepBoth(5);
        assertEquals(List.of(c.id(), d.id()), List.of(vm.pair().leftProperty().get().id(), vm.pair().rightProperty().get().id()));
        vm.pair().stepBoth(-9);
        assertEquals(List.of(a.id(), b.id()), List.of(vm.pair().leftProperty().get().id(), vm.pair().rightProperty().get().id()));
    }

    @Test
    void aClickedDateGoesToTheSideBeingChosen() {
        CompareViewModel vm = vm(ConditionLabels.NONE);
        vm.open(Region.CROWN);
        vm.pair().choose(2);
        assertEquals(c.id(), vm.pair().rightProperty().get().id());
        vm.pair().choosingProperty().set(Side.LEFT);
        vm.pair().choose(1);
        assertEquals(b.id(), vm.pair().leftProperty().get().id());
    }

    @Test
    void aPhotoDatedInTheFutureIsMarked() {
        // The journal's clock says 1 June 2026.
        Photo future = journal.photo(Region.CROWN, LocalDate.of(2026, 8, 1), 4000, 3000);
        CompareViewModel vm = vm(ConditionLabels.NONE);
        vm.open(Region.CROWN);
        assertEquals(future.id(), vm.pair().rightProperty().get().id(), "the future photo is picked as the latest");
        assertTrue(vm.captionsProperty().get().isFuture(vm.pair().rightProperty().get()));
        assertTrue(right(vm).contains("in the future"), right(vm));
        assertFalse(left(vm).contains("in the future"), left(vm));
    }

    @Test
    void blinkSaysWhichPhotoIsShownAndFlips() {
        CompareViewModel vm = vm(ConditionLabels.NONE);
        vm.open(Region.CROWN);
        vm.modeProperty().set(CompareMode.BLINK);
        assertEquals(a.id(), vm.blinkShown().id());
        assertTrue(vm.blinkCaption().startsWith("Showing: LEFT photo\n" + day(0)), vm.blinkCaption());
        vm.blink().flip();
        assertEquals(d.id(), vm.blinkShown().id());
        assertTrue(vm.blinkCaption().startsWith("Showing: RIGHT photo\n" + day(90)), vm.blinkCaption());
        vm.blink().flipByHand();
        assertFalse(vm.blink().runningProperty().get(), "a flip by hand stops the automatic flipping");
        assertEquals(a.id(), vm.blinkShown().id());
    }

    @Test
    void zoomAndPanStayWhenASideChangesDate() {
        CompareViewModel vm = vm(ConditionLabels.NONE);
        vm.open(Region.CROWN);
        RelativeView zoomed = new RelativeView(0.3, 0.6, 4);
        vm.viewProperty().set(zoomed);
        vm.pair().step(Side.RIGHT, -1);
        vm.pair().stepBoth(-1);
        assertEquals(zoomed, vm.viewProperty().get());
    }
}
