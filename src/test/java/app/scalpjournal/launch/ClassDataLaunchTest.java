package app.scalpjournal.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.library.LibraryLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real {@code java -jar} starts of a small jar whose main does what the app's Main does: the window runs
 * in a child JVM with the parent's exit code and output, the first start leaves a class-data archive that
 * the next one maps, and anything wrong with the archive means an ordinary start, with nothing printed.
 * The report command runs in a child with the quick compiler only, unless the user chose how code is compiled.
 */
class ClassDataLaunchTest {
    private static final Pattern WINDOW = Pattern.compile("(?:window|command) pid=(\\d+) args=(.*)");
    /** Makes the probe start "the report" instead of "the window". */
    private static final String REPORT = "-Dprobe.command=true";

    @TempDir
    Path dir;
    private Path jar;

    @BeforeEach
    void buildJar() throws IOException {
        jar = dir.resolve("probe.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, LaunchProbe.class.getName());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            add(out, ClassDataLaunch.class, "app/scalpjournal/launch/");
            add(out, LaunchProbe.class, "app/scalpjournal/launch/LaunchProbe");
            add(out, LibraryLocation.class, "app/scalpjournal/library/LibraryLocation");
        }
    }

    /** The compiled classes under {@code prefix} from the folder {@code near} was loaded from. */
    private static void add(JarOutputStream out, Class<?> near, String prefix) throws IOException {
        Path root;
        try {
            root = Path.of(near.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                if (name.startsWith(prefix) && !name.contains("Test")) {
                    out.putNextEntry(new JarEntry(name));
                    Files.copy(file, out);
                    out.closeEntry();
                }
            }
        }
    }

    private record Run(int exit, long parent, long window, String args, String err) {
    }

    private Run run(String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        line.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(line).directory(dir.toFile());
        builder.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        builder.environment().keySet().removeAll(List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS"));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the start finished");
        Matcher m = WINDOW.matcher(Files.readString(out).trim());
        assertTrue(m.matches(), "the window's line, and nothing else, on stdout: " + Files.readString(out));
        return new Run(p.exitValue(), p.pid(), Long.parseLong(m.group(1)), m.group(2), Files.readString(err, StandardCharsets.UTF_8));
    }

