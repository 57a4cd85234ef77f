package app.scalpjournal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.scalpjournal.photo.Region;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A translation is a new messages_xx.properties and nothing else: the code picks it by the user's locale. */
class TranslationTest {
    private final Locale before = Locale.getDefault(Locale.Category.DISPLAY);

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(Locale.Category.DISPLAY, before);
    }

    @Test
    void aBundleForTheUsersLanguageIsPickedUpWithoutCodeChanges() {
        Locale.setDefault(Locale.Category.DISPLAY, Locale.forLanguageTag("xx"));
        assertEquals("Skalp-Tagebuch", Messages.get("app.name"));
        assertEquals("Protokoll", Messages.get("log.panel.title"));
        assertEquals("Wirbel", Region.CROWN.label(), "enum labels come from the bundle too");
        assertEquals("Hairline / front", Region.HAIRLINE.label(), "what is not translated falls back to English");
        assertEquals("HAIRLINE", Region.HAIRLINE.name());
        assertEquals("crown", Region.CROWN.id(), "ids stay as the database and the command line know them");

        Locale.setDefault(Locale.Category.DISPLAY, Locale.ENGLISH);
        assertEquals("Scalp Journal", Messages.get("app.name"));
        assertEquals("Crown / vertex", Region.CROWN.label());
    }
}
