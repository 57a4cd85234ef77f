package app.scalpjournal.launch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plain {@code java [OPTIONS] -jar JAR ARGS} start, read back from the process's own command line so a
 * child JVM can be started exactly the same way. Plain loops, no streams or lambdas: this runs in the JVM
 * that only starts the window's, where each first lambda costs milliseconds before the child can start. Anything less plain is not one: a class path or module
 * option, an agent or debugger (the child would fight the parent for its port), the user's own class-data
 * options, or Java options given in the environment.
 */
record JarStart(List<String> options, String jar, List<String> args) {
    /** Options a child must not repeat, or that mean the user already chose how classes are shared. */
    private static final List<String> NOT_REPEATED = List.of("-agentlib", "-agentpath", "-javaagent", "-Xrun", "-Xdebug",
            "-Xshare", "-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit", "-XX:DumpLoadedClassList", "-XX:SharedClassListFile",
            "-XX:+AutoCreateSharedArchive", "-XX:Flags", "-XX:VMOptionsFile");
    /** Environment variables the child's java launcher would read again. */
    private static final List<String> JAVA_ENVIRONMENT = List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS");

    JarStart {
        options = List.copyOf(options);
        args = List.copyOf(args);
    }

    /**
     * @param commandLine the process's arguments after the executable (empty when unknown)
     * @param classPath   {@code java.class.path}: with {@code -jar}, the jar itself
     * @param mainArgs    what {@code main} received: must be the command line's tail, or the line was misread
     */
    static Optional<JarStart> of(List<String> commandLine, String classPath, String[] mainArgs, Map<String, String> env) {
        for (String name : JAVA_ENVIRONMENT) {
            if (!env.getOrDefault(name, "").isBlank()) {
                return Optional.empty();
            }
        }
        int jarFlag = commandLine.indexOf("-jar");
        if (jarFlag < 0 || jarFlag + 1 >= commandLine.size() || !commandLine.get(jarFlag + 1).equals(classPath)
                || !classPath.endsWith(".jar")) {
            return Optional.empty();
        }
        List<String> options = commandLine.subList(0, jarFlag);
        for (String option : options) {
            if (!repeatable(option)) {
                return Optional.empty();
            }
        }
        List<String> args = commandLine.subList(jarFlag + 2, commandLine.size());
        if (!args.equals(Arrays.asList(mainArgs))) {
            return Optional.empty();
        }
        return Optional.of(new JarStart(options, classPath, args));
    }

    /**
     * A JVM option a child may be given again. Every word before {@code -jar} must be an option: a value
     * in a word of its own ({@code -cp DIR}) or an argument file ({@code @FILE}) is not read here.
     */
    private static boolean repeatable(String option) {
        if (!option.startsWith("-")) {
            return false;
        }
        for (String kept : NOT_REPEATED) {
            if (option.startsWith(kept)) {
                return false;
            }
        }
        return true;
    }

    /** The same start in {@code java}, with these options added before {@code -jar}. */
    List<String> command(Path java, List<String> added) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(options);
        command.addAll(added);
        command.add("-jar");
        command.add(jar);
        command.addAll(args);
        return command;
    }
}
