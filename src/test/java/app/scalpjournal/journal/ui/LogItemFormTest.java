package app.scalpjournal.journal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.journal.LogField;
import app.scalpjournal.journal.LogItem;
import app.scalpjournal.journal.LogKind;
import app.scalpjournal.journal.LogValidator;
import app.scalpjournal.journal.SideEffect;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dialog's view model: each kind submits only its own fields, through the shared validator. */
class LogItemFormTest {
    private final LogValidator validator = new LogValidator();
    private final LocalDate day = LocalDate.of(2026, 3, 1);

    private LogItemForm form(LogKind kind, Map<LogField, String> values) {
        LogItemForm form = new LogItemForm(validator, day);
        form.kindProperty().set(kind);
        values.forEach((f, v) -> form.value(f).set(v));
        return form;
    }

    @Test
    void eachKindSubmitsItsOwnFieldsAndIgnoresTextLeftInOtherKindsFields() {
        Map<LogKind, Map<LogField, String>> examples = Map.of(
                LogKind.MASSAGE, Map.of(LogField.MINUTES, "10", LogField.DEVICE, "brush"),
                LogKind.MICRONEEDLING, Map.of(LogField.NEEDLE_MM, "0.5", LogField.DEVICE, "roller", LogField.AREA, "crown",
                        LogField.APPLIED_AFTER, "serum", LogField.AFTERCARE, "no washing"),
                LogKind.SMP, Map.of(LogField.SESSION, "2", LogField.CLINIC, "Studio", LogField.AREA, "crown", LogField.AFTERCARE, "dry"),
                LogKind.TOPICAL, Map.of(LogField.NAME, "Foam", LogField.STRENGTH, "5%", LogField.AMOUNT, "1 ml", LogField.TIMES_PER_DAY, "2"),
                LogKind.ORAL, Map.of(LogField.NAME, "Biotin", LogField.DOSE, "1 tablet", LogField.FREQUENCY, "daily"),
                LogKind.IN_CLINIC, Map.of(LogField.NAME, "PRP", LogField.CLINIC, "City clinic"),
                LogKind.OTHER, Map.of(LogField.NAME, "Cold shower"));
        for (LogKind kind : LogKind.values()) {
            LogItemForm form = form(LogKind.MICRONEEDLING, Map.of(LogField.NEEDLE_MM, "0.25", LogField.DOSE, "left over"));
            form.kindProperty().set(kind);
            examples.get(kind).forEach((f, v) -> form.value(f).set(v));
            LogItem item = form.submit().orElseThrow(() -> new AssertionError(kind + ": " + form.problemProperty().get()));
            assertEquals(examples.get(kind), item.fields(), kind.id());
            assertEquals("", form.problemProperty().get());
        }
    }

    @Test
    void eachKindsNumbersAreCheckedWithTheValidatorsMessage() {
        Map<LogKind, Map<LogField, String>> bad = Map.of(
                LogKind.MASSAGE, Map.of(LogField.MINUTES, "ten"),
                LogKind.MICRONEEDLING, Map.of(LogField.NEEDLE_MM, "-1"),
                LogKind.SMP, Map.of(LogField.SESSION, "0"),
                LogKind.TOPICAL, Map.of(LogField.TIMES_PER_DAY, "1.5"));
        bad.forEach((kind, values) -> {
            LogItemForm form = form(kind, values);
            assertTrue(form.submit().isEmpty(), kind.id());
            String field = values.keySet().iterator().next().label().toLowerCase(java.util.Locale.ROOT);
            assertTrue(form.problemProperty().get().startsWith(field.startsWith("needle") ? "needle length" : field),
                    form.problemProperty().get());
        });
        for (LogKind kind : new LogKind[] {LogKind.ORAL, LogKind.IN_CLINIC, LogKind.OTHER}) {
            LogItemForm form = form(kind, Map.of(LogField.NAME, "x".repeat(201)));
            assertTrue(form.submit().isEmpty());
            assertEquals("name is longer than 200 characters", form.problemProperty().get());
        }
    }

    @Test
    void aDayIsRequiredAndEditingStartsFromTheItem() {
        LogItemForm empty = new LogItemForm(validator, null);
        assertTrue(empty.submit().isEmpty());
        assertEquals("a date is required, like 2026-03-01", empty.problemProperty().get());

        LogItem item = new LogItem(7, day, LogKind.MICRONEEDLING, Map.of(LogField.NEEDLE_MM, "0.5"),
                EnumSet.of(SideEffect.REDNESS), "an hour", "first");
        LogItemForm edit = LogItemForm.of(validator, item);
        assertTrue(edit.sideEffect(SideEffect.REDNESS).get());
        edit.sideEffect(SideEffect.ITCHING).set(true);
        LogItem edited = edit.submit().orElseThrow();
        assertEquals(EnumSet.of(SideEffect.REDNESS, SideEffect.ITCHING), edited.sideEffects());
        assertEquals("0.5", edited.field(LogField.NEEDLE_MM));
        assertEquals("first", edited.note());
    }
}