    private List<Path> archives() throws IOException {
        Path folder = dir.resolve("cache").resolve("scalp-journal").resolve("classdata");
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void theWindowRunsInAChildWithTheParentsOutputAndExitCode() throws Exception {
        Run first = run("-Xmx200m", "-jar", jar.toString(), "3");
        assertEquals(3, first.exit());
        assertNotEquals(first.parent(), first.window(), "the window ran in a child");
        assertTrue(first.args().contains("-Dscalpjournal.parent=" + first.parent()), first.args());
        assertTrue(first.args().startsWith("-Xmx200m "), "the parent's options first: " + first.args());
        assertEquals("", first.err());
    }

    @Test
    void theNextStartMapsTheArchiveTheFirstLeft() throws Exception {
        Run first = run("-jar", jar.toString(), "0");
        assertTrue(first.args().contains("-XX:DumpLoadedClassList="), first.args());
        List<Path> left = archives();
        assertEquals(1, left.size(), "one archive, no class list or partial file: " + left);
        assertTrue(left.get(0).getFileName().toString().endsWith("-" + Files.size(left.get(0)) + ".jsa"), left.toString());

        Run second = run("-jar", jar.toString(), "0");
        assertTrue(second.args().contains("-XX:SharedArchiveFile=" + left.get(0)), second.args());
        assertEquals(0, second.exit());
        assertEquals("", second.err());
    }

    @Test
    void aCutOffArchiveIsNeverMappedAndIsMadeAgain() throws Exception {
        run("-jar", jar.toString(), "0");
        Path archive = archives().get(0);
        byte[] bytes = Files.readAllBytes(archive);
        archive.toFile().setWritable(true);
        Files.write(archive, java.util.Arrays.copyOf(bytes, bytes.length / 2)); // the JVM dies of SIGBUS on such a file

        Run again = run("-jar", jar.toString(), "0");
        assertEquals(0, again.exit());
        assertFalse(again.args().contains("-XX:SharedArchiveFile"), again.args());
        assertEquals("", again.err());
        assertEquals(List.of(archive), archives(), "a whole archive again, under the same name");
        assertEquals(bytes.length, Files.size(archive));
    }

    /**
     * The parent JVM only starts the child, so it should do that at once: none of its own code makes a lambda
     * (each first one costs milliseconds in a fresh JVM) before the child starts.
     */
    @Test
    void theParentStartsTheChildWithoutMakingLambdas() throws Exception {
        Run start = run("-Xlog:class+load:file=" + dir.resolve("classes-%p.log"), "-jar", jar.toString(), "0");
        List<String> beforeChild = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("classes-" + start.parent() + ".log"))) {
            if (line.contains(" java.lang.ProcessImpl ")) {
                break;
            }
            beforeChild.add(line);
        }
        assertTrue(beforeChild.stream().anyMatch(line -> line.contains(" app.scalpjournal.launch.JarStart ")), "the log shows the launch");
        assertEquals(List.of(), beforeChild.stream().filter(line -> line.contains(" app.scalpjournal.") && line.contains("$$Lambda")).toList());
    }

    @Test
    void aRebuiltJarGetsANewArchiveAndTheOldOneGoes() throws Exception {
        run("-jar", jar.toString(), "0");
        Path old = archives().get(0);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));

        Run rebuilt = run("-jar", jar.toString(), "0");
        assertTrue(rebuilt.args().contains("-XX:DumpLoadedClassList="), "the old archive is not offered: " + rebuilt.args());
        assertEquals(1, archives().size());
        assertNotEquals(old, archives().get(0));

        Path elsewhere = Files.createDirectories(dir.resolve("other")).resolve("probe.jar");
        Files.copy(jar, elsewhere);
        run("-jar", elsewhere.toString(), "0");
        assertEquals(2, archives().size(), "a jar elsewhere has its own archive and leaves this one alone");
    }

    @Test
    void otherStartsOpenTheWindowThemselves() throws Exception {
        Run classPath = run("-cp", jar.toString(), LaunchProbe.class.getName(), "0");
        assertEquals(classPath.parent(), classPath.window(), "a main class on a class path (javafx:run, the packaged app)");
        Run off = run("-Dscalpjournal.classdata=false", "-jar", jar.toString(), "0");
        assertEquals(off.parent(), off.window(), "switched off");
        Run own = run("-Xshare:auto", "-jar", jar.toString(), "0");
        assertEquals(own.parent(), own.window(), "the user's own sharing option");
    }

    @Test
    void noUsableCacheFolderMeansAnOrdinaryQuietStart() throws Exception {
        Files.createDirectories(dir.resolve("cache").resolve("scalp-journal"));
        Files.writeString(dir.resolve("cache").resolve("scalp-journal").resolve("classdata"), "a file where the folder would be");
        Run run = run("-jar", jar.toString(), "4");
        assertEquals(4, run.exit());
        assertEquals(run.parent(), run.window(), "the window opened in this JVM");
        assertEquals("", run.err());
    }

    @Test
    void theReportRunsInAChildWithTheQuickCompilerAndTheParentsOutputAndExitCode() throws Exception {
        Run run = run(REPORT, "-Xmx200m", "-jar", jar.toString(), "3");
        assertEquals(3, run.exit());
        assertNotEquals(run.parent(), run.window(), "the command ran in a child");
        assertTrue(run.args().startsWith(REPORT + " -Xmx200m " + ClassDataLaunch.QUICK_COMPILER + " -Dscalpjournal.parent=" + run.parent()
                + " -jar "), run.args());
        assertEquals("", run.err());
        assertFalse(Files.exists(dir.resolve("cache").resolve("scalp-journal").resolve("classdata")), "no class-data archive for a command");
    }

    @Test
    void aReportStartedWithTheUsersOwnCompilerChoiceRunsInThisJvm() throws Exception {
        for (String own : List.of("-XX:TieredStopAtLevel=4", "-Xint", "-XX:-TieredCompilation")) {
            Run run = run(REPORT, own, "-jar", jar.toString(), "0");
            assertEquals(run.parent(), run.window(), own);
        }
        Run classPath = run(REPORT, "-cp", jar.toString(), LaunchProbe.class.getName(), "0");
        assertEquals(classPath.parent(), classPath.window(), "a main class on a class path (javafx:run, the packaged app)");
        Run off = run(REPORT, "-Dscalpjournal.classdata=false", "-jar", jar.toString(), "0");
        assertEquals(off.parent(), off.window(), "switched off");
    }

    @Test
    void theChildEndsWhenItsParentIsKilled() throws Exception {
        childEndsWhenParentIsKilled("-Dprobe.window=true");
        childEndsWhenParentIsKilled(REPORT);
    }

    private void childEndsWhenParentIsKilled(String probe) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), probe, "-jar",
                jar.toString(), "wait").directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        Process parent = builder.start();
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8))) {
            Matcher m = WINDOW.matcher(out.readLine());
            assertTrue(m.matches());
            ProcessHandle child = ProcessHandle.of(Long.parseLong(m.group(1))).orElseThrow();
            parent.destroyForcibly().waitFor();
            child.onExit().get(60, TimeUnit.SECONDS);
            assertFalse(child.isAlive());
        }
    }

}
