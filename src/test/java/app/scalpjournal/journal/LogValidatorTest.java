package app.scalpjournal.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LogValidatorTest {
    private final LogValidator validator = new LogValidator();

    private LogItem check(LogKind kind, Map<LogField, String> values) {
        return validator.check(new LogDraft("2026-03-01", kind, values, EnumSet.noneOf(SideEffect.class), "", ""));
    }

    private String problem(LogKind kind, Map<LogField, String> values) {
        return assertThrows(ValidationException.class, () -> check(kind, values)).getMessage();
    }

    @Test
    void onlyKindAndDateAreRequired() {
        for (LogKind kind : LogKind.values()) {
            LogItem item = check(kind, Map.of());
            assertEquals(kind, item.kind());
            assertEquals(LocalDate.of(2026, 3, 1), item.date());
            assertTrue(item.fields().isEmpty());
        }
        ValidationException e = assertThrows(ValidationException.class,
                () -> validator.check(new LogDraft(" ", null, Map.of(), EnumSet.noneOf(SideEffect.class), null, null)));
        assertEquals(List.of("date", "kind"), e.problems().stream().map(Problem::field).toList());
        assertTrue(e.getMessage().contains("a date is required, like 2026-03-01"), e.getMessage());
    }

    @Test
    void impossibleDatesAreRefused() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> validator.check(new LogDraft("2026-02-30", LogKind.OTHER, Map.of(), EnumSet.noneOf(SideEffect.class), "", "")));
        assertEquals("the date '2026-02-30' is not a calendar day like 2026-03-01", e.getMessage());
    }

    @Test
    void massageRecordsWholeMinutesAndADevice() {
        LogItem item = check(LogKind.MASSAGE, Map.of(LogField.MINUTES, " 10 ", LogField.DEVICE, "silicone brush"));
        assertEquals("10", item.field(LogField.MINUTES));
        assertEquals(10L, item.typedValue(LogField.MINUTES));
        assertEquals("silicone brush", item.field(LogField.DEVICE));
        assertEquals("minutes must be a whole number from 1 to 1440 (got '7.5')", problem(LogKind.MASSAGE, Map.of(LogField.MINUTES, "7.5")));
        assertEquals("minutes must be a whole number from 1 to 1440 (got '0')", problem(LogKind.MASSAGE, Map.of(LogField.MINUTES, "0")));
    }

    @Test
    void microneedlingNeedleLengthIsAPositiveNumberOfMillimetres() {
        assertEquals("0.5", check(LogKind.MICRONEEDLING, Map.of(LogField.NEEDLE_MM, "0.50")).field(LogField.NEEDLE_MM));
        assertEquals("0.25", check(LogKind.MICRONEEDLING, Map.of(LogField.NEEDLE_MM, "0,25 mm")).field(LogField.NEEDLE_MM));
        assertEquals("1", check(LogKind.MICRONEEDLING, Map.of(LogField.NEEDLE_MM, "1.0")).field(LogField.NEEDLE_MM));
        for (String bad : List.of("-0.5", "0", "abc", "12")) {
            assertEquals("needle length must be a positive number of millimetres up to 10, e.g. 0.5 (got '" + bad + "')",
                    problem(LogKind.MICRONEEDLING, Map.of(LogField.NEEDLE_MM, bad)));
        }
        LogItem full = check(LogKind.MICRONEEDLING, Map.of(LogField.DEVICE, "roller", LogField.AREA, "crown",
                LogField.APPLIED_AFTER, "serum", LogField.AFTERCARE, "no washing for a day"));
        assertEquals(4, full.fields().size());
    }

    @Test
    void smpSessionNumberIsAWholeNumber() {
        LogItem item = check(LogKind.SMP, Map.of(LogField.SESSION, "2", LogField.CLINIC, "Studio Ink", LogField.AREA, "crown",
                LogField.AFTERCARE, "no sweating for 4 days"));
        assertEquals(2L, item.typedValue(LogField.SESSION));
        assertEquals("session number must be a whole number from 1 to 10000 (got 'two')", problem(LogKind.SMP, Map.of(LogField.SESSION, "two")));
    }

    @Test
    void topicalTimesPerDayIsAWholeNumberAndTextIsKeptAsTyped() {
        LogItem item = check(LogKind.TOPICAL, Map.of(LogField.NAME, "Minoxidil foam", LogField.STRENGTH, "5%",
                LogField.AMOUNT, "half a cap", LogField.TIMES_PER_DAY, "2"));
        assertEquals("5%", item.field(LogField.STRENGTH));
        assertEquals("times per day must be a whole number from 1 to 48 (got '-1')", problem(LogKind.TOPICAL, Map.of(LogField.TIMES_PER_DAY, "-1")));
    }

    @Test
    void oralAndInClinicAndOtherRecordTheirText() {
        assertEquals(3, check(LogKind.ORAL, Map.of(LogField.NAME, "Biotin", LogField.DOSE, "1 tablet", LogField.FREQUENCY, "daily")).fields().size());
        assertEquals(2, check(LogKind.IN_CLINIC, Map.of(LogField.NAME, "PRP", LogField.CLINIC, "City Clinic")).fields().size());
        assertEquals("Cold shower", check(LogKind.OTHER, Map.of(LogField.NAME, "Cold shower")).field(LogField.NAME));
        assertEquals("name is longer than 200 characters", problem(LogKind.OTHER, Map.of(LogField.NAME, "x".repeat(201))));
    }

    @Test
    void aDetailTheKindDoesNotRecordIsRefusedByName() {
        String message = problem(LogKind.TOPICAL, Map.of(LogField.NEEDLE_MM, "0.5"));
        assertEquals("needle length (mm) is not recorded for topical product items (it records: name, strength, amount, times-per-day)", message);
        assertEquals(LogKind.TOPICAL, check(LogKind.TOPICAL, Map.of(LogField.NEEDLE_MM, "  ")).kind(), "blank details are simply absent");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> check(LogKind.MICRONEEDLING, Map.of(LogField.NEEDLE_MM, "x", LogField.MINUTES, "5")));
        assertEquals(2, e.problems().size(), e.getMessage());
    }

    @Test
    void sideEffectsAndNotesAreKept() {
        LogItem item = validator.check(new LogDraft("2026-03-01", LogKind.MICRONEEDLING, Map.of(),
                EnumSet.of(SideEffect.REDNESS, SideEffect.ITCHING), " gone by evening ", "first time"));
        assertEquals(EnumSet.of(SideEffect.REDNESS, SideEffect.ITCHING), item.sideEffects());
        assertEquals("gone by evening", item.sideEffectNote());
        assertEquals("Microneedling / derma rolling · side effects: redness, itching (gone by evening) · first time", item.summary());
    }

    @Test
    void theSummaryShowsTheNotesFirstLineWhateverItsLineBreaks() {
        for (String lineBreak : List.of("\n", "\r\n", "\r")) {
            LogItem item = new LogItem(0, LocalDate.of(2026, 3, 1), LogKind.MASSAGE, Map.of(), Set.of(), "",
                    "  first line" + lineBreak + "second line" + lineBreak);
            assertEquals("Scalp massage · first line", item.summary(), lineBreak.replace("\r", "CR").replace("\n", "LF"));
        }
    }

    @Test
    void routineStopDateCannotPrecedeItsStart() {
        Routine ok = validator.check(new RoutineDraft(LogKind.MASSAGE, " Evening massage ", "", "2026-01-04", "", "daily"));
        assertEquals("Evening massage", ok.name());
        assertEquals(1, ok.frequency().minDays());
        ValidationException e = assertThrows(ValidationException.class,
                () -> validator.check(new RoutineDraft(LogKind.MASSAGE, "Evening massage", "", "2026-02-01", "2026-01-01", "daily")));
        assertEquals("the stop date 2026-01-01 is before the start date 2026-02-01", e.getMessage());
        e = assertThrows(ValidationException.class, () -> validator.check(new RoutineDraft(null, "", "", "", "", "")));
        assertEquals(List.of("kind", "name", "started"), e.problems().stream().map(Problem::field).toList());
    }

    @Test
    void tagsAreTrimmedAndDeduplicatedIgnoringCase() {
        assertEquals(List.of("winter", "new shampoo"), validator.tags(" winter,new   shampoo, Winter ,,"));
        assertThrows(ValidationException.class, () -> validator.tags("x".repeat(41)));
    }

    @Test
    void photoCadenceIsAWholeNumberOfDays() {
        assertEquals(14, validator.cadenceDays(" 14 "));
        assertEquals("a photo cadence must be a whole number of days from 1 to 3650 (got 'two weeks')",
                assertThrows(ValidationException.class, () -> validator.cadenceDays("two weeks")).getMessage());
    }
}
