package app.scalpjournal.ui;

import app.scalpjournal.text.DateFormats;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/** Date pickers that show and read days in the one format the rest of the window uses (DateFormats). */
public final class DatePickers {
    private DatePickers() {
    }

    /** Makes the picker show "29 Nov 2026" (in the user's locale) rather than the JDK's short US form. */
    public static DatePicker localized(DatePicker picker) {
        picker.setConverter(converter());
        return picker;
    }

    /** Shows days through DateFormats; reads that form back, and ISO "2026-11-29" too, since people type it. */
    public static StringConverter<LocalDate> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : DateFormats.day(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                String typed = text.strip();
                try {
                    return LocalDate.parse(typed, DateFormats.dayFormatter());
                } catch (DateTimeParseException notLocal) {
                    return LocalDate.parse(typed);
                }
            }
        };
    }
}
