package app.scalpjournal.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.journal.EntryRepository;
import app.scalpjournal.journal.LogRepository;
import app.scalpjournal.journal.LogValidator;
import app.scalpjournal.journal.RoutineDraft;
import app.scalpjournal.journal.LogKind;
import app.scalpjournal.journal.RoutineReminders;
import app.scalpjournal.journal.RoutineRepository;
import app.scalpjournal.library.Library;
import app.scalpjournal.photo.PhotoCadenceRepository;
import app.scalpjournal.photo.Region;
import app.scalpjournal.photo.Reminders;
import app.scalpjournal.text.Messages;
import app.scalpjournal.ui.SameThreadTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Reminders window's model on a real journal, without the toolkit. */
class RemindersViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    @TempDir
    Path dir;
    private Library library;
    private RoutineRepository routines;
    private PhotoCadenceRepository cadences;
    private RemindersViewModel model;
    private int changes;

    @BeforeEach
    void open() {
        library = Library.open(dir);
        Clock clock = Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC);
        EntryRepository entries = new EntryRepository(library.database(), clock);
        routines = new RoutineRepository(library.database(), clock);
        cadences = new PhotoCadenceRepository(library.database());
        LogValidator validator = new LogValidator();
        Reminders reminders = new Reminders(new RoutineReminders(routines, new LogRepository(library.database(), entries, clock)),
                cadences, validator);
        model = new RemindersViewModel(reminders, new SameThreadTaskRunner(), TODAY, () -> changes++);
        routines.add(validator.check(new RoutineDraft(LogKind.MASSAGE, "Evening massage", "", "2026-01-01", "", "daily")));
        routines.add(validator.check(new RoutineDraft(LogKind.MICRONEEDLING, "Roller", "", "2026-01-01", "", "every 4 weeks")));
    }

    @AfterEach
    void close() {
        library.close();
    }

    private static List<String> texts(List<RemindersViewModel.Line> lines) {
        return lines.stream().map(RemindersViewModel.Line::text).toList();
    }

    @Test
    void aDailyRoutineNeverRemindsAndAnIntervalCountsFromItsStart() {
        model.load();
        assertTrue(model.due().isEmpty(), texts(model.due()).toString());
        assertEquals(1, model.upcoming().size());
        assertTrue(model.upcoming().get(0).text().startsWith("Roller (every 4 weeks): none yet; due "), texts(model.upcoming()).toString());
    }

    @Test
    void cadencesAreSavedTogetherAndARegionWithoutPhotosIsDueToday() {
        model.load();
        model.cadenceProperty(Region.CROWN).set("14");
        model.saveCadences();
        assertEquals(Messages.get("reminders.saved"), model.messageProperty().get());
        assertEquals(1, changes);
        assertEquals(Map.of(Region.CROWN, 14), cadences.all());
        assertEquals(1, model.due().size());
        assertTrue(model.due().get(0).photo());
        assertEquals("14", model.cadenceProperty(Region.CROWN).get());
    }

    @Test
    void aBadCadenceIsRefusedNamingItsRegionAndNothingIsStored() {
        model.cadenceProperty(Region.CROWN).set("14");
        model.cadenceProperty(Region.BACK).set("two weeks");
        model.saveCadences();
        assertTrue(model.messageProperty().get().startsWith(Region.BACK.label() + ": "), model.messageProperty().get());
        assertEquals(Map.of(), cadences.all());
        assertEquals(0, changes);
    }
}
