package app.scalpjournal.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Start-up time as a user sees it: from starting the process to the first timeline rows drawn, for
 * the sample journal and for a journal of 10,000 photos, beside {@link MinimalWindow} (a bare JavaFX
 * window of the same size started the same way). Runs alternate so load changes hit all alike; the
 * medians and their ratio to the minimal window are printed (goal: at most 1.3x; the packaged
 * launcher, when given, no slower than the jar). Figures only; nothing is asserted. Needs a display:
 *
 * <pre>
 * ./mvnw -B -q -DskipTests package test-compile
 * xvfb-run -a -s '-screen 0 1366x768x24' java -cp target/test-classes:target/scalp-journal.jar \
 *     app.scalpjournal.bench.StartupBench [--rounds 5] [--launcher /opt/scalp-journal/bin/scalp-journal] [--work DIR]
 *     [--earlier-jar OLD.jar]
 * </pre>
 * A {@code java -jar} start of the window runs it in a child JVM with the user's class-data archive
 * ({@code ClassDataLaunch}): round 0, not counted, writes it, so the figures are those of every later start.
 */
public final class StartupBench {
    private static final double GOAL = 1.3;

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        int rounds = Integer.parseInt(opts.getOrDefault("--rounds", "5"));
        Path work = Path.of(opts.getOrDefault("--work", System.getProperty("java.io.tmpdir") + "/scalp-journal-startup-bench"));
        Path jar = Path.of(opts.getOrDefault("--jar", "target/scalp-journal.jar")).toAbsolutePath();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        Path sample = work.resolve("sample");
        Path big = work.resolve("10k");
        prepare(java, jar, sample, big);

        Map<String, List<String>> runs = new LinkedHashMap<>();
        runs.put("minimal JavaFX window (class path)", List.of(java, "-cp", cp, MinimalWindow.class.getName()));
        runs.put("sample journal, java -jar", List.of(java, "-jar", jar.toString(), "--library", sample.toString(), "--exit-when-shown"));
        runs.put("10,000 photos, java -jar", List.of(java, "-jar", jar.toString(), "--library", big.toString(), "--exit-when-shown"));
        if (opts.containsKey("--earlier-jar")) { // another build of the app (say main before a change), in the same alternating run
            String earlier = Path.of(opts.get("--earlier-jar")).toAbsolutePath().toString();
            runs.put("sample journal, earlier jar", List.of(java, "-jar", earlier, "--library", sample.toString(), "--exit-when-shown"));
            runs.put("10,000 photos, earlier jar", List.of(java, "-jar", earlier, "--library", big.toString(), "--exit-when-shown"));
        }
        if (opts.containsKey("--launcher")) {
            String launcher = opts.get("--launcher");
            runs.put("sample journal, packaged", List.of(launcher, "--library", sample.toString(), "--exit-when-shown"));
            runs.put("10,000 photos, packaged", List.of(launcher, "--library", big.toString(), "--exit-when-shown"));
        }
        Map<String, List<Long>> times = new LinkedHashMap<>();
        runs.keySet().forEach(k -> times.put(k, new ArrayList<>()));
        for (int round = 0; round <= rounds; round++) { // round 0 warms the disk cache and is not counted
            for (Map.Entry<String, List<String>> run : runs.entrySet()) {
                long ms = timeToShown(run.getValue(), work.resolve("state"));
                if (round > 0) {
                    times.get(run.getKey()).add(ms);
                }
            }
        }
        print(times, rounds);
    }

    private static void prepare(String java, Path jar, Path sample, Path big) throws Exception {
        if (!Files.exists(sample.resolve("journal.db"))) {
            Process p = new ProcessBuilder(java, "-jar", jar.toString(), "--library", sample.toString(), "sample")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("making the sample journal failed: exit " + p.exitValue());
            }
        }
        if (!Files.exists(big.resolve("journal.db"))) {
            TimelineBench.fill(big);
        }
    }

    /** Milliseconds from starting the process to its "shown" line; the process must then exit 0. */
    static long timeToShown(List<String> command, Path stateFolder) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("XDG_STATE_HOME", stateFolder.toString());
        long start = System.nanoTime();
        Process p = builder.start();
        long shown = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (shown < 0 && line.contains("shown")) {
                    shown = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                }
            }
        }
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0 || shown < 0) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not show its window and exit 0");
        }
        return shown;
    }

    private static void print(Map<String, List<Long>> times, int rounds) {
        double minimal = median(times.values().iterator().next());
        double jarSample = median(times.get("sample journal, java -jar"));
        double jar10k = median(times.get("10,000 photos, java -jar"));
        System.out.printf("Start-up to first timeline rows drawn, median of %d alternating runs (goal: <= %.1fx the minimal window)%n",
                rounds, GOAL);
        System.out.printf("%-36s %8s %8s %8s %10s%n", "run", "median", "min", "max", "ratio");
        for (Map.Entry<String, List<Long>> e : times.entrySet()) {
            List<Long> t = e.getValue().stream().sorted().toList();
            double m = median(t);
            String vs = e.getKey().startsWith("minimal") ? "1.00x" : String.format("%.2fx", m / minimal);
            if (e.getKey().endsWith("packaged")) {
                double jar = e.getKey().startsWith("sample") ? jarSample : jar10k;
                vs += String.format(" (%.2fx the jar)", m / jar);
            }
            System.out.printf("%-36s %6.0f ms %5d ms %5d ms %10s%n", e.getKey(), m, t.get(0), t.get(t.size() - 1), vs);
        }
    }

    private static double median(List<Long> values) {
        List<Long> s = values.stream().sorted().toList();
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2.0;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i], args[i + 1]);
        }
        return opts;
    }
}
