package app.scalpjournal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private static final Pattern LITERAL_KEY = Pattern.compile("Messages\\.get\\(\\s*\"([^\"]+)\"");

    @Test
    void fillsArgumentsIntoTheWording() {
        assertEquals("Scalp Journal", Messages.get("app.name"));
        assertTrue(Messages.has("app.name"));
        assertFalse(Messages.has("no.such.key"));
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
