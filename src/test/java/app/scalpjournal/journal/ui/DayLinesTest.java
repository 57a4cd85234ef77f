package app.scalpjournal.journal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.scalpjournal.journal.LogDraft;
import app.scalpjournal.journal.LogField;
import app.scalpjournal.journal.LogItem;
import app.scalpjournal.journal.LogKind;
import app.scalpjournal.journal.LogValidator;
import app.scalpjournal.journal.Routine;
import app.scalpjournal.journal.RoutineDraft;
import app.scalpjournal.journal.SideEffect;
import app.scalpjournal.text.Messages;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DayLinesTest {
    private final LogValidator validator = new LogValidator();

    private Routine routine(String name, String start, String stop) {
        return validator.check(new RoutineDraft(LogKind.MASSAGE, name, "", start, stop, "daily"));
    }

    private static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2026, month, dayOfMonth);
    }

    @Test
    void theRoutinesLineStandsOnlyWhereTheRunningSetChanges() {
        List<Routine> routines = List.of(routine("Massage", "2026-01-01", ""), routine("Foam", "2026-02-01", "2026-02-20"));
        List<LocalDate> days = List.of(day(3, 1), day(2, 15), day(2, 10), day(2, 1), day(1, 20), day(1, 10));
        Map<LocalDate, DayLines.Lines> lines = DayLines.of(days, routines, Map.of());
        assertEquals(Messages.get("timeline.routines", "Massage"), lines.get(day(1, 10)).routines(), "the oldest day starts the run");
        assertEquals(null, lines.get(day(1, 20)), "same routines as the day before: no line");
        assertEquals(Messages.get("timeline.routines", "Massage, Foam"), lines.get(day(2, 1)).routines());
        assertEquals(null, lines.get(day(2, 10)));
        assertEquals(null, lines.get(day(2, 15)));
        assertEquals(Messages.get("timeline.routines", "Massage"), lines.get(day(3, 1)).routines(), "Foam stopped");
    }

    @Test
    void aDayWithLogItemsHasAShortLineOfThem() {
        LogItem massage = validator.check(new LogDraft("2026-03-01", LogKind.MASSAGE, Map.of(LogField.MINUTES, "5"),
                EnumSet.noneOf(SideEffect.class), "", ""));
        LogItem foam = validator.check(new LogDraft("2026-03-01", LogKind.TOPICAL, Map.of(LogField.NAME, "Minoxidil foam"),
                EnumSet.noneOf(SideEffect.class), "", ""));
        Map<LocalDate, DayLines.Lines> lines = DayLines.of(List.of(day(3, 1)), List.of(), Map.of(day(3, 1), List.of(massage, foam)));
        assertEquals(Messages.get("timeline.log", LogKind.MASSAGE.label() + " · "
                + Messages.get("timeline.logNamed", LogKind.TOPICAL.label(), "Minoxidil foam")), lines.get(day(3, 1)).log());
        assertEquals("", lines.get(day(3, 1)).routines());
    }
}
