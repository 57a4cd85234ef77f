package app.scalpjournal.launch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

/**
 * The user's class-data archive for one jar, one JDK and one set of JVM options: the classes a start-up
 * loads, stored so the next start maps them instead of reading and verifying them from the jar. The first
 * start records its class list; the JDK then writes the archive in a process of its own, which never
 * touches the window's run. A finished archive gets its byte size in its name and is only used at that
 * size (the JVM crashes on a cut-off archive); any other file is ignored, and the JVM itself falls back
 * silently on an archive that does not match its jar or JDK.
 */
final class ClassDataArchive {
    /** Quiet even when the JVM cannot use the archive: its notes would land on the app's stdout. */
    static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    private static final long DUMP_TIMEOUT_MINUTES = 5;

    private final Path folder;
    /** Names every archive of the jar at one path, so a rebuilt or updated jar's archive replaces the old one there. */
    private final String place;
    /** Names this archive: the place, then what the archive depends on. */
    private final String key;

    private ClassDataArchive(Path folder, String place, String key) {
        this.folder = folder;
        this.place = place;
        this.key = key;
    }

    /** The archive for this start of this jar on this JDK; a new jar, JDK or option set gets a new one. */
    static ClassDataArchive of(Path folder, JarStart start, Path jar, String javaHome, String vmVersion) throws IOException {
        String path = jar.toRealPath().toString();
        String place = hash(path);
        String identity = String.join("\n", path, Long.toString(Files.size(jar)), Long.toString(Files.getLastModifiedTime(jar).toMillis()),
                javaHome, vmVersion, String.join("\n", start.options()));
        return new ClassDataArchive(folder, place, place + "-" + hash(identity));
    }

    private static String hash(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return hex8(crc.getValue()) + hex8(text.hashCode() & 0xffffffffL); // String.format would load its parser first
    }

    private static String hex8(long value) {
        String hex = Long.toHexString(value);
        return "00000000".substring(hex.length()) + hex;
    }

    /** The finished archive, when there is one whose size is the size in its name. */
    Optional<Path> finished() {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        // Names matched by hand: a glob would first compile a regular expression.
        try (DirectoryStream<Path> archives = Files.newDirectoryStream(folder)) {
            for (Path archive : archives) {
                String name = archive.getFileName().toString();
                if (!name.startsWith(key + "-") || !name.endsWith(".jsa")) {
                    continue;
                }
                String size = name.substring(key.length() + 1, name.length() - ".jsa".length());
                if (Files.isRegularFile(archive, LinkOption.NOFOLLOW_LINKS) && size.equals(Long.toString(Files.size(archive)))) {
                    return Optional.of(archive);
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** JVM options that start with the finished archive mapped. */
    static List<String> use(Path archive) {
        return concat(QUIET, "-XX:SharedArchiveFile=" + archive);
    }

    /** Where a first start records the classes it loads (this process's own file). */
    Path classList() throws IOException {
        Files.createDirectories(folder);
        if (!Files.isWritable(folder)) {
            throw new IOException("not writable: " + folder); // the JVM would say so on stderr
        }
        return folder.resolve(key + "." + ProcessHandle.current().pid() + ".classlist");
    }

    /** JVM options that record the classes loaded into {@code list}. */
    static List<String> record(Path list) {
        return concat(QUIET, "-XX:DumpLoadedClassList=" + list);
    }

    /**
     * Writes the archive from a recorded class list, in a JVM of its own with the start's options and
     * nothing shown; the finished file is synced before it takes its final name. The list is removed.
     */
    void write(Path list, Path java, JarStart start) {
        Path partial = folder.resolve(key + "." + ProcessHandle.current().pid() + ".jsa.part");
        try {
            if (!Files.isRegularFile(list) || Files.size(list) == 0) {
                return;
            }
            List<String> command = new ArrayList<>();
            command.add(java.toString());
            command.addAll(start.options());
            command.addAll(concat(QUIET, "-Xshare:dump", "-XX:SharedClassListFile=" + list, "-XX:SharedArchiveFile=" + partial,
                    "-cp", start.jar()));
            Process dump = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!dump.waitFor(DUMP_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                dump.destroyForcibly().waitFor();
                return;
            }
            if (dump.exitValue() == 0 && Files.isRegularFile(partial) && Files.size(partial) > 0) {
                finish(partial);
            }
        } catch (IOException e) {
            // no archive this time: the next start records again
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            deleteQuietly(partial);
            deleteQuietly(list);
        }
    }

    private void finish(Path partial) throws IOException {
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Path archive = folder.resolve(key + "-" + Files.size(partial) + ".jsa");
        Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        removeOthers(archive);
    }

    /**
     * The archives of an older jar at the same path (or an older JDK) are never used again: the new one
     * replaces them. These are the app's own cache files; jars elsewhere keep theirs.
     */
    private void removeOthers(Path kept) throws IOException {
        try (DirectoryStream<Path> archives = Files.newDirectoryStream(folder, place + "-*.jsa")) {
            for (Path archive : archives) {
                if (!archive.equals(kept)) {
                    deleteQuietly(archive);
                }
            }
        }
    }

    /** An archive after a JVM crash with it mapped (the next start records a new one), or a class list of a crashed start. */
    static void discard(Path archive) {
        deleteQuietly(archive);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover cache file; it is never used (wrong name or size)
        }
    }

    private static List<String> concat(List<String> first, String... more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }
}
