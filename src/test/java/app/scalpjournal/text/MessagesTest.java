package app.scalpjournal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
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
                    if (!Messages.has(m.group(1))) {
                        missing.add(m.group(1) + " (" + source.getFileName() + ")");
                    }
                }
            }
        }
        assertEquals(Set.of(), missing, "keys missing from messages.properties");
    }
}
