package app.scalpjournal.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Only a plain {@code java -jar} start is read back, and the child's command repeats it exactly. */
class JarStartTest {
    private static final String[] ARGS = {"--library", "/tmp/j", "--exit-when-shown"};

    private static Optional<JarStart> read(String... commandLine) {
        return JarStart.of(List.of(commandLine), "target/app.jar", ARGS, Map.of());
    }

    @Test
    void theChildRepeatsOptionsJarAndArgumentsWithTheAddedOptionsBeforeTheJar() {
        JarStart start = read("-Xmx1g", "-Dfoo=bar baz", "--add-opens=java.base/java.lang=ALL-UNNAMED", "-jar", "target/app.jar",
                "--library", "/tmp/j", "--exit-when-shown").orElseThrow();
        assertEquals(List.of("/jdk/bin/java", "-Xmx1g", "-Dfoo=bar baz", "--add-opens=java.base/java.lang=ALL-UNNAMED", "-XX:Added",
                "-jar", "target/app.jar", "--library", "/tmp/j", "--exit-when-shown"), start.command(Path.of("/jdk/bin/java"), List.of("-XX:Added")));
    }

    @Test
    void startsThatAreNotAPlainJarStartAreLeftAlone() {
        assertTrue(read("app.scalpjournal.Main", "--library", "/tmp/j", "--exit-when-shown").isEmpty(), "a main class on a class path");
        assertTrue(read("-cp", "x", "-jar", "target/app.jar", "--library", "/tmp/j", "--exit-when-shown").isEmpty(), "an option with a separate value");
        assertTrue(read("@args.txt", "-jar", "target/app.jar", "--library", "/tmp/j", "--exit-when-shown").isEmpty(), "an argument file");
        assertTrue(read("-jar", "other.jar", "--library", "/tmp/j", "--exit-when-shown").isEmpty(), "a jar that is not the class path");
        assertTrue(read("-jar", "target/app.jar", "--library", "/tmp/other").isEmpty(), "arguments that are not main's");
        assertTrue(read("-jar").isEmpty(), "no jar");
    }

    @Test
    void agentsDebuggersAndTheUsersOwnClassDataOptionsMeanNoChild() {
        for (String option : List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-javaagent:a.jar", "-Xdebug",
                "-Xshare:off", "-XX:SharedArchiveFile=mine.jsa", "-XX:ArchiveClassesAtExit=x.jsa", "-XX:DumpLoadedClassList=x.txt")) {
            assertTrue(read(option, "-jar", "target/app.jar", "--library", "/tmp/j", "--exit-when-shown").isEmpty(), option);
        }
    }

    @Test
    void javaOptionsInTheEnvironmentMeanNoChild() {
        List<String> line = List.of("-jar", "target/app.jar", "--library", "/tmp/j", "--exit-when-shown");
        assertTrue(JarStart.of(line, "target/app.jar", ARGS, Map.of("JAVA_TOOL_OPTIONS", "-agentlib:jdwp=server=y")).isEmpty());
        assertTrue(JarStart.of(line, "target/app.jar", ARGS, Map.of("JDK_JAVA_OPTIONS", "-Xmx1g")).isEmpty());
        assertTrue(JarStart.of(line, "target/app.jar", ARGS, Map.of("JDK_JAVA_OPTIONS", " ")).isPresent());
    }
}
