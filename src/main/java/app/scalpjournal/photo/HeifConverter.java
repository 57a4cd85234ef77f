package app.scalpjournal.photo;

import app.scalpjournal.text.Messages;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Turns a HEIC/HEIF file into a JPEG with a converter the platform provides, run as a separate
 * process: no shell, arguments as a list, a time limit, output to a file the caller names (in the
 * journal's temporary folder). Java has no HEIC decoder with a usable licence; a converter keeps
 * the codec out of this process too.
 *
 * <p>libheif's {@code heif-convert} applies the container's rotation and mirroring (irot/imir) to the
 * pixels but copies the EXIF Orientation tag into the JPEG unchanged (libheif issues 227 and 680;
 * measured with 1.15.1), so its output is read as upright and the tag is ignored. macOS's
 * {@code sips} keeps the picture as stored with a matching tag, so there the tag is honoured.
 */
public final class HeifConverter {
    /** A 12 MP HEIC converts in a few seconds; a converter that hangs must not hold an import forever. */
    static final Duration TIME_LIMIT = Duration.ofSeconds(120);

    /** The converters we know, by program name. */
    enum Tool {
        HEIF_CONVERT("heif-convert"), SIPS("sips");

        final String program;

        Tool(String program) {
            this.program = program;
        }
    }

    private final Tool tool;
    private final Path executable;

    HeifConverter(Tool tool, Path executable) {
        this.tool = tool;
        this.executable = executable;
    }

    /** The converter on this computer: {@code heif-convert} on the PATH, else {@code sips} on macOS. */
    public static Optional<HeifConverter> onThisSystem() {
        return find(System.getProperty("os.name", ""), System.getenv("PATH"));
    }

    static Optional<HeifConverter> find(String osName, String path) {
        boolean windows = osName.toLowerCase(Locale.ROOT).startsWith("windows");
        Optional<Path> heifConvert = onPath(path, windows ? "heif-convert.exe" : Tool.HEIF_CONVERT.program);
        if (heifConvert.isPresent()) {
            return Optional.of(new HeifConverter(Tool.HEIF_CONVERT, heifConvert.get()));
        }
        if (isMac(osName)) {
            Path sips = Path.of("/usr/bin/sips");
            Optional<Path> found = Files.isExecutable(sips) ? Optional.of(sips) : onPath(path, Tool.SIPS.program);
            return found.map(p -> new HeifConverter(Tool.SIPS, p));
        }
        return Optional.empty();
    }

    /** Why a HEIC cannot be imported here, naming what to install on this platform. */
    public static String missingMessage(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return Messages.get("heic.missing.windows");
        }
        return isMac(osName) ? Messages.get("heic.missing.mac") : Messages.get("heic.missing.linux");
    }

    static String missingMessage() {
        return missingMessage(System.getProperty("os.name", ""));
    }

    /** Whether the JPEG this converter writes is upright whatever its EXIF Orientation tag says. */
    boolean writesUpright() {
        return tool == Tool.HEIF_CONVERT;
    }

    String name() {
        return tool.program;
    }

    /** Writes {@code heif} as a JPEG to {@code jpeg}; a failure or a timeout is a one-line reason. */
    void convert(Path heif, Path jpeg) throws IOException {
        Process process = new ProcessBuilder(arguments(heif, jpeg))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                .start();
        try {
            if (!process.waitFor(TIME_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new ImageRejectedException(Messages.get("heic.timeout", name(), TIME_LIMIT.toSeconds()));
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new ImageRejectedException(Messages.get("heic.interrupted"));
        }
        if (process.exitValue() != 0 || !Files.isRegularFile(jpeg) || Files.size(jpeg) == 0) {
            throw new ImageRejectedException(Messages.get("heic.failed", name(), process.exitValue()));
        }
    }

    List<String> arguments(Path heif, Path jpeg) {
        String in = heif.toAbsolutePath().toString();
        String out = jpeg.toAbsolutePath().toString();
        return switch (tool) {
            case HEIF_CONVERT -> List.of(executable.toString(), "-q", "92", in, out);
            case SIPS -> List.of(executable.toString(), "-s", "format", "jpeg", "-s", "formatOptions", "92", in, "--out", out);
        };
    }

    private static boolean isMac(String osName) {
        return osName.toLowerCase(Locale.ROOT).startsWith("mac");
    }

    private static Optional<Path> onPath(String path, String program) {
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            Path candidate = Path.of(dir).resolve(program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static File nullDevice() {
        return new File(File.separatorChar == '\\' ? "NUL" : "/dev/null");
    }
}
