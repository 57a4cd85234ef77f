package app.scalpjournal.report;

import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The paper a summary is laid out for: Letter where that is the norm, A4 everywhere else. */
public enum Paper {
    A4(PDRectangle.A4),
    LETTER(PDRectangle.LETTER);

    /** Countries (ISO 3166) whose printers are loaded with US Letter. */
    private static final Set<String> LETTER_COUNTRIES = Set.of(
            "US", "CA", "MX", "PH", "CL", "CO", "VE", "CR", "GT", "PA", "SV", "DO", "PR", "NI", "BZ");

    private final PDRectangle size;

    Paper(PDRectangle size) {
        this.size = size;
    }

    PDRectangle size() {
        return size;
    }

    public static Paper forLocale(Locale locale) {
        return LETTER_COUNTRIES.contains(locale.getCountry().toUpperCase(Locale.ROOT)) ? LETTER : A4;
    }

    /** The paper for the user's formatting locale. */
    public static Paper forUser() {
        return forLocale(Locale.getDefault(Locale.Category.FORMAT));
    }
}
