package app.scalpjournal.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Real HEIC files for tests, made with libheif's {@code heif-enc} from a JPEG (it keeps the EXIF
 * date and Orientation tag, and stores the pixels as they are, with no rotation in the container).
 * {@link #rotate} adds the container rotation ({@code irot}) a phone writes, so a test can check that
 * the picture is turned exactly once.
 */
public final class HeicFiles {
    private HeicFiles() {
    }

    /** Why HEIC tests cannot run here, or null when {@code heif-enc} and {@code heif-convert} are on the PATH. */
    public static String missingTools() {
        for (String tool : List.of("heif-enc", "heif-convert")) {
            if (!onPath(tool)) {
                return tool + " is not installed (Debian/Ubuntu: apt-get install libheif-examples); HEIC tests skipped";
            }
        }
        return null;
    }

    /** Encodes a JPEG as AVIF (heif-enc's AV1 encoder); another HEIF brand the same converter reads. */
    public static Path encodeAvif(Path jpeg, Path avif) throws IOException, InterruptedException {
        return run(List.of("heif-enc", "-A", "-q", "80", jpeg.toString(), "-o", avif.toString()), jpeg, avif);
    }

    /** Encodes a JPEG as HEIC with {@code heif-enc} (x265's fastest preset: a 12 MP photo otherwise takes a minute of CPU). */
    public static Path encode(Path jpeg, Path heic) throws IOException, InterruptedException {
        return run(List.of("heif-enc", "-q", "90", "-p", "preset=ultrafast", jpeg.toString(), "-o", heic.toString()), jpeg, heic);
    }

    private static Path run(List<String> command, Path jpeg, Path out) throws IOException, InterruptedException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException("heif-enc failed on " + jpeg);
        }
        return out;
    }

    /**
     * Adds an {@code irot} property (rotation counter-clockwise by {@code quarterTurns} x 90 degrees)
     * to the primary image of a file {@code heif-enc} wrote: the property goes at the end of
     * {@code ipco}, its association into {@code ipma}, and every size and {@code iloc} offset after it
     * grows by the bytes inserted.
     */
    public static void rotate(Path heic, int quarterTurns) throws IOException {
        byte[] d = Files.readAllBytes(heic);
        Map<String, int[]> top = boxes(d, 0, d.length);
        int[] meta = top.get("meta");
        Map<String, int[]> inMeta = boxes(d, meta[0] + 12, meta[0] + meta[1]);
        int[] iprp = inMeta.get("iprp");
        Map<String, int[]> inIprp = boxes(d, iprp[0] + 8, iprp[0] + iprp[1]);
        int[] ipco = inIprp.get("ipco");
        int[] ipma = inIprp.get("ipma");
        int propertyIndex = count(d, ipco[0] + 8, ipco[0] + ipco[1]) + 1;
        int ipcoEnd = ipco[0] + ipco[1];
        if (ipma[0] < ipcoEnd || (d[ipma[0] + 8] & 0xFF) != 0 || (d[ipma[0] + 11] & 1) != 0) {
            throw new IOException("unexpected ipma layout in " + heic);
        }
        // ipma version 0: entry count, then per item a 16-bit id, an 8-bit count and 8-bit associations.
        int entries = ByteBuffer.wrap(d, ipma[0] + 12, 4).getInt();
        int at = ipma[0] + 16;
        int countAt = -1;
        int assocEnd = -1;
        for (int i = 0; i < entries; i++) {
            int item = ByteBuffer.wrap(d, at, 2).getShort();
            int count = d[at + 2] & 0xFF;
            if (item == 1) {
                countAt = at + 2;
                assocEnd = at + 3 + count;
            }
            at += 3 + count;
        }
        byte[] irot = {0, 0, 0, 9, 'i', 'r', 'o', 't', (byte) (quarterTurns & 3)};
        byte[] out = new byte[d.length + irot.length + 1];
        ByteBuffer b = ByteBuffer.wrap(out);
        b.put(d, 0, ipcoEnd).put(irot).put(d, ipcoEnd, assocEnd - ipcoEnd).put((byte) (0x80 | propertyIndex))
                .put(d, assocEnd, d.length - assocEnd);
        int inserted = irot.length + 1;
        grow(out, meta[0], inserted);
        grow(out, iprp[0], inserted);
        grow(out, ipco[0], irot.length);
        grow(out, ipma[0] + irot.length, 1);
        out[countAt + irot.length]++;
        shiftItemLocations(out, inMeta.get("iloc")[0], inserted);
        Files.write(heic, out);
    }

    /** iloc version 0 with 4-byte offsets, lengths and base offsets, as heif-enc writes it. */
    private static void shiftItemLocations(byte[] d, int iloc, int by) throws IOException {
        if (d[iloc + 8] != 0 || (d[iloc + 12] & 0xFF) != 0x44 || (d[iloc + 13] & 0xF0) != 0x40) {
            throw new IOException("unexpected iloc layout");
        }
        ByteBuffer b = ByteBuffer.wrap(d);
        int items = b.getShort(iloc + 14);
        int at = iloc + 16;
        for (int i = 0; i < items; i++) {
            b.putInt(at + 4, b.getInt(at + 4) + by);
            int extents = b.getShort(at + 8);
            at += 10 + extents * 8;
        }
    }

    private static void grow(byte[] d, int box, int by) {
        ByteBuffer b = ByteBuffer.wrap(d);
        b.putInt(box, b.getInt(box) + by);
    }

    /** Box type to {offset, size} for the boxes between two offsets. */
    private static Map<String, int[]> boxes(byte[] d, int from, int to) {
        Map<String, int[]> out = new LinkedHashMap<>();
        int at = from;
        while (at + 8 <= to) {
            int size = ByteBuffer.wrap(d, at, 4).getInt();
            out.put(new String(d, at + 4, 4, StandardCharsets.ISO_8859_1), new int[] {at, size});
            at += size;
        }
        return out;
    }

    private static int count(byte[] d, int from, int to) {
        int n = 0;
        for (int at = from; at + 8 <= to; at += ByteBuffer.wrap(d, at, 4).getInt()) {
            n++;
        }
        return n;
    }

    private static boolean onPath(String program) {
        List<String> dirs = new ArrayList<>(List.of(String.valueOf(System.getenv("PATH")).split(File.pathSeparator)));
        return dirs.stream().anyMatch(dir -> !dir.isBlank() && Files.isExecutable(Path.of(dir, program)));
    }
}
