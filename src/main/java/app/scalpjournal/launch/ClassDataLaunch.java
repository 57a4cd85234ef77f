package app.scalpjournal.launch;

import app.scalpjournal.library.LibraryLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Opens the window of a {@code java -jar} start in a child JVM that maps the user's class-data archive
 * (see {@link ClassDataArchive}): JDK 17 cannot share the app's own classes without a JVM option, and a
 * jar cannot give itself one. The child is this start again, same options and arguments, its stdin,
 * stdout and stderr this process's own and its exit code this one's; it ends when this process ends.
 * Any doubt (not a plain {@code -jar} start, the packaged app, {@code -Dscalpjournal.classdata=false}, no
 * cache folder, the child cannot start) means no child: the window opens in this JVM as before.
 * The visit summary command alone is also run in a child, for another JVM option ({@link #runBriefCommandInChild}).
 */
public final class ClassDataLaunch {
    /** Set on the child: the pid of the process that started it. */
    static final String PARENT_PROPERTY = "scalpjournal.parent";
    static final String SWITCH_PROPERTY = "scalpjournal.classdata";
    /** Exit codes of a JVM that died of a signal (a crash aborts: 134); with an archive mapped, that archive goes. */
    private static final int SIGNALLED = 128;
    /** The quick compiler (C1) only: see {@link #runBriefCommandInChild}. */
    static final String QUICK_COMPILER = "-XX:TieredStopAtLevel=1";
    /** Options by which the user chose how code is compiled: theirs is kept, so no child. */
    private static final List<String> COMPILER_CHOICES = List.of("-XX:TieredStopAtLevel", "-XX:-TieredCompilation",
            "-XX:+TieredCompilation", "-Xint", "-Xcomp", "-Xmixed", "-XX:CICompilerCount");

    private ClassDataLaunch() {
    }

    /** Runs the window in a child JVM and returns its exit code; empty when this JVM should open the window itself. */
    public static OptionalInt openWindowInChild(String[] args) {
        Optional<Launch> launch;
        try {
            launch = prepare(args);
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
        return launch.isPresent() ? launch.get().run() : OptionalInt.empty();
    }

    private static Optional<Launch> prepare(String[] args) throws IOException {
        Optional<JarStart> start = plainJarStart(args);
        if (start.isEmpty()) {
            return Optional.empty();
        }
        Path jar = Path.of(start.get().jar());
        ClassDataArchive archive = ClassDataArchive.of(LibraryLocation.userCache().resolve("classdata"), start.get(), jar,
                System.getProperty("java.home"), System.getProperty("java.vm.version"));
        return Optional.of(new Launch(java(), start.get(), archive));
    }

    /**
     * Runs a command that works a second or two and exits (the visit summary) in a child JVM with the
     * quick compiler only ({@value #QUICK_COMPILER}) and returns its exit code; empty when this JVM
     * should run it itself (as for the window, and when the user chose a compiler option). In so short
     * a run the optimizing compiler (C2) spends about a second of processor time on code that is hot
     * for a moment and barely runs again: on 2 cores, time the command itself needs.
     */
    public static OptionalInt runBriefCommandInChild(String[] args) {
        try {
            Optional<JarStart> start = plainJarStart(args);
            if (start.isEmpty() || start.get().options().stream().anyMatch(o -> COMPILER_CHOICES.stream().anyMatch(o::startsWith))) {
                return OptionalInt.empty();
            }
            List<String> options = List.of(QUICK_COMPILER, parentOption());
            return OptionalInt.of(waitFor(new ProcessBuilder(start.get().command(java(), options)).inheritIO().start()));
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
    }

    /** This start, when a child may repeat it: a plain {@code -jar} start, not itself a child, not the packaged app, not switched off. */
    private static Optional<JarStart> plainJarStart(String[] args) {
        if (System.getProperty(PARENT_PROPERTY) != null || "false".equals(System.getProperty(SWITCH_PROPERTY))
                || System.getProperty("jpackage.app-path") != null || !Files.isExecutable(java())) {
            return Optional.empty();
        }
        Optional<String[]> arguments = ProcessHandle.current().info().arguments(); // no lambda: each first one costs here
        List<String> commandLine = arguments.isPresent() ? List.of(arguments.get()) : List.of();
        return JarStart.of(commandLine, System.getProperty("java.class.path", ""), args, System.getenv());
    }

    /** Tells a child which process started it. */
    private static String parentOption() {
        return "-D" + PARENT_PROPERTY + "=" + ProcessHandle.current().pid();
    }

    private static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** The child's exit code; the child is stopped if this process is stopped first. */
    private static int waitFor(Process child) {
        Runtime.getRuntime().addShutdownHook(new Thread(child::destroy, "scalp-journal-end-child"));
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                // the child's exit code is what this process returns: keep waiting
            }
        }
    }

    /**
     * In the child: ends this JVM when the process that started it is gone (killed without a chance to
     * stop its child), so no window or command outlives its launcher. Does nothing in a JVM started directly.
     */
    public static void endWithParent() {
        String parent = System.getProperty(PARENT_PROPERTY);
        if (parent == null) {
            return;
        }
        try {
            Optional<ProcessHandle> handle = ProcessHandle.of(Long.parseLong(parent));
            if (handle.isEmpty()) {
                System.exit(1);
            }
            handle.get().onExit().thenRun(() -> System.exit(1));
        } catch (NumberFormatException e) {
            // not set by this class: nothing to follow
        }
    }

    /** When the user's start began: for a window in a child, when its parent started (the time the user waited includes it). */
    public static Optional<Instant> startedAt() {
        String parent = System.getProperty(PARENT_PROPERTY);
        ProcessHandle started = parent == null ? ProcessHandle.current()
                : ProcessHandle.of(Long.parseLong(parent)).orElse(ProcessHandle.current());
        return started.info().startInstant();
    }

    /** One child start: with the finished archive mapped, or recording the class list for one. */
    private record Launch(Path java, JarStart start, ClassDataArchive archive) {
        OptionalInt run() {
            Optional<Path> finished = archive.finished();
            Path list = null;
            List<String> options;
            Process child;
            try {
                if (finished.isPresent()) {
                    options = ClassDataArchive.use(finished.get());
                } else {
                    list = archive.classList();
                    options = ClassDataArchive.record(list);
                }
                options = new ArrayList<>(options);
                options.add(parentOption());
                child = new ProcessBuilder(start.command(java, options)).inheritIO().start();
            } catch (IOException | RuntimeException e) {
                return OptionalInt.empty();
            }
            int exit = waitFor(child);
            if (finished.isPresent() && exit > SIGNALLED) {
                ClassDataArchive.discard(finished.get());
            } else if (list != null && exit < SIGNALLED) {
                archive.write(list, java, start);
            } else if (list != null) {
                ClassDataArchive.discard(list);
            }
            return OptionalInt.of(exit);
        }
    }
}
