package app.scalpjournal.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.library.Library;
import app.scalpjournal.library.LibraryException;
import app.scalpjournal.library.Sql;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogRepositoryTest {
    @TempDir
    Path dir;

    private Library library;
    private EntryRepository entries;
    private LogRepository log;
    private RoutineRepository routines;
    private TagRepository tags;
    private JournalSearch search;
    private final LogValidator validator = new LogValidator();

    @BeforeEach
    void open() {
        library = Library.open(dir);
        Clock clock = Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC);
        entries = new EntryRepository(library.database(), clock);
        log = new LogRepository(library.database(), entries, clock);
        routines = new RoutineRepository(library.database(), clock);
        tags = new TagRepository(library.database());
        search = new JournalSearch(library.database(), log);
    }

    @AfterEach
    void close() {
        library.close();
    }

    private LogItem add(String date, LogKind kind, Map<LogField, String> values, SideEffect... effects) {
        EnumSet<SideEffect> set = EnumSet.noneOf(SideEffect.class);
        set.addAll(List.of(effects));
        return log.add(validator.check(new LogDraft(date, kind, values, set, "", "")));
    }

    @Test
    void addedItemsComeBackWithEveryDetailUnderTheirDaysEntry() {
        LogItem stored = log.add(validator.check(new LogDraft("2026-03-01", LogKind.MICRONEEDLING,
                Map.of(LogField.NEEDLE_MM, "0.5", LogField.DEVICE, "roller", LogField.AREA, "crown", LogField.APPLIED_AFTER, "serum",
                        LogField.AFTERCARE, "no washing until morning"),
                EnumSet.of(SideEffect.REDNESS, SideEffect.ITCHING), "gone by evening", "first session")));
        assertTrue(stored.id() > 0);
        assertEquals(stored, log.find(stored.id()).orElseThrow());
        assertEquals("0.5", stored.field(LogField.NEEDLE_MM));
        assertEquals(EnumSet.of(SideEffect.REDNESS, SideEffect.ITCHING), stored.sideEffects());
        assertTrue(entries.findByDate(LocalDate.of(2026, 3, 1)).isPresent(), "the day's entry was created");
        assertEquals(List.of(stored), log.listByDate(LocalDate.of(2026, 3, 1)));
    }

    @Test
    void editingReplacesDetailsAndSideEffectsAndCanMoveTheDay() {
        LogItem item = add("2026-03-01", LogKind.MICRONEEDLING, Map.of(LogField.NEEDLE_MM, "0.5"), SideEffect.PAIN);
        LogItem edited = log.update(item.id(), validator.check(new LogDraft("2026-03-02", LogKind.MICRONEEDLING,
                Map.of(LogField.NEEDLE_MM, "0.75"), EnumSet.of(SideEffect.SWELLING), "", "moved")));
        assertEquals(LocalDate.of(2026, 3, 2), edited.date());
        assertEquals("0.75", edited.field(LogField.NEEDLE_MM));
        assertEquals(EnumSet.of(SideEffect.SWELLING), edited.sideEffects());
        assertEquals(List.of(), log.listByDate(LocalDate.of(2026, 3, 1)));
        log.delete(item.id());
        assertFalse(log.find(item.id()).isPresent());
    }

    @Test
    void listFiltersByRangeAndKindOldestFirstAndHidesDeletedEntries() {
        LogItem a = add("2026-01-05", LogKind.MASSAGE, Map.of(LogField.MINUTES, "10"));
        LogItem b = add("2026-02-05", LogKind.TOPICAL, Map.of(LogField.NAME, "Foam"));
        LogItem c = add("2026-03-05", LogKind.MASSAGE, Map.of());
        assertEquals(List.of(a, b, c), log.list(null, null, null));
        assertEquals(List.of(b, c), log.list(LocalDate.of(2026, 2, 5), null, null));
        assertEquals(List.of(a), log.list(null, LocalDate.of(2026, 2, 4), LogKind.MASSAGE));
        entries.delete(entries.findByDate(LocalDate.of(2026, 3, 5)).orElseThrow().id());
        assertEquals(List.of(a), log.list(null, null, LogKind.MASSAGE));
        entries.findOrCreate(LocalDate.of(2026, 3, 5));
        assertEquals(List.of(), log.listByDate(LocalDate.of(2026, 3, 5)), "a day brought back starts empty");
    }

    @Test
    void previousValuesOfferWhatWasTypedBeforeMostUsedFirst() {
        add("2026-01-01", LogKind.TOPICAL, Map.of(LogField.NAME, "Rosemary oil"));
        add("2026-01-02", LogKind.TOPICAL, Map.of(LogField.NAME, "Minoxidil foam"));
        add("2026-01-03", LogKind.TOPICAL, Map.of(LogField.NAME, "Minoxidil foam"));
        assertEquals(List.of("Minoxidil foam", "Rosemary oil"), log.previousValues(LogField.NAME));
        assertEquals(List.of(), log.previousValues(LogField.MINUTES));
    }

    @Test
    void theDatabaseRefusesWhatTheValidatorWouldRefuse() {
        LogItem item = add("2026-01-01", LogKind.MICRONEEDLING, Map.of());
        assertThrows(LibraryException.class, () -> library.database().transaction(c ->
                Sql.update(c, "UPDATE log_item SET needle_mm = -1 WHERE id = ?", item.id())));
        Routine r = routines.add(validator.check(new RoutineDraft(LogKind.MASSAGE, "Massage", "", "2026-01-01", "", "daily")));
        assertThrows(LibraryException.class, () -> library.database().transaction(c ->
                Sql.update(c, "UPDATE routine SET stopped_on = '2025-12-31' WHERE id = ?", r.id())));
    }

    @Test
    void routinesAreActiveBetweenTheirDatesAndEditable() {
        Routine massage = routines.add(validator.check(new RoutineDraft(LogKind.MASSAGE, "Evening massage", "5 minutes by hand", "2026-01-04", "", "daily")));
        Routine foam = routines.add(validator.check(new RoutineDraft(LogKind.TOPICAL, "Foam", "", "2026-01-10", "2026-02-10", "twice a day")));
        assertEquals(List.of(massage), routines.activeOn(LocalDate.of(2026, 1, 5)));
        assertEquals(List.of(foam, massage), routines.activeOn(LocalDate.of(2026, 2, 10)));
        assertEquals(List.of(massage), routines.activeOn(LocalDate.of(2026, 2, 11)));
        Routine stopped = routines.update(massage.id(), validator.check(new RoutineDraft(LogKind.MASSAGE, "Evening massage", "", "2026-01-04", "2026-01-31", "daily")));
        assertEquals(LocalDate.of(2026, 1, 31), stopped.stoppedOn());
        assertEquals(List.of(), routines.activeOn(LocalDate.of(2026, 3, 1)));
        routines.delete(foam.id());
        assertEquals(List.of(stopped), routines.listAll());
    }

    @Test
    void routineRemindersCountFromTheLastItemOfTheirKind() {
        routines.add(validator.check(new RoutineDraft(LogKind.MICRONEEDLING, "Microneedling 0.5 mm", "", "2026-01-01", "", "every 4-6 weeks")));
        routines.add(validator.check(new RoutineDraft(LogKind.OTHER, "Unplanned", "", "2026-01-01", "", "when I remember")));
        routines.add(validator.check(new RoutineDraft(LogKind.MASSAGE, "Old massage", "", "2025-01-01", "2025-06-01", "daily")));
        RoutineReminders reminders = new RoutineReminders(routines, log);
        LocalDate today = LocalDate.of(2026, 3, 10);
        List<Reminder> before = reminders.upcoming(today);
        assertEquals(1, before.size(), before.toString());
        assertEquals(LocalDate.of(2026, 3, 26), before.get(0).next(), "nothing logged: the plan counted from the start");
        assertFalse(before.get(0).dueOn(today));
        add("2026-02-20", LogKind.MICRONEEDLING, Map.of());
        Reminder after = reminders.upcoming(today).get(0);
        assertEquals(LocalDate.of(2026, 3, 20), after.next());
        assertEquals(LocalDate.of(2026, 4, 3), after.latest());
        assertFalse(after.dueOn(today));
        assertEquals("Microneedling 0.5 mm (every 4-6 weeks): last " + day(2026, 2, 20) + "; due " + day(2026, 3, 20) + " to "
                + day(2026, 4, 3), after.text(today));
        assertEquals("Microneedling 0.5 mm (every 4-6 weeks): last " + day(2026, 2, 20) + "; due since " + day(2026, 3, 20),
                after.text(LocalDate.of(2026, 3, 25)));
        routines.add(validator.check(new RoutineDraft(LogKind.MASSAGE, "Evening massage", "", "2026-01-01", "", "daily")));
        routines.add(validator.check(new RoutineDraft(LogKind.TOPICAL, "Serum", "", "2026-01-01", "", "twice a week")));
        assertEquals(List.of("Serum", "Microneedling 0.5 mm"), reminders.upcoming(today).stream().map(Reminder::subject).toList(),
                "a daily routine needs no logging and never reminds; twice a week does, counted from its start");
        assertEquals("Serum (twice a week): none yet; due today", reminders.upcoming(today).get(0).text(today));
    }

    private static String day(int year, int month, int dayOfMonth) {
        return app.scalpjournal.text.DateFormats.day(LocalDate.of(year, month, dayOfMonth));
    }

    @Test
    void tagsReplaceAndUnusedTagsDisappear() {
        long id = entries.findOrCreate(LocalDate.of(2026, 3, 1)).id();
        assertEquals(List.of("new shampoo", "winter"), tags.setTags(id, validator.tags("winter, new shampoo")));
        assertEquals(List.of("new shampoo", "winter"), tags.allTags());
        tags.setTags(id, validator.tags("Winter"));
        assertEquals(List.of("winter"), tags.tagsOf(id));
        assertEquals(List.of("winter"), tags.allTags());
    }

    @Test
    void searchFindsNotesLogItemsProductNamesAndTagsWithFilters() {
        long day1 = entries.findOrCreate(LocalDate.of(2026, 1, 10)).id();
        entries.updateNote(day1, "Scalp felt tight after the cold weekend");
        add("2026-02-01", LogKind.TOPICAL, Map.of(LogField.NAME, "Minoxidil foam"));
        add("2026-02-15", LogKind.MICRONEEDLING, Map.of(LogField.NEEDLE_MM, "0.5"), SideEffect.REDNESS);
        tags.setTags(entries.findOrCreate(LocalDate.of(2026, 2, 15)).id(), List.of("Derma-day"));
        Routine routine = routines.add(validator.check(new RoutineDraft(LogKind.MASSAGE, "Evening massage", "with rosemary oil", "2026-01-01", "", "daily")));

        assertEquals(List.of(LocalDate.of(2026, 1, 10)), dates(search.search(SearchQuery.words("tight"))));
        assertEquals(List.of(LocalDate.of(2026, 2, 1)), dates(search.search(SearchQuery.words("minox"))), "prefixes match");
        assertEquals(List.of(LocalDate.of(2026, 2, 15)), dates(search.search(SearchQuery.words("redness derma"))));
        List<SearchHit> hits = search.search(SearchQuery.words("rosemary"));
        assertEquals(1, hits.size());
        assertEquals(new SearchHit(SearchHit.Type.ROUTINE, routine.id(), LocalDate.of(2026, 1, 1), "Routine: Evening massage",
                "Evening massage · with [rosemary] oil · daily"), hits.get(0));
        assertEquals(List.of(LocalDate.of(2026, 2, 15)),
                dates(search.search(new SearchQuery("", null, LogKind.MICRONEEDLING, null, null))), "filters alone list entries");
        assertEquals(List.of(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 1)),
                dates(search.search(new SearchQuery("", null, null, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)))));
        assertEquals(List.of(), search.search(new SearchQuery("minoxidil", "crown", null, null, null)), "no crown photo that day");
        assertEquals(List.of(), search.search(SearchQuery.words("\"(*")), "punctuation alone finds nothing and breaks nothing");
        assertEquals(List.of(), search.search(SearchQuery.words("")));
    }

    @Test
    void searchResultsShowTheItemsOwnWordsNotTheIndex() {
        long day1 = entries.findOrCreate(LocalDate.of(2026, 1, 10)).id();
        entries.updateNote(day1, "Scalp felt tight after the cold weekend");
        add("2026-02-01", LogKind.TOPICAL, Map.of(LogField.NAME, "Minoxidil foam"));
        add("2026-02-15", LogKind.MICRONEEDLING, Map.of(LogField.NEEDLE_MM, "0.5"), SideEffect.REDNESS);
        tags.setTags(entries.findOrCreate(LocalDate.of(2026, 3, 1)).id(), List.of("winter", "new shampoo"));

        assertEquals("Scalp felt [tight] after the cold weekend", search.search(SearchQuery.words("tight")).get(0).snippet());
        String product = search.search(SearchQuery.words("minox")).get(0).snippet();
        assertEquals(log.listByDate(LocalDate.of(2026, 2, 1)).get(0).summary().replace("Minoxidil", "[Minoxidil]"), product,
                "the log item as the log panel words it");
        String rolling = search.search(SearchQuery.words("redness")).get(0).snippet();
        assertTrue(rolling.contains("[redness]") && !rolling.contains("derma rolling derma"), rolling);
        assertTrue(search.search(SearchQuery.words("shampoo")).get(0).snippet().contains("new [shampoo]"));
    }

    @Test
    void calendarMarksDaysWithLogItems() {
        add("2026-03-01", LogKind.MASSAGE, Map.of());
        add("2026-03-01", LogKind.TOPICAL, Map.of());
        add("2026-04-01", LogKind.MASSAGE, Map.of());
        entries.findOrCreate(LocalDate.of(2026, 3, 2));
        assertEquals(Map.of(LocalDate.of(2026, 3, 1), new DayMarks(0, 2)),
                new JournalCalendar(library.database()).month(YearMonth.of(2026, 3)));
    }

    private static List<LocalDate> dates(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::date).toList();
    }
}
