package app.scalpjournal.journal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.journal.DayMarks;
import app.scalpjournal.journal.EntryRepository;
import app.scalpjournal.journal.JournalCalendar;
import app.scalpjournal.journal.LogDraft;
import app.scalpjournal.journal.LogKind;
import app.scalpjournal.journal.LogRepository;
import app.scalpjournal.journal.LogValidator;
import app.scalpjournal.journal.Routine;
import app.scalpjournal.journal.RoutineDraft;
import app.scalpjournal.journal.RoutineRepository;
import app.scalpjournal.journal.SideEffect;
import app.scalpjournal.library.Library;
import app.scalpjournal.text.DateFormats;
import app.scalpjournal.ui.SameThreadTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Routines and Calendar windows' models on a real journal, without the toolkit. */
class RoutinesCalendarViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    @TempDir
    Path dir;
    private Library library;
    private RoutineRepository routines;
    private LogRepository log;
    private final LogValidator validator = new LogValidator();
    private final List<LocalDate> opened = new ArrayList<>();
    private int changes;

    @BeforeEach
    void open() {
        library = Library.open(dir);
        Clock clock = Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC);
        EntryRepository entries = new EntryRepository(library.database(), clock);
        routines = new RoutineRepository(library.database(), clock);
        log = new LogRepository(library.database(), entries, clock);
    }

    @AfterEach
    void close() {
        library.close();
    }

    private Routine draft(String name, String stopped) {
        return validator.check(new RoutineDraft(LogKind.MASSAGE, name, "", "2026-01-01", stopped, "daily"));
    }

    @Test
    void routinesStartSaveAndDeleteThroughTheModel() {
        RoutinesViewModel model = new RoutinesViewModel(routines, new SameThreadTaskRunner(), () -> changes++);
        model.load();
        assertTrue(model.routines().isEmpty());
        model.start(draft("Evening massage", ""));
        assertEquals(List.of("Evening massage"), model.names());
        Routine started = model.routines().get(0);
        model.save(started, draft("Evening massage", "2026-03-01"));
        assertEquals(LocalDate.of(2026, 3, 1), model.routines().get(0).stoppedOn());
        model.delete(model.routines().get(0));
        assertTrue(model.routines().isEmpty());
        assertEquals(List.of(), routines.listAll());
        assertEquals(3, changes, "the timeline hears of each change");
        assertTrue(model.messageProperty().get().contains("Evening massage"), model.messageProperty().get());
    }

    @Test
    void calendarMarksTheMonthMovesAndOpensOnlyMarkedDays() {
        log.add(validator.check(new LogDraft("2026-03-02", LogKind.MASSAGE, Map.of(), EnumSet.noneOf(SideEffect.class), "", "")));
        log.add(validator.check(new LogDraft("2026-02-14", LogKind.MASSAGE, Map.of(), EnumSet.noneOf(SideEffect.class), "", "")));
        CalendarViewModel model = new CalendarViewModel(new JournalCalendar(library.database()), new SameThreadTaskRunner(), TODAY,
                opened::add);
        model.show(YearMonth.from(TODAY));
        assertEquals(DateFormats.month(YearMonth.of(2026, 3)), model.titleProperty().get());
        assertEquals(Map.of(LocalDate.of(2026, 3, 2), new DayMarks(0, 1)), model.marksProperty().get());
        assertEquals(DateFormats.longDay(LocalDate.of(2026, 3, 2)) + ", 1 log item", model.describe(LocalDate.of(2026, 3, 2)));
        model.open(LocalDate.of(2026, 3, 3));
        model.open(LocalDate.of(2026, 3, 2));
        assertEquals(List.of(LocalDate.of(2026, 3, 2)), opened);
        model.previous();
        assertEquals(YearMonth.of(2026, 2), model.monthProperty().get());
        assertTrue(model.marksProperty().get().containsKey(LocalDate.of(2026, 2, 14)));
        model.thisMonth();
        assertEquals(YearMonth.of(2026, 3), model.monthProperty().get());
    }
}
