package app.scalpjournal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A translation must be a new bundle file, so the window's code holds no wording of its own: every
 * string literal in the shell and the UI packages must have a machine shape (a message key, a node id,
 * a style class, CSS, a key combination, a file pattern). Anything else reads like words for people
 * and belongs in messages.properties.
 */
class UiTextTest {
    private static final Path SOURCES = Path.of("src/main/java/app/scalpjournal");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern WORDS = Pattern.compile("[A-Za-z]{2,}|\\b[a-z]\\.[a-z]\\.");
    private static final List<Pattern> MACHINE_SHAPES = List.of(
            Pattern.compile("[a-z][A-Za-z0-9]*"),                       // node id, settings key, one lower-case token
            Pattern.compile("[a-z0-9]+([-_.][A-Za-z0-9]+)+[-_.]?"),      // message key or prefix, style class, file name
            Pattern.compile("[a-z][A-Za-z0-9]*-"),                       // id prefix, e.g. "editLogItem-"
            Pattern.compile("[A-Z0-9_]+"),                               // KeyCode and enum constant names
            Pattern.compile("((Shortcut|Ctrl|Alt|Shift)\\+)+[A-Z0-9]+|F[0-9]+"), // key combinations
            Pattern.compile("\\*\\.[A-Za-z0-9]+"),                       // file chooser patterns
            Pattern.compile("[#./].*"),                                  // CSS selectors, resource paths
            Pattern.compile(".*-fx-.*"));                                // inline CSS
    /**
     * Lines for developers (the log, the terminal: English like the code) or for the machine (node ids,
     * settings keys, style sheets), whose literals are names, not wording.
     */
    private static final Pattern MACHINE_LINE = Pattern.compile("System\\.err|LOG\\.|setId\\(|Settings\\.Key|\\.css\"");
    private static final Pattern KEY_SHAPED = Pattern.compile("[a-z][A-Za-z]*(\\.[A-Za-z0-9-]+)+\\.?");
    /** The toolkit's thread name (compared, never shown) and the Java version line of an error's technical details. */
    private static final Set<String> NOT_WORDING = Set.of("JavaFX Application Thread", ", Java ");

    /** The shell, the kit and every feature's user interface. */
    private static final List<String> UI_PACKAGES = List.of("shell/", "ui/", "journal/ui/", "library/ui/", "report/ui/", "compare/ui/", "photo/ui/");

    @Test
    void userInterfaceCodeHoldsNoWording() throws IOException {
        assertEquals(List.of(), literals(UiTextTest::isWording), "wording in UI code: put it in messages.properties and use Messages.get");
    }

    /**
     * Keys reach Messages.get through ternaries and helpers (label("routine.dialog.kind", …)) that the
     * bundle test cannot follow: every key-shaped literal of a bundle family must be a key, or the stem
     * or prefix of keys, or the window would throw where the wording should be.
     */
    @Test
    void everyKeyInUserInterfaceCodeIsInTheBundle() throws IOException {
        Set<String> families = new TreeSet<>();
        Messages.bundle().keySet().forEach(k -> families.add(k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.'))));
        assertEquals(List.of(), literals(literal -> KEY_SHAPED.matcher(literal).matches()
                && families.contains(literal.substring(0, literal.indexOf('.'))) && !Messages.has(literal)
                && Messages.bundle().keySet().stream().noneMatch(k -> k.startsWith(literal.endsWith(".") ? literal : literal + "."))),
                "keys missing from messages.properties");
    }

    /** The literals of the UI packages' code that {@code wanted} picks, as "file:line "literal"". */
    private static List<String> literals(Predicate<String> wanted) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : (Iterable<Path>) files.filter(UiTextTest::isUserInterface)::iterator) {
                String[] lines = withoutComments(Files.readString(file)).split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (MACHINE_LINE.matcher(lines[i]).find()) {
                        continue;
                    }
                    Matcher m = LITERAL.matcher(lines[i]);
                    while (m.find()) {
                        if (wanted.test(m.group(1))) {
                            found.add(SOURCES.relativize(file) + ":" + (i + 1) + " \"" + m.group(1) + "\"");
                        }
                    }
                }
            }
        }
        return found;
    }

    /** The rule itself: words for people are caught, machine strings pass. */
    @Test
    void tellsWordingFromMachineStrings() {
        for (String wording : List.of("Tags saved", "Undo: ", "Log", "e.g. 0.5", " photo(s) and its note", "Import photos…")) {
            assertTrue(isWording(wording), wording);
        }
        for (String machine : List.of("menuFile", "log.panel.title", "editLogItem-", "secondary-tool", "Shortcut+Shift+I",
                "*.jpg", "#statusMessage", "-fx-padding: 8;", "DIGIT", "visit-summary-", ".pdf", "+")) {
            assertFalse(isWording(machine), machine);
        }
    }

    static boolean isWording(String literal) {
        return WORDS.matcher(literal).find() && !NOT_WORDING.contains(literal)
                && MACHINE_SHAPES.stream().noneMatch(p -> p.matcher(literal).matches());
    }

    private static boolean isUserInterface(Path file) {
        String path = SOURCES.relativize(file).toString().replace('\\', '/');
        String name = file.getFileName().toString();
        return name.endsWith(".java") && UI_PACKAGES.stream().anyMatch(p -> path.startsWith(p) && path.indexOf('/', p.length()) < 0);
    }

    /** Drops comments, keeping line breaks so line numbers stay right; quotes inside comments are not literals. */
    private static String withoutComments(String source) {
        Matcher m = Pattern.compile("//[^\\n]*|/\\*(?s:.*?)\\*/|\"(?:[^\"\\\\\\n]|\\\\.)*\"").matcher(source);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String hit = m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(hit.startsWith("\"") ? hit : hit.replaceAll("[^\\n]", "")));
        }
        return m.appendTail(out).toString();
    }
}
