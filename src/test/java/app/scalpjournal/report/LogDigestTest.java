package app.scalpjournal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.scalpjournal.journal.Frequency;
import app.scalpjournal.journal.LogField;
import app.scalpjournal.journal.LogItem;
import app.scalpjournal.journal.LogKind;
import app.scalpjournal.journal.LogRepository;
import app.scalpjournal.journal.Routine;
import app.scalpjournal.journal.RoutineRepository;
import app.scalpjournal.journal.SideEffect;
import app.scalpjournal.photo.CaptureConditions;
import app.scalpjournal.photo.CaptureRepository;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.Region;
import app.scalpjournal.report.SummaryDocument.SideEffectBrief;
import app.scalpjournal.report.SummaryDocument.SideEffectRow;
import app.scalpjournal.report.SummaryDocument.TreatmentRow;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogDigestTest {
    private static final LocalDate JAN1 = LocalDate.of(2026, 1, 1);

    @TempDir
    Path dir;
    ReportFixture f;
    LogRepository log;
    RoutineRepository routines;
    LogDigest digest;

    @BeforeEach
    void open() {
        f = new ReportFixture(dir);
        log = new LogRepository(f.library.database(), f.entries, ReportFixture.CLOCK);
        routines = new RoutineRepository(f.library.database(), ReportFixture.CLOCK);
        digest = new LogDigest(log, routines);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private void item(LocalDate date, LogKind kind, Map<LogField, String> fields, Set<SideEffect> effects, String effectNote) {
        log.add(new LogItem(0, date, kind, fields, effects, effectNote, ""));
    }

    @Test
    void aRoutineAndItsLogItemsAreOneRow() {
        routines.add(new Routine(0, LogKind.MICRONEEDLING, "Derma roller", "cleaned before and after", JAN1.minusDays(20), null,
                Frequency.parse("every 2 weeks")));
        routines.add(new Routine(0, LogKind.ORAL, "Old supplement", "", JAN1.minusDays(90), JAN1.minusDays(30), Frequency.parse("daily")));
        for (int week = 0; week < 4; week++) {
            item(JAN1.plusDays(week * 14L), LogKind.MICRONEEDLING, Map.of(LogField.NEEDLE_MM, "0.5", LogField.DEVICE, "roller"),
                    week == 1 ? Set.of(SideEffect.REDNESS, SideEffect.ITCHING) : Set.of(), week == 1 ? "gone next day" : "");
        }
        item(JAN1.plusDays(20), LogKind.MICRONEEDLING, Map.of(LogField.NEEDLE_MM, "1.0", LogField.DEVICE, "roller"), Set.of(), "");
        item(JAN1.plusDays(100), LogKind.TOPICAL, Map.of(LogField.NAME, "outside the range"), Set.of(), "");

        List<TreatmentRow> rows = digest.treatments(JAN1, JAN1.plusDays(60));

        assertEquals(List.of(new TreatmentRow("Derma roller", "Microneedling / derma rolling",
                        "needle 0.5 mm, needle 1 mm", JAN1.minusDays(20), null,
                        TreatmentRow.Until.ONGOING, "every 2 weeks", "5 times, about every 11 days")),
                rows, "one row: the routine merged with all five items; the stopped supplement is outside the period");

        assertEquals(List.of(new SideEffectRow(JAN1.plusDays(14), "Microneedling / derma rolling · needle 0.5 mm · device: roller",
                "redness, itching: gone next day")), digest.sideEffects(JAN1, JAN1.plusDays(60)));
    }

    @Test
    void namesMatchOnASharedWordAndOtherwiseStayApart() {
        routines.add(new Routine(0, LogKind.TOPICAL, "Foam in the evening", "half a capful", JAN1, null, Frequency.parse("once a day")));
        routines.add(new Routine(0, LogKind.ORAL, "Biotin supplement", "", JAN1.plusDays(5), JAN1.plusDays(40), Frequency.parse("daily")));
        item(JAN1.plusDays(1), LogKind.TOPICAL, Map.of(LogField.NAME, "Minoxidil foam", LogField.STRENGTH, "5%"), Set.of(), "");
        item(JAN1.plusDays(2), LogKind.TOPICAL, Map.of(LogField.NAME, "Ketoconazole shampoo", LogField.STRENGTH, "2%"), Set.of(), "");
        item(JAN1.plusDays(9), LogKind.ORAL, Map.of(LogField.NAME, "biotin", LogField.DOSE, "1 tablet"), Set.of(), "");

        List<TreatmentRow> rows = digest.treatments(JAN1, JAN1.plusDays(60));

        assertEquals(List.of(
                new TreatmentRow("Foam in the evening", "Topical product", "strength: 5%", JAN1, null,
                        TreatmentRow.Until.ONGOING, "once a day", "once"),
                new TreatmentRow("Ketoconazole shampoo", "Topical product", "strength: 2%", JAN1.plusDays(2), JAN1.plusDays(2),
                        TreatmentRow.Until.LAST_LOGGED, "", "once"),
                new TreatmentRow("Biotin supplement", "Oral medication or supplement", "dose: 1 tablet", JAN1.plusDays(5), JAN1.plusDays(40),
                        TreatmentRow.Until.STOPPED, "daily", "once")), rows);
    }

    @Test
    void aRoutineNeverLoggedSaysSo() {
        routines.add(new Routine(0, LogKind.MASSAGE, "Evening massage", "", JAN1, null, Frequency.parse("daily")));
        routines.add(new Routine(0, LogKind.MASSAGE, "Morning massage", "", JAN1, null, Frequency.parse("daily")));
        item(JAN1.plusDays(3), LogKind.MASSAGE, Map.of(LogField.MINUTES, "5"), Set.of(), "");

        List<TreatmentRow> rows = digest.treatments(JAN1, JAN1.plusDays(30));
        assertEquals(List.of("not logged", "not logged", "once"), rows.stream().map(TreatmentRow::logged).toList(),
                "with two massage routines an unnamed massage belongs to neither");
    }

    @Test
    void sideEffectsInBriefCountEachKindWithItsDatesAndWhatWasLogged() {
        item(JAN1, LogKind.MICRONEEDLING, Map.of(LogField.NEEDLE_MM, "0.5"), Set.of(SideEffect.REDNESS), "");
        item(JAN1.plusDays(20), LogKind.SMP, Map.of(), Set.of(SideEffect.REDNESS, SideEffect.SWELLING), "");
        item(JAN1.plusDays(30), LogKind.TOPICAL, Map.of(LogField.NAME, "Foam"), Set.of(), "tingling");

        assertEquals(List.of(
                new SideEffectBrief("Redness", 2, JAN1, JAN1.plusDays(20), "Microneedling / derma rolling, Scalp micropigmentation session"),
                new SideEffectBrief("Swelling", 1, JAN1.plusDays(20), JAN1.plusDays(20), "Scalp micropigmentation session"),
                new SideEffectBrief("Other", 1, JAN1.plusDays(30), JAN1.plusDays(30), "Topical product")),
                digest.sideEffectsInBrief(JAN1, JAN1.plusDays(60)));
    }

    @Test
    void dailyItemsReadAsAboutDaily() {
        for (int d = 0; d < 10; d++) {
            item(JAN1.plusDays(d), LogKind.TOPICAL, Map.of(LogField.NAME, "Minoxidil", LogField.STRENGTH, "5%"), Set.of(), "");
        }
        assertEquals("10 times, about daily", digest.treatments(JAN1, JAN1.plusDays(30)).get(0).logged());
        assertEquals("Minoxidil", digest.treatments(JAN1, JAN1.plusDays(30)).get(0).name());
        assertEquals("strength: 5%", digest.treatments(JAN1, JAN1.plusDays(30)).get(0).details());
    }

    @Test
    void recordedCaptureConditionsBecomeOneLinePerPhoto() throws Exception {
        Photo a = f.photo(JAN1, Region.CROWN, 100, 100, null);
        Photo b = f.photo(JAN1.plusDays(1), Region.CROWN, 100, 100, null);
        CaptureRepository captures = new CaptureRepository(f.library.database());
        captures.put(List.of(a.id()), new CaptureConditions(true, CaptureConditions.HairState.DRY, null,
                CaptureConditions.Lighting.DAYLIGHT, "", "30 cm", ""));
        Map<Long, String> text = new RecordedConditions(captures).describe(List.of(a, b));
        assertEquals(Map.of(a.id(), "washed that day · dry · daylight · 30 cm"), text);
    }
}
