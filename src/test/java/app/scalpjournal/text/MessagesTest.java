package app.scalpjournal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.compare.CompareMode;
import app.scalpjournal.journal.LogField;
import app.scalpjournal.journal.LogKind;
import app.scalpjournal.journal.SideEffect;
import app.scalpjournal.photo.CaptureConditions;
import app.scalpjournal.photo.DateSource;
import app.scalpjournal.photo.Region;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    private static final Pattern LITERAL_KEY = Pattern.compile("Messages\\.get\\(\\s*\"([^\"]+)\"");

    @Test
    void fillsArgumentsIntoTheWording() {
        assertEquals("Scalp Journal", Messages.get("app.name"));
        assertTrue(Messages.has("app.name"));
        assertFalse(Messages.has("no.such.key"));
    }

    /** A wording asked for without arguments reads exactly as MessageFormat makes it, for every key and in the stand-in translation. */
    @Test
    void aWordingWithoutArgumentsIsWhatMessageFormatMakesOfIt() {
        Locale before = Locale.getDefault(Locale.Category.DISPLAY);
        try {
            for (String language : List.of("en", "xx")) {
                Locale.setDefault(Locale.Category.DISPLAY, Locale.forLanguageTag(language));
                ResourceBundle bundle = Messages.bundle();
                for (String key : bundle.keySet()) {
                    String expected = new MessageFormat(bundle.getString(key), Locale.getDefault(Locale.Category.FORMAT))
                            .format(new Object[0]);
                    assertEquals(expected, Messages.get(key), language + " " + key);
                }
            }
        } finally {
            Locale.setDefault(Locale.Category.DISPLAY, before);
        }
    }

    /**
     * Every wording goes through MessageFormat, where a lone apostrophe starts a quoted span and silently
     * eats the placeholders and apostrophes after it; a literal apostrophe is written ''.
     */
    @Test
    void everyWordingIsAValidMessageFormatWithDoubledApostrophes() {
        Set<String> wrong = new TreeSet<>();
        ResourceBundle bundle = Messages.bundle();
        for (String key : bundle.keySet()) {
            String pattern = bundle.getString(key);
            try {
                new MessageFormat(pattern);
            } catch (IllegalArgumentException e) {
                wrong.add(key + ": " + e.getMessage());
            }
            if (LONE_APOSTROPHE.matcher(pattern).find()) {
                wrong.add(key + ": lone apostrophe");
            }
        }
        assertEquals(Set.of(), wrong);
        assertEquals("The folder your phone's photos sync into", Messages.get("inbox.chooser.title"));
    }

    /** A key used in code but missing from the bundle would throw at run time, on the user's screen. */
    @Test
    void everyKeyUsedInTheCodeIsInTheBundle() throws IOException {
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : (Iterable<Path>) sources.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(source));
                while (m.find()) {
                    if (!(m.group(1).endsWith(".") ? hasKeyStartingWith(m.group(1)) : Messages.has(m.group(1)))) {
                        missing.add(m.group(1) + " (" + source.getFileName() + ")");
                    }
                }
            }
        }
        assertEquals(Set.of(), missing, "keys missing from messages.properties");
    }

    /** Labels chosen by an enum's stable id ("region." + id): every constant needs its key. */
    @Test
    void everyConstantShownByLabelHasItsWording() {
        List<String> labels = new ArrayList<>();
        Stream.of(Region.values()).forEach(v -> labels.add(v.label()));
        Stream.of(LogKind.values()).forEach(v -> labels.add(v.label()));
        Stream.of(LogField.values()).forEach(v -> labels.add(v.label()));
        Stream.of(SideEffect.values()).forEach(v -> labels.add(v.label()));
        Stream.of(DateSource.values()).forEach(v -> labels.add(v.label()));
        Stream.of(CaptureConditions.HairState.values()).forEach(v -> labels.add(v.toString()));
        Stream.of(CaptureConditions.Lighting.values()).forEach(v -> labels.add(v.toString()));
        Stream.of(CompareMode.values()).forEach(v -> labels.add(v.label()));
        assertTrue(labels.stream().noneMatch(String::isBlank));
        assertEquals("Microneedling / derma rolling", LogKind.MICRONEEDLING.label());
    }

    private static boolean hasKeyStartingWith(String prefix) {
        return Messages.bundle().keySet().stream().anyMatch(k -> k.startsWith(prefix));
    }
}
