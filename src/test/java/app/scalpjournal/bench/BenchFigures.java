package app.scalpjournal.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** Figures the benchmarks print for {@code bench/run} as {@code BENCH name value} lines. */
final class BenchFigures {
    private BenchFigures() {
    }

    static void print(String name, double value) {
        System.out.printf("BENCH %s %.1f%n", name, value);
    }

    /** Milliseconds since the JVM started, as the user waits from launching the app. */
    static long sinceJvmStartMs() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** Resident memory of this process in MiB (Linux), or -1 where /proc is missing. */
    static double rssMib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
